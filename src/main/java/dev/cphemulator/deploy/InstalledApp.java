package dev.cphemulator.deploy;

import dev.cphemulator.apps.App;
import dev.cphemulator.apps.AppVersion;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One version on a server or phone, as QueryServerAppsDetail and QueryPhoneAppsDetail list it. The
 * key is {@code app_version_id}, not the {@code app_verison_id} of some CPH doc examples: a client
 * that called the real service had to switch to it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record InstalledApp(
    String appId,
    String packageName,
    String name,
    String description,
    String appVersionId,
    String versionCode,
    String versionName,
    String launchActivity) {

  static InstalledApp of(App app, AppVersion version) {
    return new InstalledApp(
        app.appId(),
        app.packageName(),
        app.name(),
        app.description(),
        version.appVersionId(),
        version.versionCode(),
        version.versionName(),
        version.launchActivity());
  }
}
