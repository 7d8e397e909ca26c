package dev.cphemulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.auth.AuthProperties.Credential;
import dev.cphemulator.auth.AuthProperties.Token;
import dev.cphemulator.auth.SdkSigner.HeaderSet;
import dev.cphemulator.kernel.CphException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The decisions of each mode, on requests signed by the SDK's own signer, with a fixed clock. */
class AuthenticatorTests {

  static final String ENDPOINT = "http://127.0.0.1:8080";
  static final String P1 = "0123456789abcdef0123456789abcdef";
  static final String P2 = "fedcba9876543210fedcba9876543210";
  static final String AK = "EXAMPLEAK0000000000";
  static final String SK = "EXAMPLE-SK-not-a-real-secret-0000000000";
  static final String TOKEN = "token-of-project-one-0001";
  static final String OPERATOR = "operator-secret-0001";
  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  static final String JOBS = "/v1/" + P1 + "/cloud-phone/jobs";

  static final AuthProperties STRICT =
      new AuthProperties(
          AuthMode.STRICT,
          List.of(
              new Credential(AK, SK, P1),
              new Credential("OTHERAK000000000000", "another-secret-key-000000", P2)),
          List.of(new Token(TOKEN, P1)),
          OPERATOR);

  final Authenticator strict = new Authenticator(STRICT, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void admitsARequestSignedByTheSdkSigner() {
    assertThat(strict.check(signedAt(NOW, JOBS, SK).toServletRequest())).isEmpty();
  }

  @Test
  void admitsASignatureOverAPresetContentHashInsteadOfTheBodyHash() {
    SdkSigner request =
        SdkSigner.sign(
            ENDPOINT,
            "GET",
            JOBS,
            Map.of("request_id", "r1"),
            headers(NOW, Map.of("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")),
            null,
            AK,
            SK);

    assertThat(strict.check(request.toServletRequest())).isEmpty();
  }

  @Test
  void refusesARequestWithoutCredentials() {
    assertThat(refusal(strict, new SdkSigner("GET", JOBS, null, Map.of(), null)))
        .satisfies(e -> assertThat(e.error().code()).isEqualTo("APIGW.0301"))
        .satisfies(e -> assertThat(e.error().status().value()).isEqualTo(401))
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .startsWith("Incorrect IAM authentication information: no credentials"));
  }

  @Test
  void refusesAMalformedAuthorizationHeader() {
    SdkSigner request = signedAt(NOW, JOBS, SK);
    for (String malformed :
        List.of(
            "SDK-HMAC-SHA256 Access=" + AK,
            request.header("Authorization").replace("Signature=", "Signature=X"),
            "Bearer abc")) {
      assertThat(refusal(strict, request.withHeader("Authorization", malformed)).getMessage())
          .as(malformed)
          .contains("malformed Authorization header");
    }
  }

  @Test
  void admitsARequestSignedLikeTheGoSdkWithoutHost() {
    SdkSigner request = signedAt(HeaderSet.GO, NOW, JOBS, AK, SK);

    assertThat(request.signedHeaders()).isEqualTo("user-agent;x-project-id;x-sdk-date");
    assertThat(strict.check(request.toServletRequest())).isEmpty();
  }

  @Test
  void admitsARequestSignedLikeThePythonSdkWithContentType() {
    SdkSigner request = signedAt(HeaderSet.PYTHON, NOW, JOBS, AK, SK);

    assertThat(request.signedHeaders())
        .isEqualTo("content-type;host;user-agent;x-project-id;x-sdk-date");
    assertThat(strict.check(request.toServletRequest())).isEmpty();
  }

  @Test
  void refusesAGoSdkRequestWithAWrongKeyAnUnknownKeyOrAForeignProjectEachForItsOwnReason() {
    CphException wrongKey =
        refusal(strict, signedAt(HeaderSet.GO, NOW, JOBS, AK, "not-the-right-secret-key"));
    CphException unknownKey = refusal(strict, signedAt(HeaderSet.GO, NOW, JOBS, "NOSUCHAK", SK));
    CphException foreignProject =
        refusal(strict, signedAt(HeaderSet.GO, NOW, "/v1/" + P2 + "/cloud-phone/jobs", AK, SK));

    assertThat(wrongKey.error().code()).isEqualTo("APIGW.0301");
    assertThat(wrongKey.getMessage())
        .contains("verify aksk signature fail, canonicalRequest:GET|")
        .contains("|user-agent;x-project-id;x-sdk-date|")
        .doesNotContain("host:");
    assertThat(unknownKey.error().code()).isEqualTo("APIGW.0301");
    assertThat(unknownKey.getMessage()).endsWith("unknown access key NOSUCHAK");
    assertThat(foreignProject.error().code()).isEqualTo("CPS.0001");
    assertThat(foreignProject.error().status().value()).isEqualTo(403);
  }

  @Test
  void refusesSignedHeadersWithoutTheDate() {
    String authorization =
        "SDK-HMAC-SHA256 Access="
            + AK
            + ", SignedHeaders=host;user-agent, Signature="
            + "0".repeat(64);
    SdkSigner request = signedAt(NOW, JOBS, SK).withHeader("Authorization", authorization);

    CphException e = refusal(strict, request);

    assertThat(e.error().code()).isEqualTo("APIGW.0301");
    assertThat(e.getMessage()).endsWith("SignedHeaders host;user-agent must include x-sdk-date");
  }

  @Test
  void refusesASignedHostThatIsNotTheOneReceived() {
    SdkSigner request = signedAt(NOW, JOBS, SK).withHeader("Host", "127.0.0.1:9090");

    assertThat(refusal(strict, request).getMessage())
        .contains("verify aksk signature fail")
        .contains("|host:127.0.0.1:9090|");
  }

  @Test
  void refusesWhenASignedHeaderIsMissing() {
    SdkSigner request = signedAt(NOW, JOBS, SK).withHeader("X-Project-Id", null);

    assertThat(refusal(strict, request).getMessage())
        .contains("signed header 'x-project-id' is missing from the request");
  }

  @Test
  void acceptsADateFifteenMinutesOffEitherWayAndNoMore() {
    Duration window = Duration.ofMinutes(15);
    assertThat(strict.check(signedAt(NOW.minus(window), JOBS, SK).toServletRequest())).isEmpty();
    assertThat(strict.check(signedAt(NOW.plus(window), JOBS, SK).toServletRequest())).isEmpty();

    for (Instant stale :
        List.of(NOW.minus(window).minusSeconds(1), NOW.plus(window).plusSeconds(1))) {
      CphException e = refusal(strict, signedAt(stale, JOBS, SK));
      assertThat(e.error().code()).isEqualTo("APIGW.0303");
      assertThat(e.error().status().value()).isEqualTo(401);
      assertThat(e.getMessage())
          .contains("signature expired, signature time:" + SdkSigner.date(stale))
          .contains("server time:20260105T100000Z");
    }
  }

  @Test
  void refusesAMalformedDateWithoutCallingItStale() {
    for (String date : List.of("20260105T100000", "20261305T100000Z", "2026-01-05T10:00:00Z")) {
      SdkSigner request =
          SdkSigner.sign(ENDPOINT, "GET", JOBS, Map.of(), Map.of("X-Sdk-Date", date), null, AK, SK);
      CphException e = refusal(strict, request);
      assertThat(e.error().code()).as(date).isEqualTo("APIGW.0301");
      assertThat(e.getMessage()).contains("malformed X-Sdk-Date '" + date + "'");
    }
  }

  @Test
  void refusesAnUnknownAccessKeyNamingIt() {
    SdkSigner request =
        SdkSigner.sign(
            ENDPOINT, "GET", JOBS, Map.of(), headers(NOW, Map.of()), null, "NOSUCHAK", SK);

    assertThat(refusal(strict, request).getMessage()).endsWith("unknown access key NOSUCHAK");
  }

  @Test
  void refusesAWrongSecretKeyShowingTheCanonicalRequestButNoSecret() {
    SdkSigner request =
        SdkSigner.sign(
            ENDPOINT,
            "GET",
            JOBS,
            Map.of("request_id", "r1", "note", SK),
            headers(NOW, Map.of("X-Auth-Token", TOKEN)),
            null,
            AK,
            "not-the-right-secret-key");

    String message = refusal(strict, request).getMessage();

    assertThat(message)
        .contains(
            "verify aksk signature fail, canonicalRequest:GET|/v1/" + P1 + "/cloud-phone/jobs/|")
        .contains("|host:127.0.0.1:8080|")
        .contains("|x-auth-token:******|")
        .contains("|x-project-id:" + P1 + "|x-sdk-date:20260105T100000Z||")
        .endsWith("|" + SdkHmacSha256.EMPTY_PAYLOAD)
        .doesNotContain(SK)
        .doesNotContain(TOKEN)
        .doesNotContain("not-the-right-secret-key");
  }

  @Test
  void refusesAValidKeyOnAnotherProjectsPathWithCphsNoPermission() {
    CphException e = refusal(strict, signedAt(NOW, "/v1/" + P2 + "/cloud-phone/jobs", SK));

    assertThat(e.error().code()).isEqualTo("CPS.0001");
    assertThat(e.error().status().value()).isEqualTo(403);
    assertThat(e.getMessage()).isEqualTo("No permission to request resources.");
  }

  @Test
  void refusesASignedProjectHeaderThatDiffersFromThePath() {
    SdkSigner request =
        SdkSigner.sign(
            ENDPOINT,
            "GET",
            JOBS,
            Map.of(),
            headers(NOW, Map.of("X-Project-Id", P2)),
            null,
            AK,
            SK);

    assertThat(refusal(strict, request).error().code()).isEqualTo("CPS.0001");
  }

  @Test
  void acceptsAConfiguredTokenOnItsOwnProjectOnly() {
    SdkSigner own = new SdkSigner("GET", JOBS, null, Map.of("X-Auth-Token", TOKEN), null);
    SdkSigner other =
        new SdkSigner(
            "GET", "/v1/" + P2 + "/cloud-phone/jobs", null, Map.of("X-Auth-Token", TOKEN), null);
    SdkSigner unknown =
        new SdkSigner("GET", JOBS, null, Map.of("X-Auth-Token", "guess-0000000"), null);

    assertThat(strict.check(own.toServletRequest())).isEmpty();
    assertThat(refusal(strict, other).error().code()).isEqualTo("CPS.0001");
    assertThat(refusal(strict, unknown).getMessage())
        .contains("decrypt token fail")
        .doesNotContain("guess-0000000");
  }

  @Test
  void judgesTheRoutedPathSoAnEncodedPrefixCannotSlipPast() {
    MockHttpServletRequest request =
        new MockHttpServletRequest("GET", "/%761/" + P1 + "/cloud-phone/jobs");
    request.setServletPath(JOBS);

    assertThat(strict.check(request)).isPresent();
  }

  @Test
  void leavesPathsOutsideCphAndTheOperatorApiOpen() {
    MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
    health.setServletPath("/actuator/health");

    assertThat(strict.check(health)).isEmpty();
  }

  @Test
  void guardsTheOperatorApiWithItsOwnToken() {
    assertThat(refusal(strict, operatorRequest(null)).error().code()).isEqualTo("CPS.9401");
    assertThat(refusal(strict, operatorRequest("wrong-token-0000")).getMessage())
        .contains("the value is wrong")
        .doesNotContain(OPERATOR);
    assertThat(strict.check(operatorRequest(OPERATOR).toServletRequest())).isEmpty();
  }

  @Test
  void leavesTheOperatorApiOpenWhenNoOperatorTokenIsSet() {
    Authenticator noOperatorToken =
        new Authenticator(
            new AuthProperties(AuthMode.STRICT, STRICT.credentials(), List.of(), null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(noOperatorToken.check(operatorRequest(null).toServletRequest())).isEmpty();
  }

  @Test
  void inPresentModeAcceptsAnyTokenOrAnySdkSignatureButNothingElse() {
    Authenticator present =
        new Authenticator(
            new AuthProperties(AuthMode.PRESENT, null, null, null), Clock.systemUTC());

    assertThat(present.check(request(Map.of("X-Auth-Token", "anything")))).isEmpty();
    assertThat(present.check(request(Map.of("Authorization", "SDK-HMAC-SHA256 junk")))).isEmpty();
    assertThat(present.check(request(Map.of()))).isPresent();
    assertThat(present.check(request(Map.of("Authorization", "Bearer abc")))).isPresent();
    assertThat(present.check(request(Map.of("X-Auth-Token", " ")))).isPresent();
  }

  @Test
  void inOffModeChecksNothingEvenWithAnOperatorTokenSet() {
    Authenticator off =
        new Authenticator(
            new AuthProperties(AuthMode.OFF, STRICT.credentials(), STRICT.tokens(), OPERATOR),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(off.check(request(Map.of()))).isEmpty();
    assertThat(off.check(request(Map.of("Authorization", "garbage")))).isEmpty();
    assertThat(off.check(operatorRequest(null).toServletRequest())).isEmpty();
  }

  private static SdkSigner signedAt(Instant date, String path, String secretKey) {
    return signedAt(HeaderSet.JAVA, date, path, AK, secretKey);
  }

  private static SdkSigner signedAt(
      HeaderSet set, Instant date, String path, String accessKey, String secretKey) {
    Map<String, String> headers = headers(date, Map.of());
    headers.put("X-Project-Id", path.split("/")[2]); // the SDKs send the path's project
    return SdkSigner.sign(
        set,
        ENDPOINT,
        "GET",
        path,
        Map.of("request_id", "r1"),
        headers,
        null,
        accessKey,
        secretKey);
  }

  /** What the SDK puts on a request before signing: user agent, project, and a preset date. */
  private static Map<String, String> headers(Instant date, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
    headers.put("X-Project-Id", P1);
    headers.put("X-Sdk-Date", SdkSigner.date(date));
    headers.putAll(extra);
    return headers;
  }

  private static MockHttpServletRequest request(Map<String, String> headers) {
    return new SdkSigner("GET", JOBS, null, headers, null).toServletRequest();
  }

  private static SdkSigner operatorRequest(String token) {
    return new SdkSigner(
        "GET",
        "/_emulator/clock",
        null,
        token == null ? Map.of() : Map.of("X-Emulator-Token", token),
        null);
  }

  private static CphException refusal(Authenticator authenticator, SdkSigner request) {
    Optional<CphException> refusal = authenticator.check(request.toServletRequest());
    assertThat(refusal).as("a refusal").isPresent();
    return refusal.get();
  }
}
