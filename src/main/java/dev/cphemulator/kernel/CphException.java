package dev.cphemulator.kernel;

/**
 * The one exception type of the emulator: an entry of the {@link CphError} catalogue and its
 * message.
 */
public final class CphException extends RuntimeException {

  private final CphError error;

  /**
   * The catalogue entry with a message of the caller's own, for the rare answer its template does
   * not fit.
   */
  public CphException(CphError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  public CphError error() {
    return error;
  }
}
