package dev.cphemulator.state;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a snapshot that cannot be restored into one clear start-up message. */
class SnapshotFailureAnalyzer extends AbstractFailureAnalyzer<SnapshotException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SnapshotException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Move the snapshot aside to start afresh (or point --cph.emulator.state.dir at an empty"
            + " directory), or start the emulator version that wrote it. Its format is described"
            + " in docs/snapshots.md.",
        cause);
  }
}
