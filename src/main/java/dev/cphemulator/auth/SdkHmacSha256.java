package dev.cphemulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The arithmetic of SDK-HMAC-SHA256: payload hash, string to sign, signature. Unlike AWS SigV4
 * there is no key derivation and no credential scope: the HMAC key is the SK's UTF-8 bytes.
 */
final class SdkHmacSha256 {

  static final String ALGORITHM = "SDK-HMAC-SHA256";

  /** The payload hash of an empty or absent body. */
  static final String EMPTY_PAYLOAD =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final HexFormat HEX = HexFormat.of();

  private SdkHmacSha256() {}

  /** Lower-case hex SHA-256 of the body bytes. */
  static String payloadHash(byte[] body) {
    return HEX.formatHex(sha256(body));
  }

  /** {@code SDK-HMAC-SHA256 \n <X-Sdk-Date> \n hex(sha256(canonical request))}. */
  static String stringToSign(String sdkDate, String canonicalRequest) {
    return ALGORITHM
        + "\n"
        + sdkDate
        + "\n"
        + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
  }

  /** Lower-case hex HMAC-SHA256 of the string to sign, keyed with the SK's UTF-8 bytes. */
  static String signature(String secretKey, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Compares two signatures in time that does not depend on where they differ. */
  static boolean same(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
