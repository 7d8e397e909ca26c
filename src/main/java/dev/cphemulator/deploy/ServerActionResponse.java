package dev.cphemulator.deploy;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer of every app action: the request id (the key for ListJobs) and the jobs. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ServerActionResponse(String requestId, List<ActionJob> jobs) {}
