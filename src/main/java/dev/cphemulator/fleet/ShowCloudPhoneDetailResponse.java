package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ShowCloudPhoneDetail's answer (SDK {@code ShowCloudPhoneDetailResponse}).
 *
 * <p>{@code access_infos} and {@code phone_data_volume} are derived from the phone, its position on
 * its server and the server's first address when asked (see {@link #from}); CPH reports the real
 * ports and disks. {@code property} is the phone's attribute JSON as text, as in CPH.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ShowCloudPhoneDetailResponse(
    String requestId,
    String phoneName,
    String serverId,
    String phoneId,
    String imageId,
    String imageVersion,
    String vncEnable,
    String phoneModelName,
    Integer status,
    List<AccessInfo> accessInfos,
    String property,
    PhoneMetadata metadata,
    PhoneDataVolume phoneDataVolume,
    String imei,
    Integer type,
    String trafficType,
    Integer volumeMode,
    String availabilityZone,
    Boolean hasEncrypt,
    String createTime,
    String updateTime) {

  /** Port the phone's ADB daemon listens on inside the server. */
  static final int ADB_PORT = 5555;

  /** Phone n of a server (from 0) is reached on the server's address at this port plus n. */
  static final int FIRST_ACCESS_PORT = 20000;

  /** Size of a phone's data volume in GB (emulator's choice). */
  static final int DATA_VOLUME_GB = 32;

  /**
   * @param position the phone's place among its server's phones, from 0
   * @param serverAddress the server's first address; null if it has none
   */
  static ShowCloudPhoneDetailResponse from(
      String requestId, Phone p, int position, Address serverAddress, String property) {
    Address at = serverAddress != null ? serverAddress : new Address("", "", "", "");
    AccessInfo adb =
        new AccessInfo(
            "adb",
            phoneIp(position),
            phoneIp(position),
            ADB_PORT,
            at.accessIp(),
            at.publicIp(),
            at.intranetIp(),
            at.serverIp(),
            FIRST_ACCESS_PORT + Math.max(0, position),
            "",
            "");
    return new ShowCloudPhoneDetailResponse(
        requestId,
        p.phoneName(),
        p.serverId(),
        p.phoneId(),
        p.imageId(),
        p.imageVersion(),
        p.vncEnable(),
        p.phoneModelName(),
        p.status().wire(),
        List.of(adb),
        property,
        p.metadata(),
        new PhoneDataVolume("SSD", DATA_VOLUME_GB),
        p.imei(),
        p.type(),
        p.trafficType(),
        p.volumeMode(),
        p.availabilityZone(),
        p.hasEncrypt(),
        CphTime.format(p.createTime()),
        CphTime.format(p.updateTime()));
  }

  /** The phone's address on its server's internal network: 172.17.x.y from its position. */
  static String phoneIp(int position) {
    int n = Math.max(0, position) + 2;
    return "172.17.%d.%d".formatted(n / 250, n % 250);
  }

  /**
   * How a phone is reached (SDK {@code PhoneAccessInfo}). CPH's IPv6 fields are empty strings here:
   * the emulated network has no IPv6.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record AccessInfo(
      String type,
      String deviceIp,
      String phoneIp,
      Integer listenPort,
      String accessIp,
      String publicIp,
      String intranetIp,
      String serverIp,
      Integer accessPort,
      String phoneIpv6,
      String serverIpv6) {}

  /** The phone's data volume (SDK {@code PhoneDataVolume}), size in GB. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PhoneDataVolume(String volumeType, Integer volumeSize) {}
}
