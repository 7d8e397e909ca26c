package dev.cphemulator.kernel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** CPH's time format: UTC, whole seconds, {@code YYYY-MM-DDTHH:MM:SSZ}. */
public final class CphTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private CphTime() {}

  /** The instant in CPH's format, or {@code null} for {@code null}. */
  public static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
