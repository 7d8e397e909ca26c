package dev.cphemulator.clock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the {@link VirtualClock} moves. Written as {@code real} or {@code manual}. */
public enum ClockMode {
  /** Follows wall time, shifted by whatever the clock was set or advanced by. */
  REAL,
  /** Stands still until set or advanced. */
  MANUAL;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ClockMode fromWire(String value) {
    for (ClockMode mode : values()) {
      if (mode.name().equalsIgnoreCase(value)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a clock mode: use real or manual");
  }
}
