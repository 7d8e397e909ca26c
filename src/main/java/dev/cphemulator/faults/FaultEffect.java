package dev.cphemulator.faults;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a matching rule does to a job. */
public enum FaultEffect {
  /** The job ends with status -1 and the rule's error code and message. */
  FAIL,
  /** The job stays running until the rule is removed; then it ends as it would have. */
  STALL;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static FaultEffect fromWire(String value) {
    for (FaultEffect effect : values()) {
      if (effect.wire().equals(value)) {
        return effect;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not an effect: use fail or stall");
  }
}
