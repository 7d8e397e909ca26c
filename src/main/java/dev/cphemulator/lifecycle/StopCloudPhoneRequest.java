package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** StopCloudPhone's body (SDK {@code StopCloudPhoneRequestBody}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record StopCloudPhoneRequest(List<String> phoneIds) {}
