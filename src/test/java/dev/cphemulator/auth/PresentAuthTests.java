package dev.cphemulator.auth;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.cphemulator.support.EmulatorTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Present mode: a credential must be there, any will do; the operator API keeps its own token. */
@TestPropertySource(
    properties = {
      "cph.emulator.auth.mode=present",
      "cph.emulator.auth.operator-token=" + PresentAuthTests.OPERATOR
    })
class PresentAuthTests extends EmulatorTest {

  static final String OPERATOR = "operator-secret-0002";

  @Test
  void acceptsAnyTokenOnAnyProject() {
    cph()
        .header("X-Auth-Token", "whatever")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(200)
        .body("jobs.size()", equalTo(0));
  }

  @Test
  void acceptsAnySdkSignatureWithoutCheckingIt() {
    cph()
        .header("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=x")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(200);
  }

  @Test
  void refusesARequestWithoutCredentials() {
    cph()
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body(
            "error_msg",
            equalTo(
                "Incorrect IAM authentication information: no credentials: send an"
                    + " X-Auth-Token header or an Authorization: SDK-HMAC-SHA256 header"));
  }

  @Test
  void refusesAnotherAuthorizationScheme() {
    cph()
        .header("Authorization", "Bearer abc")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"));
  }

  @Test
  void refusesTwoAuthorizationHeadersAsAmbiguous() {
    cph()
        .header("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=x")
        .header("Authorization", "SDK-HMAC-SHA256 Access=BK, SignedHeaders=host, Signature=y")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body(
            "error_msg",
            equalTo(
                "Incorrect IAM authentication information: ambiguous credentials:"
                    + " more than one Authorization header"));
  }

  @Test
  void refusesTwoTokenHeadersAsAmbiguous() {
    cph()
        .header("X-Auth-Token", "whatever")
        .header("X-Auth-Token", "something-else")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body("error_msg", endsWith("ambiguous credentials: more than one X-Auth-Token header"));
  }

  @Test
  void refusesTwoSdkDateHeadersAsAmbiguous() {
    cph()
        .header("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=x")
        .header("X-Sdk-Date", "20260105T100000Z")
        .header("X-Sdk-Date", "20260105T100100Z")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(401)
        .body("error_code", equalTo("APIGW.0301"))
        .body("error_msg", endsWith("ambiguous credentials: more than one X-Sdk-Date header"));
  }

  @Test
  void theOperatorApiNeedsTheOperatorToken() {
    admin().get("/clock").then().statusCode(401).body("error_code", equalTo("CPS.9401"));
    admin().header("X-Emulator-Token", OPERATOR).get("/clock").then().statusCode(not(401));
  }
}
