package dev.cphemulator.auth;

/** Authentication settings the emulator cannot start with; the message names the property. */
class InvalidAuthConfigException extends IllegalArgumentException {

  InvalidAuthConfigException(String message) {
    super(message);
  }
}
