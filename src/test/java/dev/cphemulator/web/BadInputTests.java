package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.RawHttp;
import dev.cphemulator.support.RawHttp.Answer;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input on every kind of operation, CPH's and the operator's, gets CPH's error body with the
 * right status and code, its request id in the body and in {@code X-Request-Id}, and changes
 * nothing. Requests go over a plain socket so that what is sent is exactly what is written here: no
 * client re-encodes a query, adds a charset or refuses a method.
 */
class BadInputTests extends EmulatorTest {

  private static final String PHONE = "1043d57a654e37bcbecee0aebe1dc53c";

  /** Every operation that reads a body, with a body it would accept; {p} is the project. */
  static Stream<Arguments> bodyReadingOperations() {
    String cph = "/v1/{p}/cloud-phone";
    return Stream.of(
        Arguments.of(
            "POST",
            cph + "/servers/action",
            "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
                + DOC_APP_VERSION
                + "\"],\"server_ids\":[\""
                + DOC_SERVER
                + "\"]}}"),
        Arguments.of(
            "POST",
            cph + "/phones/" + PHONE + "/action",
            "{\"update_app_version\":{\"app_version_ids\":[\"" + DOC_APP_VERSION + "\"]}}"),
        Arguments.of("POST", cph + "/apps", "{\"name\":\"a\",\"package_name\":\"com.a\"}"),
        Arguments.of(
            "POST",
            cph + "/app-versions",
            "{\"app_id\":\""
                + DEMO_GAME_APP
                + "\",\"version_code\":\"9\",\"version_name\":\"9\",\"launch_activity\":\"a.B\","
                + "\"bucket_name\":\"bucket\",\"object_path\":\"a.tar\"}"),
        Arguments.of(
            "POST",
            cph + "/phones/batch-restart",
            "{\"phones\":[{\"phone_id\":\"" + PHONE + "\"}]}"),
        Arguments.of(
            "POST", cph + "/phones/batch-reset", "{\"phones\":[{\"phone_id\":\"" + PHONE + "\"}]}"),
        Arguments.of("POST", cph + "/phones/batch-stop", "{\"phone_ids\":[\"" + PHONE + "\"]}"),
        Arguments.of(
            "POST", cph + "/servers/batch-restart", "{\"server_ids\":[\"" + DOC_SERVER + "\"]}"),
        Arguments.of("PUT", "/_emulator/clock", "{\"mode\":\"manual\"}"),
        Arguments.of("POST", "/_emulator/clock/advance", "{\"by\":\"1s\"}"),
        Arguments.of("POST", "/_emulator/faults", "{\"project_id\":\"{p}\"}"),
        Arguments.of(
            "PUT", "/_emulator/projects/{p}/fleet", "{\"servers\":[{\"server_id\":\"edge-1\"}]}"),
        Arguments.of(
            "PUT", "/_emulator/projects/{p}/servers/" + DOC_SERVER + "/status", "{\"status\":8}"),
        Arguments.of(
            "PUT", "/_emulator/projects/{p}/phones/" + PHONE + "/status", "{\"status\":8}"));
  }

  static Stream<Arguments> wildcardBodies() {
    return bodyReadingOperations()
        .flatMap(
            operation ->
                Stream.of("*/*", "application/*")
                    .map(
                        type ->
                            Arguments.of(
                                type, operation.get()[0], operation.get()[1], operation.get()[2])));
  }

  @ParameterizedTest(name = "{0} on {1} {2}")
  @MethodSource("wildcardBodies")
  void aBodyOfAWildcardMediaTypeIsUnsupported(
      String contentType, String method, String path, String body) {
    List<String> before = state();

    Answer answer = send(method, path, Map.of("Content-Type", contentType), body);

    assertThat(cphError(answer, 415, "CPS.9008").getString("error_msg")).contains(contentType);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aContentTypeThatCannotBeParsedIsNamedInTheAnswer() {
    Answer answer =
        send(
            "POST",
            "/v1/{p}/cloud-phone/apps",
            Map.of("Content-Type", "not a media type"),
            "{\"name\":\"a\",\"package_name\":\"com.a\"}");

    assertThat(cphError(answer, 415, "CPS.9008").getString("error_msg"))
        .contains("not a media type");
  }

  static Stream<Arguments> unreadableQueries() {
    List<String> paths =
        List.of(
            "/v1/{p}/cloud-phone/jobs",
            "/v1/{p}/cloud-phone/servers",
            "/v1/{p}/cloud-phone/phones",
            "/v1/{p}/cloud-phone/apps",
            "/v1/{p}/cloud-phone/servers/" + DOC_SERVER + "/apps",
            "/v1/{p}/cloud-phone/phones/" + PHONE + "/apps",
            "/v1/{p}/cloud-phone/apps/" + DEMO_GAME_APP + "/servers",
            "/v1/{p}/cloud-phone/apps/" + DEMO_GAME_APP + "/phones",
            "/actuator/health");
    String tooMany =
        IntStream.range(0, 1001).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
    return paths.stream()
        .flatMap(
            path ->
                Stream.of("limit=%", "offset=%FF", "request_id=%E2%28", "name=a%zz", tooMany)
                    .map(query -> Arguments.of(path, query)));
  }

  @ParameterizedTest(name = "{0}?{1}")
  @MethodSource("unreadableQueries")
  void queryParametersThatCannotBeDecodedAreABadRequest(String path, String query) {
    List<String> before = state();

    Answer answer = send("GET", path + "?" + query, Map.of(), null);

    assertThat(cphError(answer, 400, "CPS.9010").getString("error_msg"))
        .contains("query parameters cannot be read");
    assertThat(state()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PUT    | /_emulator/clock                       | 415 | CPS.9008
          PUT    | /_emulator/projects/{p}/fleet          | 400 | CPS.9802
          DELETE | /_emulator/faults/no-such-rule         | 404 | CPS.9803
          DELETE | /v1/{p}/cloud-phone/apps/no-such-app   | 404 | CPS.9202
          """)
  void aFormBodyIsNeverDecoded(String method, String path, int status, String code) {
    List<String> before = state();

    Answer answer =
        send(method, path, Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=%");

    cphError(answer, status, code);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void theErrorPathAskedForDirectlyIsNotFound() {
    cphError(send("GET", "/error", Map.of(), null), 404, "CPS.9006");
  }

  @Test
  void traceIsNotAllowedWithTheCphBody() {
    Answer answer = send("TRACE", "/v1/{p}/cloud-phone/servers", Map.of(), null);

    assertThat(cphError(answer, 405, "CPS.9007").getString("error_msg"))
        .isEqualTo("Method TRACE is not allowed on /v1/" + project + "/cloud-phone/servers.");
  }

  @Test
  void connectIsNotImplementedAndNotAnInternalError() {
    Answer answer = send("CONNECT", "/v1/{p}/cloud-phone/servers", Map.of(), null);

    cphError(answer, 501, "CPS.9010");
  }

  @Test
  void aTransferCodingTheEmulatorCannotReadIsNotAnInternalError() {
    Answer answer =
        send(
            "POST",
            "/v1/{p}/cloud-phone/apps",
            Map.of("Content-Type", "application/json", "Transfer-Encoding", "gzip"),
            "{}");

    cphError(answer, 501, "CPS.9010");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"servers":[null]}                                                    | servers[0]
          {"generate":[null]}                                                   | generate[0]
          {"apps":[null]}                                                       | apps[0]
          {"servers":[{"server_id":"s1","phones":[null]}]}                      | servers[0].phones[0]
          {"apps":[{"name":"a","package_name":"com.a","versions":[null]}]}      | apps[0].versions[0]
          {"servers":[{"server_id":"s1","phone_count":1001}]}                   | servers[0].phone_count
          {"generate":[{"count":100000,"phones_per_server":11}]}                | generate[0]: the fleet would hold 1100000 phones
          {"generate":[{"count":60000,"phones_per_server":0},{"count":60000,"phones_per_server":0}]} | generate[1]: the fleet would hold 120000 servers
          """)
  void aFleetWithANullEntryOrTooBigIsInvalidAndNotApplied(String fleet, String problem) {
    List<String> before = state();

    Answer answer =
        send(
            "PUT",
            "/_emulator/projects/{p}/fleet",
            Map.of("Content-Type", "application/json"),
            fleet);

    assertThat(cphError(answer, 400, "CPS.9802").getString("error_msg"))
        .startsWith("The fleet is invalid at " + problem);
    assertThat(state()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"by\":\"9223372036854775807s\"}", "{\"by\":\"106751991167300d\"}"})
  void theClockCannotBeAdvancedBeyondTheLastTimeCphCanWrite(String body) {
    List<String> before = state();

    Answer answer =
        send("POST", "/_emulator/clock/advance", Map.of("Content-Type", "application/json"), body);

    assertThat(cphError(answer, 400, "CPS.9801").getString("error_msg"))
        .contains("cannot go past 9999-12-31T23:59:59Z");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void theClockCannotBeSetBeyondTheLastTimeCphCanWrite() {
    List<String> before = state();

    Answer answer =
        send(
            "PUT",
            "/_emulator/clock",
            Map.of("Content-Type", "application/json"),
            "{\"now\":\"+10000-01-01T00:00:00Z\"}");

    cphError(answer, 400, "CPS.9801");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aTimeThatIsNotATimeIsNamedAsSuch() {
    Answer answer =
        send(
            "PUT",
            "/_emulator/clock",
            Map.of("Content-Type", "application/json"),
            "{\"now\":\"x\"}");

    assertThat(cphError(answer, 400, "CPS.9001").getString("error_msg"))
        .isEqualTo("Parameter: now is invalid: expected a time such as \"2026-01-05T10:00:00Z\"");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          PUT  | /_emulator/projects/{p}/phones/1043d57a654e37bcbecee0aebe1dc53c/status | {"status":2.5}                 | status
          PUT  | /_emulator/projects/{p}/servers/88b8449b896f3a4f0ad57222dd91909/status  | {"status":8.0}                 | status
          POST | /_emulator/faults                                                       | {"project_id":"{p}","times":1.5} | times
          POST | /_emulator/faults                                                       | {"project_id":"{p}","seed":0.5}  | seed
          """)
  void aFractionWhereAWholeNumberBelongsIsRefused(
      String method, String path, String body, String field) {
    List<String> before = state();

    Answer answer = send(method, path, Map.of("Content-Type", "application/json"), body);

    assertThat(cphError(answer, 400, "CPS.9001").getString("error_msg"))
        .isEqualTo("Parameter: " + field + " is invalid: expected a whole number");
    assertThat(state()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "a b", "caf\u00e9", "a%2Fb"})
  void aFaultRuleIdThatNoPathCanNameIsRefused(String id) {
    List<String> before = state();

    Answer answer =
        send(
            "POST",
            "/_emulator/faults",
            Map.of("Content-Type", "application/json; charset=UTF-8"),
            "{\"project_id\":\"{p}\",\"id\":\"" + id + "\"}");

    assertThat(cphError(answer, 400, "CPS.9001").getString("error_msg"))
        .startsWith("Parameter: id is invalid");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anAssignedFaultRuleIdNeverRepeatsOneAClientGave() {
    List<String> ids = new ArrayList<>();
    try {
      String first = addRule("{\"project_id\":\"" + project + "\"}");
      ids.add(first);
      String next = "f-" + (Long.parseLong(first.substring(2)) + 1);
      ids.add(addRule("{\"project_id\":\"" + project + "\",\"id\":\"" + next + "\"}"));

      String assigned = addRule("{\"project_id\":\"" + project + "\"}");
      ids.add(assigned);

      assertThat(assigned).isNotEqualTo(next);
      assertThat(admin().get("/faults").jsonPath().getList("rule.id", String.class))
          .doesNotHaveDuplicates();
    } finally {
      ids.forEach(id -> admin().delete("/faults/{id}", id));
    }
  }

  private String addRule(String body) {
    return admin().body(body).post("/faults").then().statusCode(201).extract().path("rule.id");
  }

  // --- what a request may not change ---

  /** What this test's requests could change: the project's jobs and fleet, fault rules, clock. */
  private List<String> state() {
    return List.of(
        admin().get("/projects/{p}/jobs", project).asString(),
        admin().get("/projects/{p}/fleet", project).asString(),
        admin().get("/faults").asString(),
        admin().get("/clock").asString());
  }

  // --- the answer ---

  private static JsonPath cphError(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/json");
    JsonPath body = new JsonPath(answer.body());
    assertThat(body.getMap("").keySet())
        .as(answer.toString())
        .containsExactlyInAnyOrder("request_id", "error_code", "error_msg");
    assertThat(body.getString("error_code")).as(answer.toString()).isEqualTo(code);
    assertThat(body.getString("request_id")).matches("[0-9a-f]{32}");
    assertThat(answer.header("x-request-id")).isEqualTo(body.getString("request_id"));
    return body;
  }

  /**
   * Sends one request, written as given ({@code {p}} replaced by this test's project), and reads
   * the whole answer.
   */
  private Answer send(String method, String target, Map<String, String> headers, String body) {
    return new RawHttp(port)
        .send(
            method,
            target.replace("{p}", project),
            headers,
            body == null ? null : body.replace("{p}", project));
  }
}
