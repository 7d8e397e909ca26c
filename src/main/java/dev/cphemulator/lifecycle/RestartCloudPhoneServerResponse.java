package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** RestartCloudPhoneServer's answer: one entry per distinct server asked for. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RestartCloudPhoneServerResponse(String requestId, List<ServerJob> jobs) {}
