package dev.cphemulator.state;

import java.nio.file.Path;

/** A snapshot that cannot be restored; the message names the file, where in it, and the problem. */
public final class SnapshotException extends RuntimeException {

  SnapshotException(Path file, String where, String problem) {
    super("Snapshot " + file + " cannot be restored: " + where + ": " + problem);
  }

  SnapshotException(Path file, String problem, Throwable cause) {
    super("Snapshot " + file + " cannot be " + problem, cause);
  }
}
