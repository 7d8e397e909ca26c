package dev.cphemulator.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad fleet file into one clear start-up message instead of a stack trace. */
class FleetFileFailureAnalyzer extends AbstractFailureAnalyzer<FleetFileException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FleetFileException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the fleet file (its schema is in the README, section 'Fleet file'), or start"
            + " without --cph.emulator.fleet to use the embedded default fleet.",
        cause);
  }
}
