package dev.cphemulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.auth.AuthProperties.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The canonical request, string to sign and signature against requests captured from the official
 * Java and Go SDKs, with a dummy secret key.
 */
class CanonicalRequestTests {

  static final String PROJECT = "0123456789abcdef0123456789abcdef";
  static final String SK = "EXAMPLE-SK-not-a-real-secret-0000000000";

  /** The headers of the ListCloudPhoneServers request the Java SDK sends, as received. */
  static final Map<String, String> LIST_SERVERS_HEADERS =
      Map.of(
          "host", "127.0.0.1:18080",
          "user-agent", "huaweicloud-usdk-java/3.0",
          "x-project-id", PROJECT,
          "x-sdk-date", "20261129T231914Z");

  static final List<String> SDK_SIGNED_HEADERS =
      List.of("host", "user-agent", "x-project-id", "x-sdk-date");

  @Test
  void rebuildsTheWorkedExampleCanonicalRequestStringToSignAndSignature() {
    String canonical =
        CanonicalRequest.of(
            "GET",
            "/v1/" + PROJECT + "/cloud-phone/servers",
            "offset=0&limit=100",
            SDK_SIGNED_HEADERS,
            LIST_SERVERS_HEADERS::get,
            SdkHmacSha256.payloadHash(new byte[0]));

    assertThat(canonical)
        .isEqualTo(
            """
            GET
            /v1/0123456789abcdef0123456789abcdef/cloud-phone/servers/
            limit=100&offset=0
            host:127.0.0.1:18080
            user-agent:huaweicloud-usdk-java/3.0
            x-project-id:0123456789abcdef0123456789abcdef
            x-sdk-date:20261129T231914Z

            host;user-agent;x-project-id;x-sdk-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\
            """);

    String stringToSign = SdkHmacSha256.stringToSign("20261129T231914Z", canonical);
    assertThat(stringToSign)
        .isEqualTo(
            """
            SDK-HMAC-SHA256
            20261129T231914Z
            1dfb0d5d37f806d7dcf6c58f6bbe05f5bd774f27129ac3abdf857605948bcaec\
            """);

    assertThat(SdkHmacSha256.signature(SK, stringToSign))
        .isEqualTo("49acba83cf0b9bce05486851b07beb0b5b11729f3b51395f05137ced1031a7e5");
  }

  /** ListCloudPhoneServers(offset=0, limit=100) as huaweicloud-sdk-go-v3 v0.1.188 sent it. */
  @Test
  void rebuildsTheGoSdkExampleThatSignsNoHostAndTheAuthenticatorAcceptsIt() {
    String signature = "6dd351d6f78a639313cc8a06af105604168ebe33aeaf967e90cd206071919489";
    MockHttpServletRequest received =
        new MockHttpServletRequest("GET", "/v1/" + PROJECT + "/cloud-phone/servers");
    received.setServletPath(received.getRequestURI());
    received.setQueryString("limit=100&offset=0");
    received.addHeader(
        "Authorization",
        "SDK-HMAC-SHA256 Access=EXAMPLEAK0000000000,"
            + " SignedHeaders=user-agent;x-project-id;x-sdk-date, Signature="
            + signature);
    received.addHeader("Content-Type", "application/json");
    received.addHeader("Host", "127.0.0.1:18401");
    received.addHeader(
        "User-Agent",
        "huaweicloud-usdk-go/3.0; os/Debian_GNU/Linux#12_(bookworm)#amd64 go/go1.19.8;"
            + " app/beb6ae2d-e7a8-41b1-8f1e-1f2537f17d4b");
    received.addHeader("X-Project-Id", PROJECT);
    received.addHeader("X-Sdk-Date", "20261130T133720Z");

    String canonical =
        CanonicalRequest.of(
            received.getMethod(),
            received.getRequestURI(),
            received.getQueryString(),
            AuthorizationHeader.parse(received.getHeader("Authorization"))
                .orElseThrow()
                .headerNames(),
            received::getHeader,
            SdkHmacSha256.payloadHash(new byte[0]));

    assertThat(canonical)
        .isEqualTo(
            """
            GET
            /v1/0123456789abcdef0123456789abcdef/cloud-phone/servers/
            limit=100&offset=0
            user-agent:huaweicloud-usdk-go/3.0; os/Debian_GNU/Linux#12_(bookworm)#amd64 \
            go/go1.19.8; app/beb6ae2d-e7a8-41b1-8f1e-1f2537f17d4b
            x-project-id:0123456789abcdef0123456789abcdef
            x-sdk-date:20261130T133720Z

            user-agent;x-project-id;x-sdk-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\
            """);

    String stringToSign = SdkHmacSha256.stringToSign("20261130T133720Z", canonical);
    assertThat(stringToSign)
        .isEqualTo(
            """
            SDK-HMAC-SHA256
            20261130T133720Z
            2a4617155cd59a7c5520727ece352c2f44e6265080ee18b00b295cdc33149e08\
            """);
    assertThat(SdkHmacSha256.signature(SK, stringToSign)).isEqualTo(signature);

    Authenticator atSigningTime =
        new Authenticator(
            new AuthProperties(
                AuthMode.STRICT,
                List.of(new Credential("EXAMPLEAK0000000000", SK, PROJECT)),
                null,
                null),
            Clock.fixed(Instant.parse("2026-11-30T13:37:20Z"), ZoneOffset.UTC));
    assertThat(atSigningTime.check(received)).isEmpty();
  }

  @Test
  void hashesThePostExampleBodyAndEndsItsPathWithASlash() {
    byte[] body =
        ("{\"batch_deploy_app_version\":"
                + "{\"app_version_ids\":[\"app00000000000000000000000000001\"],"
                + "\"server_ids\":[\"srv0000000000000000000000000001\"]}}")
            .getBytes(StandardCharsets.UTF_8);

    String canonical =
        CanonicalRequest.of(
            "POST",
            "/v1/" + PROJECT + "/cloud-phone/servers/action",
            null,
            SDK_SIGNED_HEADERS,
            LIST_SERVERS_HEADERS::get,
            SdkHmacSha256.payloadHash(body));

    assertThat(SdkHmacSha256.payloadHash(body))
        .isEqualTo("2c67b3b7fb74e1fa5e26b3cbc9a812192d56105df505cc28dfeb90d8de142f48");
    assertThat(canonical.split("\n", -1))
        .startsWith("POST", "/v1/" + PROJECT + "/cloud-phone/servers/action/", "")
        .endsWith("2c67b3b7fb74e1fa5e26b3cbc9a812192d56105df505cc28dfeb90d8de142f48");
    assertThat(
            SdkHmacSha256.signature(SK, SdkHmacSha256.stringToSign("20261129T231914Z", canonical)))
        .isEqualTo("0291cf46522490a8ea55bb7d1f375090e16c31454d79707441534e3db8b602d4");
  }

  /** What OkHttp sends, and what the signer signed. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "phone_name=%E5%90%8D%E5%AD%97%20a%2Bb*c%7Ed%2Fe%3Df%26g%25h"
            + " | phone_name=%E5%90%8D%E5%AD%97%20a%2Bb%2Ac~d%2Fe%3Df%26g%25h",
        "request_ids=r1%2Cr2 | request_ids=r1%2Cr2",
        "server_name= | server_name=",
      })
  void reEncodesQueryValuesFromTheWireFormToTheSignersForm(String wire, String signed) {
    assertThat(CanonicalRequest.query(wire)).isEqualTo(signed);
  }

  @Test
  void reEncodesAPathSegmentFromTheWireFormToTheSignersForm() {
    assertThat(CanonicalRequest.uri("/v1/p/cloud-phone/jobs/ph%20one~*%C3%A4@:+!"))
        .isEqualTo("/v1/p/cloud-phone/jobs/ph%20one~%2A%C3%A4%40%3A%2B%21/");
  }

  @Test
  void encodesEveryByteButUnreservedCharactersInUpperCaseHex() {
    assertThat(CanonicalRequest.encode("名字 a+b*c~d/e=f&g%h"))
        .isEqualTo("%E5%90%8D%E5%AD%97%20a%2Bb%2Ac~d%2Fe%3Df%26g%25h");
    assertThat(CanonicalRequest.encode("AZaz09-._~,:@!")).isEqualTo("AZaz09-._~%2C%3A%40%21");
  }

  @Test
  void sortsTheQueryByEncodedNameAndKeepsTheOrderOfARepeatedName() {
    assertThat(CanonicalRequest.query("limit=100&b=2&a=1&b=1&offset=0"))
        .isEqualTo("a=1&b=2&b=1&limit=100&offset=0");
  }

  @Test
  void givesANameWithoutValueAnEmptyValueAndSkipsEmptyPieces() {
    assertThat(CanonicalRequest.query("flag&&x=1&")).isEqualTo("flag=&x=1");
    assertThat(CanonicalRequest.query(null)).isEmpty();
    assertThat(CanonicalRequest.query("")).isEmpty();
  }

  @Test
  void keepsAPlusAsAPlusAndAStrayPercentAsAPercent() {
    assertThat(CanonicalRequest.query("q=a+b")).isEqualTo("q=a%2Bb");
    assertThat(CanonicalRequest.query("q=100%&r=%zz&s=%4")).isEqualTo("q=100%25&r=%25zz&s=%254");
  }

  @Test
  void endsEveryPathWithOneSlashWhateverTheRequestEndedWith() {
    assertThat(CanonicalRequest.uri("/v1/p/cloud-phone/servers"))
        .isEqualTo("/v1/p/cloud-phone/servers/");
    assertThat(CanonicalRequest.uri("/v1/p/cloud-phone/servers/"))
        .isEqualTo("/v1/p/cloud-phone/servers/");
    assertThat(CanonicalRequest.uri("/")).isEqualTo("/");
    assertThat(CanonicalRequest.uri("//v1/p")).isEqualTo("//v1/p/");
  }

  @Test
  void takesHeaderLinesInTheOrderOfSignedHeadersWithValuesAsReceived() {
    String canonical =
        CanonicalRequest.of(
            "get",
            "/",
            null,
            List.of("host", "x-sdk-date"),
            Map.of("host", "h:1", "x-sdk-date", " 20260105T100000Z ")::get,
            SdkHmacSha256.EMPTY_PAYLOAD);

    assertThat(canonical)
        .isEqualTo(
            "GET\n/\n\nhost:h:1\nx-sdk-date: 20260105T100000Z \n\nhost;x-sdk-date\n"
                + SdkHmacSha256.EMPTY_PAYLOAD);
  }
}
