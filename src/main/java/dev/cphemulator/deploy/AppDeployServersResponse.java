package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QueryAppDeployServers' answer: one entry per (server, version) deployed. The key is {@code
 * app_version_id}; the client this shape comes from parsed {@code app_verison_id}, a spelling the
 * real service dropped elsewhere.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AppDeployServersResponse(String requestId, List<Entry> servers) {

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Entry(
      String serverId,
      String appVersionId,
      String versionCode,
      String versionName,
      String launchActivity) {

    static Entry of(String serverId, AppVersion version) {
      return new Entry(
          serverId,
          version.appVersionId(),
          version.versionCode(),
          version.versionName(),
          version.launchActivity());
    }
  }
}
