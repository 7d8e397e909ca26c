package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer of DeleteApp and DeleteAppVersion: the request id alone. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DeleteResponse(String requestId) {}
