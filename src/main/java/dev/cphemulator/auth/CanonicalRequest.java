package dev.cphemulator.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The canonical request of SDK-HMAC-SHA256 (docs/auth.md), rebuilt from a request as it was
 * received. Pure functions of their arguments: no servlet, no clock, no keys.
 *
 * <p>The signer and the transport percent-encode differently (OkHttp sends {@code *} raw and {@code
 * ~} as {@code %7E}, the signer does the reverse), so the raw request line cannot be hashed as is:
 * every path segment and query name and value is percent-decoded, then encoded again with the
 * signer's rule ({@link #encode}).
 */
final class CanonicalRequest {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private CanonicalRequest() {}

  /**
   * The six lines of the canonical request, joined with {@code \n}.
   *
   * @param method the HTTP method
   * @param rawPath the path as received, undecoded ({@code getRequestURI()})
   * @param rawQuery the query as received, undecoded, or {@code null}
   * @param signedHeaders the names of the {@code SignedHeaders} list, in its order
   * @param headerValue the received (first) value of a header, by name
   * @param payloadHash the hex SHA-256 of the body, or the {@code X-Sdk-Content-Sha256} value
   */
  static String of(
      String method,
      String rawPath,
      String rawQuery,
      List<String> signedHeaders,
      Function<String, String> headerValue,
      String payloadHash) {
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders) {
      headers.append(name).append(':').append(headerValue.apply(name)).append('\n');
    }
    return String.join(
        "\n",
        method.toUpperCase(Locale.ROOT),
        uri(rawPath),
        query(rawQuery),
        headers,
        String.join(";", signedHeaders),
        payloadHash);
  }

  /**
   * Each {@code /}-separated segment decoded, re-encoded and followed by {@code /}, with Java's
   * {@code split} semantics (trailing empty segments dropped), as the signer builds it: so the
   * result always ends in {@code /} and a trailing slash in the request changes nothing.
   */
  static String uri(String rawPath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
      return "/";
    }
    StringBuilder uri = new StringBuilder();
    for (String segment : rawPath.split("/")) {
      uri.append(encode(decode(segment))).append('/');
    }
    return uri.length() == 0 ? "/" : uri.toString();
  }

  /**
   * The parameters decoded and re-encoded, sorted by encoded name (a repeated name keeps its values
   * in the order received), joined as {@code name=value} with {@code &}; a name without {@code =}
   * gets an empty value. Empty pieces ({@code a=1&&b=2}) are skipped: no signer makes them.
   */
  static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String piece : rawQuery.split("&")) {
      if (piece.isEmpty()) {
        continue;
      }
      int equals = piece.indexOf('=');
      String name = equals < 0 ? piece : piece.substring(0, equals);
      String value = equals < 0 ? "" : piece.substring(equals + 1);
      pairs.add(new String[] {encode(decode(name)), encode(decode(value))});
    }
    pairs.sort(Comparator.comparing(pair -> pair[0])); // stable: repeated names keep their order
    StringBuilder query = new StringBuilder();
    for (String[] pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /**
   * The signer's encoding (rule E, {@code SignUtils.urlEncode(value, false)}): the UTF-8 bytes,
   * every byte except {@code A-Z a-z 0-9 - . _ ~} as {@code %XX} in upper-case hex.
   */
  static String encode(String value) {
    return encode(value.getBytes(StandardCharsets.UTF_8));
  }

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Percent-decodes to bytes. {@code +} stays {@code +} (it is not a space in a URI); a {@code %}
   * not followed by two hex digits is kept literally, as the signer would have encoded it ({@code
   * %25}); characters outside ASCII count as their UTF-8 bytes.
   */
  static byte[] decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && isEscape(raw, i)) {
        int high = Character.digit(raw.charAt(i + 1), 16);
        bytes.write(high << 4 | Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
        bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return bytes.toByteArray();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /** Whether a {@code %} at {@code at} starts a {@code %XX} escape. */
  private static boolean isEscape(String raw, int at) {
    return at + 2 < raw.length() && isHex(raw.charAt(at + 1)) && isHex(raw.charAt(at + 2));
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }
}
