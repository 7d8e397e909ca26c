package dev.cphemulator.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Spring's own errors come out as CPH error bodies, never HTML or Spring's default JSON. */
class ErrorShapeTests extends EmulatorTest {

  @Test
  void anUnknownCphPathIs404WithTheCphBody() {
    cphError(cph().get("/no-such-operation").then(), 404, "CPS.9006")
        .body("error_msg", containsString("/cloud-phone/no-such-operation"));
  }

  @Test
  void aPathOutsideCphIs404WithTheCphBodyToo() {
    cphError(
        io.restassured.RestAssured.given().port(port).accept("text/html").get("/index.html").then(),
        404,
        "CPS.9006");
  }

  @Test
  void aWrongMethodIs405WithTheCphBody() {
    cphError(cph().put("/jobs").then(), 405, "CPS.9007");
  }

  @Test
  void askingForHtmlStillGetsJson() {
    cphError(cph().accept("text/html").get("/jobs/unknown").then(), 404, "CPS.9302");
  }

  @Test
  void aBodilessGetWithAJsonContentTypeIsFine() {
    cph()
        .contentType("application/json")
        .queryParam("request_id", "r")
        .get("/jobs")
        .then()
        .statusCode(200);
  }

  @Test
  void aBodilessGetWithoutContentTypeIsFine() {
    io.restassured.RestAssured.given()
        .port(port)
        .get("/v1/{p}/cloud-phone/jobs?request_id=r", project)
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void aRequestLineTomcatCannotReadGetsTheCphBodyNotHtml() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket
          .getOutputStream()
          .write(
              ("GET /v1/"
                      + project
                      + "/cloud-phone/jobs/\u00e9\u00e9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

      org.assertj.core.api.Assertions.assertThat(answer)
          .startsWith("HTTP/1.1 400")
          .contains("application/json")
          .contains("\"error_code\":\"CPS.9010\"")
          .doesNotContain("<html");
    }
  }

  private static ValidatableResponse cphError(
      ValidatableResponse response, int status, String code) {
    return response
        .statusCode(status)
        .contentType("application/json")
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("error_code", equalTo(code))
        .body("request_id", matchesPattern("[0-9a-f]{32}"))
        .body("error_msg", matchesPattern(".+"));
  }
}
