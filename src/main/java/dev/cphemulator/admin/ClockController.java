package dev.cphemulator.admin;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.web.CphError;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The virtual clock: read it, switch its mode, set it, move it, or run it until jobs settle. */
@RestController
@RequestMapping("/_emulator/clock")
class ClockController {

  private final VirtualClock clock;
  private final Jobs jobs;

  ClockController(VirtualClock clock, Jobs jobs) {
    this.clock = clock;
    this.jobs = jobs;
  }

  /** The clock as the operator sees it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ClockState(Instant now, ClockMode mode) {}

  /** A change of mode, of time, or both (mode first). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ClockChange(ClockMode mode, Instant now) {}

  /** How far to move: {@code "5s"}, {@code "250ms"}, {@code "PT1M"}. */
  record Advance(String by) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Settled(Instant now, ClockMode mode, long stillRunning, int steps) {}

  @GetMapping
  ClockState get() {
    return state();
  }

  @PutMapping
  ClockState change(@RequestBody ClockChange change) {
    if (change.mode() == null && change.now() == null) {
      throw CphError.OPERATOR_BAD_REQUEST.exception("Give mode (real or manual), now, or both.");
    }
    // one step: a time refused leaves the mode as it was too
    move(() -> clock.change(change.mode(), change.now()));
    jobs.catchUpAll();
    return state();
  }

  @PostMapping("/advance")
  ClockState advance(@RequestBody Advance advance) {
    if (advance.by() == null || advance.by().isBlank()) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(
          "Give by, a duration such as \"5s\" or \"PT1M\".");
    }
    Duration step;
    try {
      step = DurationStyle.detectAndParse(advance.by().strip());
    } catch (IllegalArgumentException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(
          "'" + advance.by() + "' is not a duration: use \"5s\", \"250ms\", \"2m\" or \"PT1M\".");
    }
    move(() -> clock.advance(step));
    jobs.catchUpAll();
    return state();
  }

  @PostMapping("/settle")
  Settled settle() {
    Jobs.Settled settled = jobs.settle();
    return new Settled(settled.now(), clock.mode(), settled.stillRunning(), settled.steps());
  }

  private ClockState state() {
    return new ClockState(clock.instant(), clock.mode());
  }

  private static void move(Runnable move) {
    try {
      move.run();
    } catch (IllegalArgumentException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
    }
  }
}
