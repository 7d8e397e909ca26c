package dev.cphemulator.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VirtualClockTests {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  /** A wall clock the test moves by hand. */
  static final class Wall extends Clock {
    Instant now = Instant.parse("2030-06-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final Wall wall = new Wall();

  @Test
  void manualClockStandsStillWhileWallTimePasses() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.MANUAL, T0);

    wall.now = wall.now.plusSeconds(3600);

    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void manualClockMovesWhenAdvancedOrSet() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.MANUAL, T0);

    clock.advance(Duration.ofSeconds(3));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(3));

    clock.set(T0.plusSeconds(60));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void realClockFollowsWallTimeFromItsStart() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.REAL, T0);

    wall.now = wall.now.plusSeconds(5);

    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void realClockWithoutStartIsWallTime() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.REAL, null);

    assertThat(clock.instant()).isEqualTo(wall.now);
  }

  @Test
  void realClockAdvancedStaysAheadOfWallTime() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.REAL, T0);

    clock.advance(Duration.ofMinutes(10));
    wall.now = wall.now.plusSeconds(1);

    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofMinutes(10)).plusSeconds(1));
  }

  @Test
  void switchingModeKeepsTheTime() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.REAL, T0);
    wall.now = wall.now.plusSeconds(7);

    clock.switchTo(ClockMode.MANUAL);
    wall.now = wall.now.plusSeconds(100);
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(7));

    clock.switchTo(ClockMode.REAL);
    wall.now = wall.now.plusSeconds(2);
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(9));
  }

  @Test
  void refusesToGoBackwards() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.MANUAL, T0);

    assertThatThrownBy(() -> clock.set(T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only moves forward");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void goesAsFarAsTheLastTimeCphCanWriteAndNoFurther() {
    VirtualClock clock = new VirtualClock(wall, ClockMode.MANUAL, T0);

    assertThatThrownBy(() -> clock.set(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot go past 9999-12-31T23:59:59Z");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot go past");
    assertThat(clock.instant()).isEqualTo(T0);

    clock.advance(Duration.between(T0, VirtualClock.LATEST));
    assertThat(clock.instant()).isEqualTo(VirtualClock.LATEST);
    assertThatThrownBy(() -> clock.advance(Duration.ofNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(VirtualClock.LATEST);
  }

  @Test
  void cannotStartPastTheLastTimeCphCanWrite() {
    assertThatThrownBy(
            () -> new VirtualClock(wall, ClockMode.MANUAL, VirtualClock.LATEST.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
