package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** QueryAppDeployPhones' answer: one entry per (phone, version) installed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AppDeployPhonesResponse(String requestId, List<Entry> phones) {

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Entry(
      String phoneId,
      String appVersionId,
      String versionCode,
      String versionName,
      String launchActivity) {

    static Entry of(String phoneId, AppVersion version) {
      return new Entry(
          phoneId,
          version.appVersionId(),
          version.versionCode(),
          version.versionName(),
          version.launchActivity());
    }
  }
}
