package dev.cphemulator.web;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/** Field paths as a client wrote them ({@code servers[2].phone_id}), for error messages. */
public final class JsonPaths {

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  private JsonPaths() {}

  /** The path of the value Jackson could not read, or {@code fallback} for the whole document. */
  public static String of(JacksonException e, String fallback) {
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
      out.append(CAMEL_HUMP.matcher(clean.substring(at, end)).replaceAll("$1_$2").toLowerCase(Locale.ROOT));
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
