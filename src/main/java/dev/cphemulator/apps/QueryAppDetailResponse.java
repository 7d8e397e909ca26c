package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * QueryAppDetail's answer: the application and its versions, oldest first. The key is {@code
 * app_version_id}, not the {@code app_verison_id} of CPH's table: a client that called the real
 * service had to switch to the former.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record QueryAppDetailResponse(
    String requestId,
    String packageName,
    String name,
    String description,
    List<Version> appVersions) {

  static QueryAppDetailResponse from(String requestId, App app, List<AppVersion> versions) {
    return new QueryAppDetailResponse(
        requestId,
        app.packageName(),
        app.name(),
        app.description(),
        versions.stream().map(Version::from).toList());
  }

  /** One version of the application. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Version(
      String appVersionId,
      String versionCode,
      String versionName,
      String bucketName,
      String objectPath,
      String launchActivity,
      String createTime,
      String updateTime) {

    static Version from(AppVersion v) {
      return new Version(
          v.appVersionId(),
          v.versionCode(),
          v.versionName(),
          v.bucketName(),
          v.objectPath(),
          v.launchActivity(),
          CphTime.format(v.createTime()),
          CphTime.format(v.updateTime()));
    }
  }
}
