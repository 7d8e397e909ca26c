package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** RestartCloudPhoneServer's body (SDK {@code RestartCloudPhoneServerRequestBody}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RestartCloudPhoneServerRequest(List<String> serverIds) {}
