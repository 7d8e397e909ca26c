package dev.cphemulator.apps;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer of DeleteApp and DeleteAppVersion (SPEC 2.A.4, 2.A.7): the request id alone. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DeleteResponse(String requestId) {}
