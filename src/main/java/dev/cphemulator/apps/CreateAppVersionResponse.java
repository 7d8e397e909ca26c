package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** CreateAppVersion's answer (SPEC 2.A.6). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppVersionResponse(String requestId, String appVersionId) {}
