package dev.cphemulator.auth;

/** How much of a CPH request's credentials the emulator checks ({@code cph.emulator.auth.mode}). */
public enum AuthMode {

  /** Nothing is checked: the emulator's default, for clients that sign nothing. */
  OFF,

  /**
   * A request must carry an {@code X-Auth-Token} or an {@code Authorization: SDK-HMAC-SHA256 ...}
   * header; neither is verified.
   */
  PRESENT,

  /**
   * AK/SK signatures are verified against {@code credentials}, tokens looked up in {@code tokens};
   * each credential may use only its own project.
   */
  STRICT
}
