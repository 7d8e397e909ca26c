package dev.cphemulator.lifecycle;

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
record PhoneProperty(String phoneId, String property) {

  /** CPH documents {@code property} as at most 2048 bytes. */
  static final int MAX_BYTES = 2048;
}
