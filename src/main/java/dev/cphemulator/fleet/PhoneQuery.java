package dev.cphemulator.fleet;

/**
 * The filters of ListCloudPhones. Each is optional; a blank value counts as absent. All given
 * filters must match.
 *
 * @param phoneName part of the name, case-sensitive (CPH's "fuzzy" match)
 * @param serverId the phones of this server only
 * @param status the exact status
 * @param type the exact type (0 normal, 1 trial)
 */
record PhoneQuery(String phoneName, String serverId, PhoneStatus status, Integer type) {

  /**
   * Reads the query parameters as sent.
   *
   * @throws dev.cphemulator.kernel.CphException {@code CPS.0010} for a status that is not a number
   *     or not a phone status CPH knows
   */
  static PhoneQuery of(String phoneName, String serverId, String status, Integer type) {
    return new PhoneQuery(
        ServerQuery.blankToNull(phoneName),
        ServerQuery.blankToNull(serverId),
        StatusFilter.read(status, PhoneStatus::fromWire),
        type);
  }

  /** Whether any filter is given. */
  boolean filters() {
    return phoneName != null || serverId != null || status != null || type != null;
  }

  boolean matches(Phone p) {
    return (serverId == null || serverId.equals(p.serverId()))
        && (status == null || status == p.status())
        && (type == null || type.equals(p.type()))
        && (phoneName == null || p.phoneName().contains(phoneName));
  }
}
