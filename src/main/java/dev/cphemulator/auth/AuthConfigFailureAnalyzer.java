package dev.cphemulator.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns bad authentication settings into one clear start-up message instead of a stack trace. */
class AuthConfigFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAuthConfigException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidAuthConfigException cause) {
    return new FailureAnalysis(
        "Invalid authentication settings: " + cause.getMessage(),
        "Correct the settings under cph.emulator.auth (see docs/auth.md), or start with"
            + " --cph.emulator.auth.mode=off to check no credentials.",
        cause);
  }
}
