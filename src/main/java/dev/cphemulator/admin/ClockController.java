package dev.cphemulator.admin;

import dev.cphemulator.admin.Operator.ClockState;
import dev.cphemulator.admin.Operator.Settled;
import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.kernel.CphError;
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

/**
 * The virtual clock over HTTP ({@link Operator.Clock}): read it, switch its mode, set it, move it,
 * or run it until jobs settle.
 */
@RestController
@RequestMapping("/_emulator/clock")
class ClockController {

  private final Operator.Clock clock;

  ClockController(Operator operator) {
    this.clock = operator.clock();
  }

  /** A change of mode, of time, or both (mode first). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ClockChange(ClockMode mode, Instant now) {}

  /** How far to move: {@code "5s"}, {@code "250ms"}, {@code "PT1M"}. */
  record Advance(String by) {}

  @GetMapping
  ClockState get() {
    return clock.read();
  }

  @PutMapping
  ClockState change(@RequestBody ClockChange change) {
    return clock.change(change.mode(), change.now());
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
    return clock.advance(step);
  }

  @PostMapping("/settle")
  Settled settle() {
    return clock.settle();
  }
}
