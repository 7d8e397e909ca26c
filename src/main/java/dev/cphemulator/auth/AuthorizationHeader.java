package dev.cphemulator.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>,
 * Signature=<hex>} header (see docs/auth.md).
 *
 * @param accessKey the AK
 * @param signedHeaders the {@code SignedHeaders} value as sent, e.g. {@code host;x-sdk-date}
 * @param signature 64 lower-case hex digits
 */
record AuthorizationHeader(String accessKey, String signedHeaders, String signature) {

  private static final Pattern FORMAT =
      Pattern.compile(
          "^SDK-HMAC-SHA256 +Access=([^, ]+), *SignedHeaders=([^, ]+), *Signature=([0-9a-f]{64})$");

  static Optional<AuthorizationHeader> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(header);
    return m.matches()
        ? Optional.of(new AuthorizationHeader(m.group(1), m.group(2), m.group(3)))
        : Optional.empty();
  }

  /** Whether a header value at least claims to be an SDK-HMAC-SHA256 signature. */
  static boolean claimsSignature(String header) {
    return header != null && header.startsWith(SdkHmacSha256.ALGORITHM + " ");
  }

  /** The signed header names, in the order sent. */
  List<String> headerNames() {
    return Arrays.asList(signedHeaders.split(";", -1));
  }
}
