package dev.cphemulator.web;

/**
 * The one exception type of the emulator: an entry of the {@link CphError} catalogue and its
 * message.
 */
public final class CphException extends RuntimeException {

  private final CphError error;

  CphException(CphError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  public CphError error() {
    return error;
  }
}
