package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * RestartCloudPhone's body (SDK {@code RestartCloudPhoneRequestBody}). {@code image_id} is accepted
 * and not applied: the emulator keeps no image catalogue, so a phone keeps its image.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RestartCloudPhoneRequest(String imageId, List<PhoneProperty> phones) {}
