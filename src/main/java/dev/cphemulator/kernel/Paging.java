package dev.cphemulator.kernel;

import java.util.List;

/**
 * CPH paging (SPEC 1.7): {@code offset} from 0, {@code limit} from 1 to a per-list maximum. Both
 * arrive as text so that a non-number gets CPH's {@code CPS.0002} rather than a binding error.
 */
public record Paging(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 100;

  /** Reads the two query parameters; absent means offset 0 and the default limit. */
  public static Paging of(String offset, String limit, int maxLimit) {
    int parsedOffset = parse(offset, 0);
    int parsedLimit = parse(limit, DEFAULT_LIMIT);
    if (parsedOffset < 0 || parsedLimit < 1 || parsedLimit > maxLimit) {
      throw CphError.INVALID_PAGING.exception();
    }
    return new Paging(parsedOffset, parsedLimit);
  }

  private static int parse(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw CphError.INVALID_PAGING.exception();
    }
  }

  /** This page of {@code all}, which is already in the list's order. */
  public <T> List<T> page(List<T> all) {
    if (offset >= all.size()) {
      return List.of();
    }
    return all.subList(offset, Math.min(all.size(), offset + limit));
  }
}
