package dev.cphemulator.lifecycle;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.CphViolations.PhoneIdInvalid;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One phone of a restart or reset (SDK {@code PhoneProperty}).
 *
 * @param phoneId the phone, mandatory
 * @param property optional attributes to set, a JSON object as text (CPH's attribute list), at most
 *     {@value #MAX_BYTES} bytes
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PhoneProperty(
    @NotBlank(payload = PhoneIdInvalid.class) String phoneId,
    @JsonObjectText(maxBytes = PhoneProperty.MAX_BYTES, payload = InvalidParameter.class)
        String property) {

  /** CPH documents {@code property} as at most 2048 bytes. */
  static final int MAX_BYTES = 2048;
}
