package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** CreateApp's answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record CreateAppResponse(String requestId, String appId) {}
