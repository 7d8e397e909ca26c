package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** CPH phone status (ListCloudPhones), written on the wire as its number. */
public enum PhoneStatus {
  CREATING_0(0),
  CREATING(1),
  RUNNING(2),
  RESETTING(3),
  RESTARTING(4),
  FROZEN(6),
  STOPPING(7),
  STOPPED(8),
  RESET_FAILED(-5),
  RESTART_FAILED(-6),
  ABNORMAL(-7),
  CREATION_FAILED(-8),
  STOP_FAILED(-9);

  private final int wire;

  PhoneStatus(int wire) {
    this.wire = wire;
  }

  @JsonValue
  public int wire() {
    return wire;
  }

  /** Only a running phone can take an install. */
  public boolean takesInstalls() {
    return this == RUNNING;
  }

  @JsonCreator
  public static PhoneStatus fromWire(int wire) {
    return Arrays.stream(values())
        .filter(s -> s.wire == wire)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    wire + " is not a CPH phone status (0-4, 6-8, -5 to -9)"));
  }
}
