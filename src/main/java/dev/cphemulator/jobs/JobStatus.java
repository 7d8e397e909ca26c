package dev.cphemulator.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

/** CPH job status, written on the wire as its number. */
public enum JobStatus {
  RUNNING(1),
  SUCCEEDED(2),
  FAILED(-1);

  private final int wire;

  JobStatus(int wire) {
    this.wire = wire;
  }

  @JsonValue
  public int wire() {
    return wire;
  }

  public boolean ended() {
    return this != RUNNING;
  }
}
