package dev.cphemulator.lifecycle;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * ResetCloudPhone's body (SDK {@code ResetCloudPhoneRequestBody}, the shape of restart's). {@code
 * image_id} is accepted and not applied: the emulator keeps no image catalogue.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ResetCloudPhoneRequest(String imageId, List<PhoneProperty> phones) {}
