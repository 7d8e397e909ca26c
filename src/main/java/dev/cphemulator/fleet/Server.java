package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A cloud phone server with its phones, with the fields CPH returns for it (ListCloudPhoneServers).
 * In a fleet file only {@code server_id} is required; {@link FleetTemplate} fills every other field
 * with a stable default derived from the server's position and id. {@code phone_count} is a
 * shorthand that generates that many phones instead of listing them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Server(
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "use letters, digits, '-' or '_'")
        String serverId,
    @Size(max = 65) String serverName,
    ServerStatus status,
    String serverModelName,
    String phoneModelName,
    String availabilityZone,
    String keypairName,
    @Pattern(regexp = "v1|v2", message = "must be v1 or v2") String networkVersion,
    String vpcId,
    String cidr,
    String vpcCidr,
    String subnetId,
    String subnetCidr,
    List<@Valid Address> addresses,
    String resourceProjectId,
    ServerMetadata metadata,
    String enterpriseProjectId,
    Instant createTime,
    Instant updateTime,
    @PositiveOrZero @Max(1_000) Integer phoneCount,
    List<@NotNull @Valid Phone> phones) {

  /** A server as a fleet file may give it; every field left null gets its default. */
  public static Server given(
      String serverId,
      String serverName,
      ServerStatus status,
      String serverModelName,
      String phoneModelName,
      String availabilityZone,
      List<Phone> phones) {
    return new Server(
        serverId,
        serverName,
        status,
        serverModelName,
        phoneModelName,
        availabilityZone,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        phones);
  }

  /** This server listing these phones (a fleet file's shape). */
  public Server withPhones(List<Phone> newPhones) {
    return copy(status, updateTime, null, newPhones);
  }

  /** This server as it is now, with another status and update time. */
  public Server withStatus(ServerStatus newStatus, Instant at) {
    return copy(newStatus, at, phoneCount, phones);
  }

  private Server copy(
      ServerStatus newStatus, Instant updated, Integer newPhoneCount, List<Phone> newPhones) {
    return new Server(
        serverId,
        serverName,
        newStatus,
        serverModelName,
        phoneModelName,
        availabilityZone,
        keypairName,
        networkVersion,
        vpcId,
        cidr,
        vpcCidr,
        subnetId,
        subnetCidr,
        addresses,
        resourceProjectId,
        metadata,
        enterpriseProjectId,
        createTime,
        updated,
        newPhoneCount,
        newPhones);
  }
}
