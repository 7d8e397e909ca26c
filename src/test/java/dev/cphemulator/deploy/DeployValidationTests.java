package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.EmulatorTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad deploy request: a CPH error body, the right status and code, and no job stored. */
class DeployValidationTests extends EmulatorTest {

  private static final String V = "\"" + DOC_APP_VERSION + "\"";
  private static final String S = "\"" + DOC_SERVER + "\"";

  static String deploy(String versions, String servers) {
    return "{\"batch_deploy_app_version\":{\"app_version_ids\":"
        + versions
        + ",\"server_ids\":"
        + servers
        + "}}";
  }

  static String ids(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "\"id-" + i + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  static Stream<Arguments> badBodies() {
    String longId = "\"" + "a".repeat(65) + "\"";
    return Stream.of(
        Arguments.of("malformed JSON", "{\"batch_deploy_app_version\": {", 400, "CPS.9002"),
        Arguments.of(
            "trailing garbage", deploy("[" + V + "]", "[" + S + "]") + " x", 400, "CPS.9002"),
        Arguments.of("empty body", "", 400, "CPS.9002"),
        Arguments.of("body is an array", "[]", 400, "CPS.9001"),
        Arguments.of("body is a string", "\"deploy\"", 400, "CPS.9001"),
        Arguments.of("action missing", "{}", 400, "CPS.9003"),
        Arguments.of("action null", "{\"batch_deploy_app_version\": null}", 400, "CPS.9003"),
        Arguments.of(
            "action not an object", "{\"batch_deploy_app_version\": [1]}", 400, "CPS.9001"),
        Arguments.of("action a number", "{\"batch_deploy_app_version\": 5}", 400, "CPS.9001"),
        Arguments.of(
            "two actions",
            "{\"batch_deploy_app_version\":{\"app_version_ids\":["
                + V
                + "],\"server_ids\":["
                + S
                + "]},\"batch_push_app_version\":{\"app_version_ids\":["
                + V
                + "],\"server_ids\":["
                + S
                + "]}}",
            400,
            "CPS.9003"),
        Arguments.of(
            "duplicate key",
            "{\"batch_deploy_app_version\":{\"app_version_ids\":["
                + V
                + "],\"server_ids\":["
                + S
                + "]},\"batch_deploy_app_version\":{\"app_version_ids\":["
                + V
                + "],\"server_ids\":["
                + S
                + "]}}",
            400,
            "CPS.9002"),
        Arguments.of(
            "versions missing",
            "{\"batch_deploy_app_version\":{\"server_ids\":[" + S + "]}}",
            400,
            "CPS.9001"),
        Arguments.of(
            "servers missing",
            "{\"batch_deploy_app_version\":{\"app_version_ids\":[" + V + "]}}",
            400,
            "CPS.9001"),
        Arguments.of("versions empty", deploy("[]", "[" + S + "]"), 400, "CPS.9001"),
        Arguments.of("servers empty", deploy("[" + V + "]", "[]"), 400, "CPS.9001"),
        Arguments.of("versions not an array", deploy(V, "[" + S + "]"), 400, "CPS.9001"),
        Arguments.of("servers not an array", deploy("[" + V + "]", "{}"), 400, "CPS.9001"),
        Arguments.of(
            "a number among the ids", deploy("[" + V + "]", "[" + S + ", 7]"), 400, "CPS.9001"),
        Arguments.of(
            "a null among the ids", deploy("[" + V + ", null]", "[" + S + "]"), 400, "CPS.9001"),
        Arguments.of("an object among the ids", deploy("[" + V + "]", "[{}]"), 400, "CPS.9001"),
        Arguments.of("an empty id", deploy("[\"\"]", "[" + S + "]"), 400, "CPS.9001"),
        Arguments.of(
            "a version id of 65 characters",
            deploy("[" + longId + "]", "[" + S + "]"),
            400,
            "CPS.9001"),
        Arguments.of(
            "a server id of 65 characters",
            deploy("[" + V + "]", "[" + longId + "]"),
            400,
            "CPS.0016"),
        Arguments.of(
            "an empty server id", deploy("[" + V + "]", "[" + S + ", \"\"]"), 400, "CPS.0016"),
        Arguments.of("a blank server id", deploy("[" + V + "]", "[\"  \"]"), 400, "CPS.0016"),
        Arguments.of(
            "a null server id", deploy("[" + V + "]", "[" + S + ", null]"), 400, "CPS.0016"),
        Arguments.of("101 servers", deploy("[" + V + "]", ids(101)), 400, "CPS.9001"),
        Arguments.of("101 versions", deploy(ids(101), "[" + S + "]"), 400, "CPS.9001"),
        Arguments.of(
            "an unknown app version",
            deploy("[" + V + ", \"no-such-version\"]", "[" + S + "]"),
            400,
            "CPS.9201"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void refusesTheWholeRequestAndStoresNothing(String what, String body, int status, String code) {
    cph()
        .body(body)
        .post("/servers/action")
        .then()
        .statusCode(status)
        .contentType("application/json")
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("error_code", equalTo(code))
        .body("request_id", matchesPattern("[0-9a-f]{32}"))
        .body("error_msg", matchesPattern(".+"));

    assertThat(allJobs()).isEmpty();
  }

  @Test
  void namesTheFieldThatIsWrong() {
    cph()
        .body(deploy("[" + V + "]", "[" + S + ", 7]"))
        .post("/servers/action")
        .then()
        .statusCode(400)
        .body(
            "error_msg",
            equalTo(
                "Parameter: batch_deploy_app_version.server_ids[1] is invalid: expected a string"));
  }

  @Test
  void aMalformedServerIdGetsCphsCodeAndMessageInEveryServerAction() {
    for (String action : ServerActionRequest.ACTIONS) {
      cph()
          .body(
              "{\""
                  + action
                  + "\":{\"app_version_ids\":["
                  + V
                  + "],\"server_ids\":["
                  + S
                  + ",\"\"]}}")
          .post("/servers/action")
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.0016"))
          .body("error_msg", equalTo("server_id is invalid."));
    }
    assertThat(allJobs()).isEmpty();
  }

  @Test
  void answers415ToABodyThatIsNotJson() {
    cph()
        .contentType("text/plain")
        .body("batch_deploy_app_version")
        .post("/servers/action")
        .then()
        .statusCode(415)
        .body("error_code", equalTo("CPS.9008"));

    assertThat(allJobs()).isEmpty();
  }

  @Test
  void answers413ToABodyOverTheCap() {
    String padding = String.join("", Collections.nCopies(1_100_000, "x"));
    cph()
        .body(
            "{\"batch_deploy_app_version\":{\"app_version_ids\":["
                + V
                + "],\"server_ids\":["
                + S
                + "]},\"padding\":\""
                + padding
                + "\"}")
        .post("/servers/action")
        .then()
        .statusCode(413)
        .body("error_code", equalTo("CPS.9009"))
        .body("error_msg", containsString("1048576"));

    assertThat(allJobs()).isEmpty();
  }

  @Test
  void answers413ToAChunkedBodyOverTheCapToo() throws Exception {
    byte[] body = ("{\"padding\":\"" + "x".repeat(1_100_000) + "\"}").getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + "/v1/" + project + "/cloud-phone/servers/action"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"error_code\":\"CPS.9009\"");
    assertThat(allJobs()).isEmpty();
  }
}
