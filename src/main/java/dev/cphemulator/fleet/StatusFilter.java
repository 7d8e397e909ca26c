package dev.cphemulator.fleet;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphViolations;
import dev.cphemulator.kernel.CphViolations.StatusInvalid;
import dev.cphemulator.kernel.WholeNumber;
import java.util.function.IntFunction;

/**
 * The {@code status} filter of ListCloudPhones and ListCloudPhoneServers as sent: blank counts as
 * absent; anything else must be a whole number (its text as sent, white space included) that names
 * a status CPH knows.
 */
record StatusFilter(@WholeNumber(payload = StatusInvalid.class) String status) {

  /**
   * The status {@code sent} names, or null when it is blank.
   *
   * @throws dev.cphemulator.kernel.CphException {@code CPS.0010} for text that is not a whole
   *     number or a number that is not a status CPH knows
   */
  static <S> S read(String sent, IntFunction<S> fromWire) {
    String status = ServerQuery.blankToNull(sent);
    if (status == null) {
      return null;
    }
    CphViolations.check(new StatusFilter(status));
    try {
      return fromWire.apply(Integer.parseInt(status));
    } catch (IllegalArgumentException e) { // a number that names no status
      throw CphError.STATUS_INVALID.exception();
    }
  }
}
