package dev.cphemulator.clock;

/** How the {@link VirtualClock} moves. */
public enum ClockMode {
  /** Follows wall time, shifted by whatever the clock was set or advanced by. */
  REAL,
  /** Stands still until set or advanced. */
  MANUAL
}
