package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** CreateApp's answer (SPEC 2.A.3). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppResponse(String requestId, String appId) {}
