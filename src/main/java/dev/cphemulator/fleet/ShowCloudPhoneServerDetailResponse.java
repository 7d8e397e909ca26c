package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import dev.cphemulator.kernel.Ids;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ShowCloudPhoneServerDetail's answer (SDK {@code ShowCloudPhoneServerDetailResponse}): the
 * server's list fields plus bandwidths, volumes, the shared volume and security groups.
 *
 * <p>Those four are not part of the fleet file: the emulator derives them from the server when
 * asked (stable ids from {@link Ids#stable}, fixed sizes), because they never change here and a
 * fleet of many servers should not carry them. CPH reports the real network and disks.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ShowCloudPhoneServerDetailResponse(
    String requestId,
    String serverName,
    String availabilityZone,
    String serverId,
    String serverModelName,
    String phoneModelName,
    String keypairName,
    Integer status,
    String vpcId,
    String cidr,
    String vpcCidr,
    String subnetId,
    String subnetCidr,
    String resourceProjectId,
    ServerMetadata metadata,
    List<Address> addresses,
    List<Bandwidth> bandWidths,
    List<Volume> volumes,
    ShareVolumeInfo shareVolumeInfo,
    String networkVersion,
    String enterpriseProjectId,
    List<String> securityGroups,
    String createTime,
    String updateTime) {

  /** Size of the shared data volume per phone on the server, in GB (emulator's choice). */
  static final int SHARED_GB_PER_PHONE = 32;

  static ShowCloudPhoneServerDetailResponse from(
      String requestId, String projectId, Server s, int phoneCount) {
    ListCloudPhoneServersResponse.Entry e = ListCloudPhoneServersResponse.Entry.from(s, projectId);
    String created = CphTime.format(s.createTime());
    String id = s.serverId();
    return new ShowCloudPhoneServerDetailResponse(
        requestId,
        e.serverName(),
        e.availabilityZone(),
        id,
        e.serverModelName(),
        e.phoneModelName(),
        e.keypairName(),
        e.status(),
        e.vpcId(),
        e.cidr(),
        e.vpcCidr(),
        e.subnetId(),
        e.subnetCidr(),
        e.resourceProjectId(),
        e.metadata(),
        e.addresses(),
        List.of(
            new Bandwidth(
                s.serverName() + "-bandwidth",
                Ids.stable("bandwidth", id),
                100,
                0,
                0,
                created,
                created)),
        List.of(
            new Volume(
                s.serverName() + "-system",
                Ids.stable("volume", id, "system"),
                128,
                "SSD",
                created,
                created)),
        new ShareVolumeInfo("SSD", Math.max(1, phoneCount) * SHARED_GB_PER_PHONE, 1),
        e.networkVersion(),
        e.enterpriseProjectId(),
        // CPH: system-network (v1) servers have no security groups of their own.
        "v1".equals(s.networkVersion())
            ? List.of()
            : List.of(Ids.stable("security-group", s.vpcId())),
        e.createTime(),
        e.updateTime());
  }

  /**
   * A bandwidth of the server (SDK {@code Bandwidth}): size in Mbit/s; charge mode 0 by bandwidth,
   * 1 by traffic; share type 0 dedicated, 1 shared.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Bandwidth(
      String bandWidthName,
      String bandWidthId,
      Integer bandWidthSize,
      Integer bandWidthChargeMode,
      Integer bandWidthShareType,
      String createTime,
      String updateTime) {}

  /** A disk of the server (SDK {@code Volume}), size in GB. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Volume(
      String volumeName,
      String volumeId,
      Integer volumeSize,
      String volumeType,
      String createTime,
      String updateTime) {}

  /** The data volume the server's phones share (SDK {@code ...ShareVolumeInfo}), size in GB. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ShareVolumeInfo(String volumeType, Integer size, Integer version) {}
}
