package dev.cphemulator.fleet;

import dev.cphemulator.kernel.CphError;
import java.time.Instant;

/**
 * The filters of ListCloudPhoneServers. Each is optional; a blank value counts as absent, as the
 * official SDK sends an empty string as {@code name=}. All given filters must match.
 *
 * @param serverName part of the name, case-sensitive (CPH's "fuzzy" match)
 * @param serverId the exact id
 * @param status the exact status
 * @param networkVersion {@code v1} or {@code v2}
 * @param phoneModelName the exact phone flavour
 * @param createSince created at or after, inclusive
 * @param createUntil created at or before, inclusive
 */
record ServerQuery(
    String serverName,
    String serverId,
    ServerStatus status,
    String networkVersion,
    String phoneModelName,
    Instant createSince,
    Instant createUntil) {

  /**
   * Reads the query parameters as sent.
   *
   * <p>{@code create_since}/{@code create_until} are epoch milliseconds: CPH does not document the
   * unit (ListCloudPhoneServers), milliseconds is the emulator's reading.
   *
   * @throws dev.cphemulator.kernel.CphException {@code CPS.0010} for a status that is not a number
   *     or not a server status CPH knows; {@code CPS.9001} for a network version other than v1/v2
   */
  static ServerQuery of(
      String serverName,
      String serverId,
      String status,
      String networkVersion,
      String phoneModelName,
      Long createSince,
      Long createUntil) {
    String network = blankToNull(networkVersion);
    if (network != null && !network.equals("v1") && !network.equals("v2")) {
      throw CphError.INVALID_PARAMETER.exception("network_version", "use v1 or v2");
    }
    return new ServerQuery(
        blankToNull(serverName),
        blankToNull(serverId),
        StatusFilter.read(status, ServerStatus::fromWire),
        network,
        blankToNull(phoneModelName),
        createSince == null ? null : Instant.ofEpochMilli(createSince),
        createUntil == null ? null : Instant.ofEpochMilli(createUntil));
  }

  /** Whether any filter is given. */
  boolean filters() {
    return serverName != null
        || serverId != null
        || status != null
        || networkVersion != null
        || phoneModelName != null
        || createSince != null
        || createUntil != null;
  }

  boolean matches(Server s) {
    return (serverId == null || serverId.equals(s.serverId()))
        && (status == null || status == s.status())
        && (serverName == null || s.serverName().contains(serverName))
        && (networkVersion == null || networkVersion.equals(s.networkVersion()))
        && (phoneModelName == null || phoneModelName.equals(s.phoneModelName()))
        && (createSince == null || !s.createTime().isBefore(createSince))
        && (createUntil == null || !s.createTime().isAfter(createUntil));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
