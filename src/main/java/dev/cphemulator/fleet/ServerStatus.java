package dev.cphemulator.fleet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** CPH server status (ListCloudPhoneServers), written on the wire as its number. */
public enum ServerStatus {
  CREATING_0(0),
  CREATING(1),
  ABNORMAL(2),
  CREATING_3(3),
  CREATING_4(4),
  RUNNING(5),
  DELETED(6),
  FROZEN(8),
  STOPPED(10),
  STOPPING(11),
  STOP_FAILED(12),
  STARTING(13);

  private final int wire;

  ServerStatus(int wire) {
    this.wire = wire;
  }

  @JsonValue
  public int wire() {
    return wire;
  }

  /** Only a running server takes application actions. */
  public boolean takesAppActions() {
    return this == RUNNING;
  }

  @JsonCreator
  public static ServerStatus fromWire(int wire) {
    return Arrays.stream(values())
        .filter(s -> s.wire == wire)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(wire + " is not a CPH server status (0-6, 8, 10-13)"));
  }
}
