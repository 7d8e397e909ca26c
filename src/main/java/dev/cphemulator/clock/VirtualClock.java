package dev.cphemulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests can stop, set and move. Time never goes backwards: jobs already ended keep
 * their times, and a deadline once passed stays passed.
 *
 * <p>Thread-safe: the state is one immutable value swapped atomically.
 */
public final class VirtualClock extends Clock {

  /**
   * The latest time the clock can be set or moved to: the last second CPH's time format (four-digit
   * years) can write. Further on, times would not read back in CPH clients, and job arithmetic
   * would near {@link Instant#MAX}, where it overflows.
   */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private record State(ClockMode mode, Instant frozenAt, Duration offset) {}

  private final Clock wall;
  private volatile State state;

  public VirtualClock(Clock wall, ClockMode mode, Instant start) {
    this.wall = wall;
    Instant origin = start == null ? wall.instant() : start;
    if (origin.isAfter(LATEST)) {
      throw new IllegalArgumentException("the clock cannot start after " + LATEST + ": " + origin);
    }
    this.state =
        mode == ClockMode.MANUAL
            ? new State(mode, origin, Duration.ZERO)
            : new State(mode, null, Duration.between(wall.instant(), origin));
  }

  @Override
  public Instant instant() {
    State s = state;
    return s.mode == ClockMode.MANUAL ? s.frozenAt : wall.instant().plus(s.offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the emulator's clock is UTC only");
  }

  public ClockMode mode() {
    return state.mode;
  }

  /**
   * How far ahead of wall time the clock runs in {@code real} mode (zero in {@code manual} mode):
   * what a saved state keeps, so that a restored clock runs as it did.
   */
  public Duration offset() {
    State s = state;
    return s.mode == ClockMode.MANUAL ? Duration.ZERO : s.offset;
  }

  /**
   * Puts the clock back as a saved state left it: in {@code manual} mode at {@code now}; in {@code
   * real} mode at wall time plus {@code offset}, but never before {@code now}, so time does not go
   * backwards across a restart. The one move that may set the clock back (from where the settings
   * started it), used only before the emulator serves requests.
   *
   * @throws IllegalArgumentException if {@code now} is after {@link #LATEST}
   */
  public synchronized Instant restore(ClockMode mode, Instant now, Duration offset) {
    if (now.isAfter(LATEST)) {
      throw new IllegalArgumentException("the clock cannot be after " + LATEST + ": " + now);
    }
    if (mode == ClockMode.MANUAL) {
      state = new State(mode, now, Duration.ZERO);
    } else {
      Instant wallNow = wall.instant();
      Instant running = wallNow.plus(offset);
      Instant to = running.isBefore(now) ? now : running;
      state = new State(mode, null, Duration.between(wallNow, to));
    }
    return instant();
  }

  /** Switches mode, keeping the current time. */
  public synchronized void switchTo(ClockMode mode) {
    change(mode, null);
  }

  /**
   * Switches mode (when {@code mode} is given) and moves the clock to {@code target} (when given),
   * as one step: either both happen or, when the target is refused, neither does.
   *
   * @throws IllegalArgumentException if {@code target} is before the current time or after {@link
   *     #LATEST}
   */
  public synchronized Instant change(ClockMode mode, Instant target) {
    Instant now = instant();
    if (target != null) {
      check(now, target);
    }
    Instant to = target == null ? now : target;
    ClockMode next = mode == null ? state.mode : mode;
    state =
        next == ClockMode.MANUAL
            ? new State(next, to, Duration.ZERO)
            : new State(next, null, Duration.between(wall.instant(), to));
    return to;
  }

  /**
   * Moves the clock to {@code target}, in either mode.
   *
   * @throws IllegalArgumentException if {@code target} is before the current time or after {@link
   *     #LATEST}
   */
  public synchronized Instant set(Instant target) {
    return change(null, target);
  }

  /**
   * Moves the clock to {@code target} unless it is already there or later: the step of a caller
   * that runs the clock towards a time while others may move it too. Never moves it back.
   *
   * @return the time after the move
   * @throws IllegalArgumentException if {@code target} is after {@link #LATEST}
   */
  public synchronized Instant atLeast(Instant target) {
    Instant now = instant();
    return target.isAfter(now) ? set(target) : now;
  }

  /**
   * Moves the clock forward by {@code step}.
   *
   * @throws IllegalArgumentException if {@code step} is negative or would take the clock past
   *     {@link #LATEST}
   */
  public synchronized Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward: " + step + " is negative");
    }
    Instant now = instant();
    if (step.compareTo(Duration.between(now, LATEST)) > 0) {
      throw new IllegalArgumentException(
          "the clock cannot go past " + LATEST + ": it is " + now + ", " + step + " is too far");
    }
    return set(now.plus(step));
  }

  private static void check(Instant now, Instant target) {
    if (target.isBefore(now)) {
      throw new IllegalArgumentException(
          "the clock only moves forward: it is " + now + ", " + target + " is earlier");
    }
    if (target.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "the clock cannot go past " + LATEST + ": " + target + " is later");
    }
  }
}
