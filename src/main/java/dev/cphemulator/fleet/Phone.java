package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A cloud phone, with the fields CPH returns for it (ListCloudPhones). In a fleet file only {@code
 * phone_id} is required; {@code server_id} comes from the server that lists it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Phone(
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "use letters, digits, '-' or '_'")
        String phoneId,
    @Size(max = 65) String phoneName,
    String serverId,
    PhoneStatus status,
    String phoneModelName,
    String imageId,
    String imageVersion,
    @Pattern(regexp = "true|false", message = "must be \"true\" or \"false\"") String vncEnable,
    Integer type,
    String imei,
    @Pattern(regexp = "direct|routing", message = "must be direct or routing") String trafficType,
    Integer volumeMode,
    String availabilityZone,
    PhoneMetadata metadata,
    Boolean hasEncrypt,
    Instant createTime,
    Instant updateTime) {

  /** A phone as a fleet file may give it: its id and, if not the default, its status. */
  public static Phone given(String phoneId, PhoneStatus status) {
    return new Phone(
        phoneId, null, null, status, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /** This phone as it is now, with another status and update time. */
  public Phone withStatus(PhoneStatus newStatus, Instant at) {
    return new Phone(
        phoneId,
        phoneName,
        serverId,
        newStatus,
        phoneModelName,
        imageId,
        imageVersion,
        vncEnable,
        type,
        imei,
        trafficType,
        volumeMode,
        availabilityZone,
        metadata,
        hasEncrypt,
        createTime,
        at);
  }
}
