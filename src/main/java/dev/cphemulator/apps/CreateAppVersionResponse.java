package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** CreateAppVersion's answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppVersionResponse(String requestId, String appVersionId) {}
