package dev.cphemulator.kernel;

import dev.cphemulator.kernel.CphViolations.InvalidPaging;
import java.util.List;

/**
 * CPH paging: {@code offset} from 0, {@code limit} from 1 to a per-list maximum. Both arrive as
 * text so that a non-number gets CPH's {@code CPS.0002} rather than a binding error.
 */
public record Paging(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 100;

  /**
   * Reads the two query parameters; absent means offset 0 and the default limit. White space around
   * a number is ignored.
   *
   * @throws CphException {@code CPS.0002} for an offset or limit that is not a whole number, an
   *     offset below 0, a limit below 1 or above {@code maxLimit}
   */
  public static Paging of(String offset, String limit, int maxLimit) {
    Sent sent = new Sent(strip(offset), strip(limit));
    CphViolations.check(sent);
    Paging paging =
        new Paging(
            sent.offset() == null ? 0 : Integer.parseInt(sent.offset()),
            sent.limit() == null ? DEFAULT_LIMIT : Integer.parseInt(sent.limit()));
    // each list gives its own maximum at run time, a bound an annotation cannot hold
    if (paging.limit() > maxLimit) {
      throw CphError.INVALID_PAGING.exception();
    }
    return paging;
  }

  /** The two query parameters as sent, without the white space around them; null when absent. */
  record Sent(
      @WholeNumber(min = 0, payload = InvalidPaging.class) String offset,
      @WholeNumber(min = 1, payload = InvalidPaging.class) String limit) {}

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  /** This page of {@code all}, which is already in the list's order. */
  public <T> List<T> page(List<T> all) {
    if (offset >= all.size()) {
      return List.of();
    }
    return all.subList(offset, Math.min(all.size(), offset + limit));
  }
}
