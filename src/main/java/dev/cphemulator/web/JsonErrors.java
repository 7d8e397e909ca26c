package dev.cphemulator.web;

import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What went wrong in a JSON or YAML document, in a client's words: the field path as the client
 * wrote it ({@code servers[2].phone_id}) and the problem without Jackson's class names.
 */
public final class JsonErrors {

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Short.class,
          short.class,
          Byte.class,
          byte.class,
          BigInteger.class);

  private JsonErrors() {}

  /** The path of the value Jackson could not read, or {@code fallback} for the whole document. */
  public static String path(JacksonException e, String fallback) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? fallback : path.toString();
  }

  /** What was wrong with the value. */
  public static String problem(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '"
          + unknown.getPropertyName()
          + "'; known fields: "
          + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
        return cause.getMessage();
      }
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      if (target == String.class) {
        return "expected a string";
      }
      if (WHOLE_NUMBERS.contains(target)) {
        return "expected a whole number";
      }
      if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
        return "expected a number";
      }
      if (TemporalAccessor.class.isAssignableFrom(target)) {
        return "expected a time such as \"2026-01-05T10:00:00Z\"";
      }
      if (Collection.class.isAssignableFrom(target) || target.isArray()) {
        return "expected an array";
      }
      if (!target.isEnum()) {
        return "expected an object";
      }
    }
    return firstLine(e.getOriginalMessage());
  }

  /** A syntax error, with where it happened: the message without Jackson's source excerpt. */
  public static String syntax(StreamReadException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return firstLine(e.getOriginalMessage()) + where;
  }

  private static String firstLine(String message) {
    int cut = message.length();
    for (String marker : new String[] {"\n", " (start marker", " at [Source", " (class "}) {
      int at = message.indexOf(marker);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return message.substring(0, cut);
  }

  /**
   * A Java property path, as Bean Validation reports it ({@code batchDeployAppVersion.serverIds[1]}
   * or {@code serverIds[1].<list element>}), in snake_case JSON names.
   */
  public static String snakeCase(String javaPath) {
    String clean = javaPath.replace(".<list element>", "").replace(".<map value>", "");
    StringBuilder out = new StringBuilder(clean.length() + 8);
    int at = 0;
    while (at < clean.length()) {
      int open = clean.indexOf('[', at);
      int end = open < 0 ? clean.length() : open;
      out.append(
          CAMEL_HUMP
              .matcher(clean.substring(at, end))
              .replaceAll("$1_$2")
              .toLowerCase(Locale.ROOT));
      if (open < 0) {
        break;
      }
      int close = clean.indexOf(']', open);
      int after = close < 0 ? clean.length() : close + 1;
      out.append(clean, open, after); // keys and indexes stay as written
      at = after;
    }
    return out.toString();
  }
}
