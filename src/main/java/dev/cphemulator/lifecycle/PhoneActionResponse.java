package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of RestartCloudPhone, ResetCloudPhone and StopCloudPhone (three SDK models of this one
 * shape): the request id, the key for ListJobs, and one entry per distinct phone asked for.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PhoneActionResponse(String requestId, List<PhoneJob> jobs) {}
