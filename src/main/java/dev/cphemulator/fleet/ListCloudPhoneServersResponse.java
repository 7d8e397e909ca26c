package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ListCloudPhoneServers' answer (SDK {@code ListCloudPhoneServersResponse}): {@code count} is every
 * match, {@code servers} one page of them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ListCloudPhoneServersResponse(String requestId, Integer count, List<Entry> servers) {

  static ListCloudPhoneServersResponse from(
      String requestId, String projectId, int count, List<Server> page) {
    return new ListCloudPhoneServersResponse(
        requestId, count, page.stream().map(server -> Entry.from(server, projectId)).toList());
  }

  /** One server (SDK {@code Server}), every key present. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
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
      List<Address> addresses,
      String resourceProjectId,
      ServerMetadata metadata,
      String networkVersion,
      String enterpriseProjectId,
      String createTime,
      String updateTime) {

    /** {@code resource_project_id} is the project's id unless the fleet file names another. */
    static Entry from(Server s, String projectId) {
      return new Entry(
          s.serverName(),
          s.availabilityZone(),
          s.serverId(),
          s.serverModelName(),
          s.phoneModelName(),
          s.keypairName(),
          s.status().wire(),
          s.vpcId(),
          s.cidr(),
          s.vpcCidr(),
          s.subnetId(),
          s.subnetCidr(),
          s.addresses(),
          s.resourceProjectId() != null ? s.resourceProjectId() : projectId,
          s.metadata(),
          s.networkVersion(),
          s.enterpriseProjectId(),
          CphTime.format(s.createTime()),
          CphTime.format(s.updateTime()));
    }
  }
}
