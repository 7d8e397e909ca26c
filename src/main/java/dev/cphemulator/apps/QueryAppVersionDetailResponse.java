package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphTime;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** QueryAppVersionDetail's answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record QueryAppVersionDetailResponse(
    String requestId,
    String appId,
    String appVersionId,
    String versionCode,
    String versionName,
    String launchActivity,
    String bucketName,
    String objectPath,
    String createTime,
    String updateTime) {

  static QueryAppVersionDetailResponse from(String requestId, AppVersion v) {
    return new QueryAppVersionDetailResponse(
        requestId,
        v.appId(),
        v.appVersionId(),
        v.versionCode(),
        v.versionName(),
        v.launchActivity(),
        v.bucketName(),
        v.objectPath(),
        CphTime.format(v.createTime()),
        CphTime.format(v.updateTime()));
  }
}
