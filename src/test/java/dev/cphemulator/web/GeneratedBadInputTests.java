package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.TEST_RUNNER_010;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.RawHttp;
import dev.cphemulator.support.RawHttp.Answer;
import dev.cphemulator.support.RunningEmulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated bad input, over every operation the emulator serves, CPH's and the operator's: wrong
 * JSON types for each field, fields missing, misspelled, duplicated or unknown, nulls, numbers that
 * are huge, negative or fractional, bad enums, strings of bad lengths and characters, bodies that
 * are not JSON, content types other than JSON, bad query parameters, ids in paths that name
 * nothing, methods a path does not take. Every request is bad by construction, and a body is bad in
 * one place only, the rest of it being a body the operation accepts (checked by {@link
 * #everyBodyTheGeneratorsStartFromIsAcceptedAsItIs}): a check that runs after part of the work was
 * done shows as a changed state.
 *
 * <p>For each request: never a 5xx; a 4xx with CPH's error body, exactly {@code request_id}, {@code
 * error_code} and {@code error_msg}, the same request id in {@code X-Request-Id}; and nothing
 * changed (the project's fleet, catalogue and jobs, the fault rules, the clock).
 *
 * <p>A property per family of operations, each drawing from every single-fault mutation of its
 * operations' bodies ({@link #mutationsOf}); requests that were once wrongly accepted, or changed
 * something while refused, are edge cases, tried first in every run. The tries share a project with
 * demo-game 1.0.0 deployed on the documentation's server for as long as none of them changes
 * anything, then get a fresh one; all on an emulator of this class's own, as a request that is
 * wrongly accepted may move the clock or add a fault rule, which other tests must not see.
 */
class GeneratedBadInputTests {

  private static final String PHONE = "1043d57a654e37bcbecee0aebe1dc53c"; // on DOC_SERVER
  private static final String CPH = "/v1/{p}/cloud-phone";
  private static final String JSON = "application/json";
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final AtomicInteger PROJECTS = new AtomicInteger();

  private static RunningEmulator emulator;
  private static RawHttp http;

  /** The project the tries use, until one of them changes something. */
  private static String project = "bad-input-0";

  /** What a request could change, as it was before this try's request. */
  private static State before;

  /** Whether a request was sent whose effects are not yet known to be none. */
  private static boolean dirty = true;

  @BeforeContainer
  static void startEmulator() {
    emulator = RunningEmulator.startManual();
    http = new RawHttp(emulator.port());
  }

  @AfterContainer
  static void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  /**
   * Puts the emulator back in the state every try starts from, unless the last try left it as it
   * found it: no fault rules, the clock in manual mode, and a project with demo-game 1.0.0 deployed
   * on DOC_SERVER, its jobs ended.
   */
  @BeforeTry
  void startFromAKnownState() {
    if (dirty) {
      http.send("DELETE", "/_emulator/faults");
      send("PUT", "/_emulator/clock", JSON, "{\"mode\":\"manual\"}");
      projectWithADeployment();
      before = state();
      dirty = false;
    }
  }

  /** A fresh project with demo-game 1.0.0 deployed on DOC_SERVER, its jobs ended. */
  private static void projectWithADeployment() {
    project = "bad-input-" + PROJECTS.incrementAndGet();
    Answer deploy =
        send(
            "POST",
            CPH + "/servers/action",
            JSON,
            "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
                + DOC_APP_VERSION
                + "\"],\"server_ids\":[\""
                + DOC_SERVER
                + "\"]}}");
    assertThat(deploy.status()).as("setting up: %s", deploy).isEqualTo(200);
    Answer advance = send("POST", "/_emulator/clock/advance", JSON, "{\"by\":\"5s\"}");
    assertThat(advance.status()).as("setting up: %s", advance).isEqualTo(200);
  }

  // --- the properties ---

  @Property(tries = 120)
  void aCphBodyWithABadFieldIsRefusedAndChangesNothing(@ForAll("badCphBodies") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.FIRST)
  void aFleetWithABadFieldIsRefusedAndReplacesNothing(@ForAll("badFleets") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.FIRST)
  void aFaultRuleWithABadFieldIsRefusedAndAddsNoRule(@ForAll("badFaultRules") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.FIRST)
  void aClockChangeWithABadFieldIsRefusedAndLeavesTheClockAlone(
      @ForAll("badClockMoves") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 30)
  void aStatusChangeWithABadFieldIsRefusedAndChangesNothing(
      @ForAll("badStatusChanges") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 40)
  void aBodyThatIsNotAJsonObjectIsRefusedAndChangesNothing(
      @ForAll("malformedBodies") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 30)
  void aGoodBodyOfAContentTypeOtherThanJsonIsRefusedAndChangesNothing(
      @ForAll("wrongContentTypes") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 50)
  void aBadQueryParameterIsRefusedAndChangesNothing(@ForAll("badQueries") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 50)
  void aPathThatNamesNoProjectOrNothingInItIsRefusedAndChangesNothing(
      @ForAll("badPaths") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  @Property(tries = 25)
  void aMethodThePathDoesNotTakeIsRefusedAndChangesNothing(
      @ForAll("wrongMethods") BadRequest request) {
    assertRefusedAndNothingChanged(request);
  }

  /**
   * The generators mutate bodies that are good as they are; if one were not, every mutation of it
   * would be refused for the wrong reason and the properties would prove little.
   */
  @Example
  void everyBodyTheGeneratorsStartFromIsAcceptedAsItIs() {
    dirty = true;
    for (BodyOperation operation : BODY_OPERATIONS) {
      projectWithADeployment();
      before = new State("", "", "", ok(http.send("GET", "/_emulator/clock")));
      Answer answer = send(operation.method(), operation.target(), JSON, operation.templateText());
      assertThat(answer.status())
          .as("%s %s %s: %s", operation.method(), operation.target(), operation.template(), answer)
          .isBetween(200, 299);
      http.send("DELETE", "/_emulator/faults");
    }
  }

  private void assertRefusedAndNothingChanged(BadRequest request) {
    dirty = true;
    Answer answer = send(request.method(), request.target(), request.contentType(), request.body());
    String what = request + "\n  answered " + answer;

    assertThat(answer.status()).as("never a server error: %s", what).isLessThan(500);
    assertThat(answer.status()).as("refused: %s", what).isBetween(400, 499);
    assertThat(answer.header("content-type")).as(what).startsWith("application/json");
    JsonNode body = MAPPER.readTree(answer.body());
    assertThat(body.isObject()).as("an object: %s", what).isTrue();
    assertThat(body.propertyNames())
        .as("CPH's error body: %s", what)
        .containsExactlyInAnyOrder("request_id", "error_code", "error_msg");
    assertThat(body.get("error_code").asString())
        .as("error_code: %s", what)
        .matches("CPS\\.\\d{4}|APIGW\\.\\d{4}");
    assertThat(body.get("error_msg").isString()).as("error_msg: %s", what).isTrue();
    assertThat(body.get("request_id").asString())
        .as("request_id: %s", what)
        .matches("[0-9a-f]{32}");
    assertThat(answer.header("x-request-id"))
        .as("X-Request-Id: %s", what)
        .isEqualTo(body.get("request_id").asString());
    assertThat(state().changesSince(before)).as("nothing changed: %s", what).isEmpty();
    dirty = false;
  }

  // --- state ---

  /** What a request could change: the project's fleet, catalogue and jobs; fault rules; clock. */
  record State(String fleet, String jobs, String faults, String clock) {

    Instant now() {
      return Instant.parse(MAPPER.readTree(clock).get("now").asString());
    }

    /** What differs from an earlier state, part by part, where the two texts part ways. */
    List<String> changesSince(State earlier) {
      List<String> changes = new ArrayList<>();
      compare("fleet", earlier.fleet(), fleet, changes);
      compare("jobs", earlier.jobs(), jobs, changes);
      compare("faults", earlier.faults(), faults, changes);
      compare("clock", earlier.clock(), clock, changes);
      return changes;
    }

    private static void compare(String part, String was, String is, List<String> changes) {
      if (was.equals(is)) {
        return;
      }
      int from = 0;
      while (from < was.length() && from < is.length() && was.charAt(from) == is.charAt(from)) {
        from++;
      }
      int start = Math.max(0, from - 60);
      changes.add(
          part
              + " was ..."
              + was.substring(start, Math.min(was.length(), from + 140))
              + "... and is ..."
              + is.substring(start, Math.min(is.length(), from + 140))
              + "...");
    }
  }

  private static State state() {
    return new State(
        ok(http.send("GET", "/_emulator/projects/" + project + "/fleet")),
        ok(http.send("GET", "/_emulator/projects/" + project + "/jobs")),
        ok(http.send("GET", "/_emulator/faults")),
        ok(http.send("GET", "/_emulator/clock")));
  }

  private static String ok(Answer answer) {
    assertThat(answer.status()).as("reading the state: %s", answer).isEqualTo(200);
    return answer.body();
  }

  /** Sends a request, its {@code {p}}, {@code {future}} and {@code {past}} filled in. */
  private static Answer send(String method, String target, String contentType, String body) {
    Instant now = before == null ? Instant.parse("2026-01-05T10:00:00Z") : before.now();
    String filledBody =
        body == null
            ? null
            : body.replace("{p}", project)
                .replace(
                    "{future}",
                    now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .replace("{past}", now.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
    return http.send(
        method,
        target.replace("{p}", project),
        contentType == null ? Map.of() : Map.of("Content-Type", contentType),
        filledBody);
  }

  /** One generated request, with what makes it bad. */
  record BadRequest(String why, String method, String target, String contentType, String body) {

    @Override
    public String toString() {
      return method
          + " "
          + target
          + (contentType == null ? "" : " [" + contentType + "]")
          + (body == null ? "" : " " + abbreviated(body))
          + "  <- "
          + why;
    }

    private static String abbreviated(String text) {
      return text.length() <= 600
          ? text
          : text.substring(0, 400)
              + "...("
              + text.length()
              + " chars)..."
              + text.substring(text.length() - 150);
    }
  }

  // --- the operations that read a body, and their fields ---

  /** How a field is typed on the wire, which decides what a wrong JSON type for it is. */
  enum Kind {
    /** A string, read strictly: numbers, booleans, arrays and objects are wrong. */
    TEXT("5", "-1", "1.5", "true", "false", "[]", "[\"x\"]", "{}", "{\"a\":\"b\"}"),
    /**
     * A string in a fleet, read leniently about scalars by design ({@code version_code: 1} is the
     * text "1"), so a number is not asserted to be wrong; a boolean, an array or an object is.
     */
    FLEET_TEXT("true", "false", "[]", "[\"x\"]", "{}", "{\"a\":\"b\"}"),
    /**
     * A whole number: strings (numeric or not), fractions, booleans, arrays and objects are wrong.
     */
    WHOLE("\"5\"", "\"abc\"", "\" \"", "\"\"", "1.5", "-0.5", "true", "[]", "[1]", "{}"),
    /** A whole number in a fleet: as lenient as a fleet file, so no numeric strings. */
    FLEET_WHOLE(
        "\"abc\"", "\" \"", "\"\"", "1.5", "-2.5", "0.5", "true", "false", "[]", "[1]", "{}"),
    /** A number, fractions allowed. */
    NUMBER("\"0.5\"", "true", "[]", "[0.5]", "{}"),
    /** A time, written as CPH writes times: a number is not one. */
    TIME("12345", "4102444800", "1.5", "true", "[]", "[\"2026-01-05T10:00:00Z\"]", "{}"),
    /** A job type: its number or its name. */
    JOB_TYPE("true", "32.5", "[]", "[32]", "{}"),
    /** An array of strings. */
    TEXT_LIST(
        "\"x\"",
        "5",
        "true",
        "{}",
        "{\"0\":\"x\"}",
        "[5]",
        "[true]",
        "[1.5]",
        "[[]]",
        "[{}]",
        "[[\"x\"]]"),
    /** An object. */
    OBJECT("\"x\"", "5", "true", "[]", "[{}]"),
    /** An array of objects. */
    OBJECT_LIST("\"x\"", "5", "true", "{}", "[5]", "[\"x\"]", "[[]]", "[true]");

    final List<String> wrongTypes;

    Kind(String... wrongTypes) {
      this.wrongTypes = List.of(wrongTypes);
    }
  }

  /**
   * A field of a body: where it is, its kind, whether the operation requires it, and values of the
   * right JSON type that the operation must refuse.
   */
  record Field(String path, Kind kind, boolean required, List<String> badValues) {}

  static Field required(String path, Kind kind, String... badValues) {
    return new Field(path, kind, true, List.of(badValues));
  }

  static Field optional(String path, Kind kind, String... badValues) {
    return new Field(path, kind, false, List.of(badValues));
  }

  /**
   * An operation that reads a JSON body: a body it accepts, its fields, and whether it refuses keys
   * it does not know (CPH's operations ignore them, as CPH does; fault rules and fleets refuse
   * them) and whether the content type is read (a fleet is read as JSON whatever it says, or as
   * YAML).
   */
  record BodyOperation(
      String method,
      String target,
      String template,
      List<Field> fields,
      boolean refusesUnknownKeys,
      boolean jsonOnly) {

    ObjectNode templateTree() {
      return (ObjectNode) MAPPER.readTree(template);
    }

    String templateText() {
      return MAPPER.writeValueAsString(templateTree());
    }
  }

  static String text(int length) {
    return "\"" + "a".repeat(length) + "\"";
  }

  static String ids(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "\"" + prefix + i + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  static String tooLongProperty() {
    return "\"{\\\"k\\\":\\\"" + "x".repeat(2050) + "\\\"}\"";
  }

  static BodyOperation serverAction(String action) {
    String a = action + ".";
    return new BodyOperation(
        "POST",
        CPH + "/servers/action",
        "{\""
            + action
            + "\":{\"app_version_ids\":[\""
            + DOC_APP_VERSION
            + "\",\""
            + DEMO_GAME_110
            + "\"],\"server_ids\":[\""
            + DOC_SERVER
            + "\",\""
            + SERVER_4_PHONES
            + "\"]}}",
        List.of(
            required(
                action, Kind.OBJECT, "{}", "{\"app_version_ids\":[\"" + DOC_APP_VERSION + "\"]}"),
            required(
                a + "app_version_ids",
                Kind.TEXT_LIST,
                "[]",
                "[\"\"]",
                "[\" \"]",
                "[" + text(65) + "]",
                "[\"no-such-version\"]",
                "[\"" + DOC_APP_VERSION + "\",\"no-such-version\"]",
                "[\"" + DOC_APP_VERSION + "\",null]",
                ids("v", 101)),
            required(
                a + "server_ids",
                Kind.TEXT_LIST,
                "[]",
                "[\"\"]",
                "[\" \"]",
                "[null]",
                "[" + text(65) + "]",
                "[\"" + DOC_SERVER + "\",\"\"]",
                ids("s", 101))),
        false,
        true);
  }

  static final List<BodyOperation> CPH_BODY_OPERATIONS =
      List.of(
          serverAction("batch_deploy_app_version"),
          serverAction("batch_push_app_version"),
          serverAction("batch_remove_app_version"),
          serverAction("batch_undeploy_app_version"),
          new BodyOperation(
              "POST",
              CPH + "/phones/" + PHONE + "/action",
              "{\"update_app_version\":{\"app_version_ids\":[\"" + DOC_APP_VERSION + "\"]}}",
              List.of(
                  required("update_app_version", Kind.OBJECT, "{}"),
                  required(
                      "update_app_version.app_version_ids",
                      Kind.TEXT_LIST,
                      "[]",
                      "[\"\"]",
                      "[" + text(65) + "]",
                      "[\"no-such-version\"]",
                      "[\"" + TEST_RUNNER_010 + "\"]", // not pushed to the phone's server
                      ids("v", 101))),
              false,
              true),
          new BodyOperation(
              "POST",
              CPH + "/apps",
              "{\"name\":\"new-game\",\"package_name\":\"com.example.newgame\",\"description\":\"A new game.\"}",
              List.of(
                  required(
                      "name",
                      Kind.TEXT,
                      "\"\"",
                      "\" \"",
                      text(65),
                      "\"a b\"",
                      "\"caf\u00e9\"",
                      "\"a/b\""),
                  required(
                      "package_name",
                      Kind.TEXT,
                      "\"\"",
                      text(129),
                      "\"com example\"",
                      "\"com/example\""),
                  optional("description", Kind.TEXT, text(257))),
              false,
              true),
          new BodyOperation(
              "POST",
              CPH + "/app-versions",
              "{\"app_id\":\""
                  + DEMO_GAME_APP
                  + "\",\"version_code\":\"900\",\"version_name\":\"9.0.0\","
                  + "\"launch_activity\":\"com.example.demogame.MainActivity\","
                  + "\"bucket_name\":\"cph-demo-apps\",\"object_path\":\"demogame/demogame-9.0.0.tar\"}",
              List.of(
                  required("app_id", Kind.TEXT, "\"\"", text(33), "\"no-such-app\""),
                  required("version_code", Kind.TEXT, "\"\"", text(65), "\"1 0\"", "\"100\""),
                  required("version_name", Kind.TEXT, "\"\"", text(65), "\"v 1\""),
                  required("launch_activity", Kind.TEXT, "\"\"", text(257), "\"a b\""),
                  required(
                      "bucket_name", Kind.TEXT, "\"\"", "\"ab\"", text(64), "\"UPPER\"", "\"a_b\""),
                  required(
                      "object_path",
                      Kind.TEXT,
                      "\"\"",
                      "\"a.zip\"",
                      "\"a.tar.gz\"",
                      "\"" + "a".repeat(1021) + ".tar\"")),
              false,
              true),
          phoneAction("batch-restart"),
          phoneAction("batch-reset"),
          new BodyOperation(
              "POST",
              CPH + "/phones/batch-stop",
              "{\"phone_ids\":[\"" + PHONE + "\"]}",
              List.of(
                  required(
                      "phone_ids",
                      Kind.TEXT_LIST,
                      "[]",
                      "[\"\"]",
                      "[\" \"]",
                      "[null]",
                      "[\"" + PHONE + "\",\"\"]",
                      ids("p", 201))),
              false,
              true),
          new BodyOperation(
              "POST",
              CPH + "/servers/batch-restart",
              "{\"server_ids\":[\"" + DOC_SERVER + "\"]}",
              List.of(
                  required(
                      "server_ids",
                      Kind.TEXT_LIST,
                      "[]",
                      "[\"\"]",
                      "[null]",
                      "[\"" + DOC_SERVER + "\",\"\"]",
                      ids("s", 101))),
              false,
              true));

  /** The clock: switched and moved at once, so that a check made too late shows; moved alone. */
  static final List<BodyOperation> CLOCK_OPERATIONS =
      List.of(
          new BodyOperation(
              "PUT",
              "/_emulator/clock",
              "{\"mode\":\"real\",\"now\":\"{future}\"}",
              List.of(
                  optional("mode", Kind.TEXT, "\"fast\"", "\"realtime\"", "\"\"", "\"man ual\""),
                  optional(
                      "now",
                      Kind.TIME,
                      "\"{past}\"",
                      "\"1970-01-01T00:00:00Z\"",
                      "\"x\"",
                      "\"\"",
                      "\"2026-01-05\"",
                      "\"2026-13-01T00:00:00Z\"",
                      "\"+10000-01-01T00:00:00Z\"")),
              false,
              true),
          new BodyOperation(
              "PUT",
              "/_emulator/clock",
              "{\"now\":\"{future}\"}",
              List.of(required("now", Kind.TIME, "\"{past}\"", "\"yesterday\"")),
              false,
              true),
          new BodyOperation(
              "POST",
              "/_emulator/clock/advance",
              "{\"by\":\"1s\"}",
              List.of(
                  required(
                      "by",
                      Kind.TEXT,
                      "\"-1s\"",
                      "\"PT-1S\"",
                      "\"1.5s\"",
                      "\"abc\"",
                      "\"\"",
                      "\" \"",
                      "\"1y\"",
                      "\"1 s\"",
                      "\"9223372036854775807s\"",
                      "\"106751991167300d\"")),
              false,
              true));

  static final BodyOperation FAULT_RULE =
      new BodyOperation(
          "POST",
          "/_emulator/faults",
          "{\"id\":\"generated-rule\",\"project_id\":\"{p}\",\"job_type\":\"install\","
              + "\"server_id\":\""
              + DOC_SERVER
              + "\",\"phone_id\":\""
              + PHONE
              + "\",\"app_version_id\":\""
              + DOC_APP_VERSION
              + "\",\"effect\":\"fail\",\"error_code\":\"CPS.5001\","
              + "\"error_msg\":\"Install failed: not enough storage.\",\"times\":2,"
              + "\"probability\":0.5,\"seed\":7}",
          List.of(
              optional(
                  "id",
                  Kind.TEXT,
                  "\"\"",
                  "\" \"",
                  "\"a b\"",
                  "\"a/b\"",
                  "\"caf\u00e9\"",
                  text(65)),
              optional("project_id", Kind.TEXT),
              optional(
                  "job_type",
                  Kind.JOB_TYPE,
                  "\"instal\"",
                  "\"INSTALL\"",
                  "\"\"",
                  "\"99\"",
                  "99",
                  "0",
                  "-32"),
              optional("server_id", Kind.TEXT),
              optional("phone_id", Kind.TEXT),
              optional("app_version_id", Kind.TEXT),
              optional("effect", Kind.TEXT, "\"explode\"", "\"STALL\"", "\"\"", "\"stall\""),
              optional("error_code", Kind.TEXT, text(65)),
              optional("error_msg", Kind.TEXT, text(1025)),
              optional("times", Kind.WHOLE, "0", "-1", "99999999999", "1e10"),
              optional("probability", Kind.NUMBER, "-0.1", "1.0001", "2", "-1e-9", "1e400"),
              optional("seed", Kind.WHOLE, "99999999999999999999", "1e30")),
          true,
          true);

  static final List<BodyOperation> STATUS_OPERATIONS =
      List.of(
          new BodyOperation(
              "PUT",
              "/_emulator/projects/{p}/servers/" + DOC_SERVER + "/status",
              "{\"status\":8}",
              List.of(
                  required(
                      "status",
                      Kind.WHOLE,
                      "7",
                      "9",
                      "14",
                      "-1",
                      "99",
                      "2147483648",
                      "-2147483649")),
              false,
              true),
          new BodyOperation(
              "PUT",
              "/_emulator/projects/{p}/phones/" + PHONE + "/status",
              "{\"status\":8}",
              List.of(
                  required("status", Kind.WHOLE, "5", "9", "-1", "-4", "-10", "99", "2147483648")),
              false,
              true));

  static final BodyOperation FLEET =
      new BodyOperation(
          "PUT",
          "/_emulator/projects/{p}/fleet",
          """
              {"servers":[
                 {"server_id":"edge-1","server_name":"edge-one","status":5,"network_version":"v2",
                  "phone_count":3},
                 {"server_id":"edge-2","phones":[{"phone_id":"edge-2-a","status":2},
                                                 {"phone_id":"edge-2-b","status":8}]}],
               "generate":[{"count":2,"phones_per_server":2,"name_prefix":"load"}],
               "apps":[{"app_id":"game","name":"game","package_name":"com.example.game",
                        "versions":[{"app_version_id":"game-v1","version_code":"1",
                                     "object_path":"game/game-1.tar"}]}]}
              """,
          List.of(
              optional("servers", Kind.OBJECT_LIST, "[null]", "[{}]"),
              required(
                  "servers[0].server_id",
                  Kind.FLEET_TEXT,
                  "\"\"",
                  "\" \"",
                  "\"a b\"",
                  "\"a/b\"",
                  "\"caf\u00e9\"",
                  text(65)),
              optional("servers[0].server_name", Kind.FLEET_TEXT, text(66)),
              optional("servers[0].status", Kind.FLEET_WHOLE, "7", "9", "99", "-1"),
              optional("servers[0].network_version", Kind.FLEET_TEXT, "\"v3\"", "\"\""),
              optional("servers[0].phone_count", Kind.FLEET_WHOLE, "-1", "1001", "100000"),
              optional("servers[1].phones", Kind.OBJECT_LIST, "[null]", "[{}]"),
              required(
                  "servers[1].phones[0].phone_id",
                  Kind.FLEET_TEXT,
                  "\"\"",
                  "\" \"",
                  "\"a b\"",
                  text(65)),
              optional("servers[1].phones[1].status", Kind.FLEET_WHOLE, "5", "9", "-1", "99"),
              required("generate[0].count", Kind.FLEET_WHOLE, "0", "-1", "100001"),
              required("generate[0].phones_per_server", Kind.FLEET_WHOLE, "-1", "1001"),
              optional("generate[0].name_prefix", Kind.FLEET_TEXT, "\"\"", "\"a b\"", text(41)),
              optional("apps[0].app_id", Kind.FLEET_TEXT, "\"\"", "\"a b\"", text(33)),
              required("apps[0].name", Kind.FLEET_TEXT, "\"\"", "\" \"", text(65), "\"a b\""),
              required("apps[0].package_name", Kind.FLEET_TEXT, "\"\"", text(129)),
              optional("apps[0].versions", Kind.OBJECT_LIST, "[null]", "[{}]"),
              optional(
                  "apps[0].versions[0].app_version_id",
                  Kind.FLEET_TEXT,
                  "\"\"",
                  "\" \"",
                  "\"a b\"",
                  text(33)),
              required(
                  "apps[0].versions[0].version_code",
                  Kind.FLEET_TEXT,
                  "\"\"",
                  "\" \"",
                  text(65),
                  "\"1 0\""),
              optional("apps[0].versions[0].object_path", Kind.FLEET_TEXT, "\"a.zip\"")),
          true,
          false);

  /** Every operation that reads a body. */
  static final List<BodyOperation> BODY_OPERATIONS =
      java.util.stream.Stream.of(
              CPH_BODY_OPERATIONS.stream(),
              CLOCK_OPERATIONS.stream(),
              java.util.stream.Stream.of(FAULT_RULE),
              STATUS_OPERATIONS.stream(),
              java.util.stream.Stream.of(FLEET))
          .flatMap(s -> s)
          .toList();

  static BodyOperation phoneAction(String action) {
    return new BodyOperation(
        "POST",
        CPH + "/phones/" + action,
        "{\"image_id\":\"image-1\",\"phones\":[{\"phone_id\":\""
            + PHONE
            + "\",\"property\":\"{\\\"com.cph.mainkeys\\\":1}\"}]}",
        List.of(
            optional("image_id", Kind.TEXT),
            required("phones", Kind.OBJECT_LIST, "[]", "[{}]", "[null]", "[{\"property\":\"{}\"}]"),
            required("phones[0].phone_id", Kind.TEXT, "\"\"", "\" \""),
            optional(
                "phones[0].property",
                Kind.TEXT,
                "\"[]\"",
                "\"x\"",
                "\"{\"",
                "\"1\"",
                "\"null\"",
                tooLongProperty())),
        false,
        true);
  }

  // --- mutations of a body ---

  /**
   * Every way the generators get one thing wrong in an operation's body, in a fixed order: each
   * field with each wrong JSON type and each bad value; each field the operation needs set to null,
   * left out and misspelled (where unknown keys are refused, every field); a key nobody knows in
   * each object (where refused); each key written twice. Where unknown keys are ignored, every
   * third request carries one more, which must not make a bad body good.
   */
  static List<BadRequest> mutationsOf(BodyOperation operation) {
    List<Mutation> mutations = new ArrayList<>();
    for (Field field : operation.fields()) {
      field
          .kind()
          .wrongTypes
          .forEach(value -> mutations.add(Mutation.set(field.path(), value, "wrong JSON type")));
      field
          .badValues()
          .forEach(value -> mutations.add(Mutation.set(field.path(), value, "bad value")));
      if (field.required()) {
        mutations.add(Mutation.set(field.path(), "null", "null where a value is required"));
        mutations.add(Mutation.remove(field.path()));
      }
      if (field.required() || operation.refusesUnknownKeys()) {
        for (int variant = 0; variant < MISSPELLINGS; variant++) {
          mutations.add(Mutation.misspell(field.path(), variant));
        }
      }
      mutations.add(Mutation.duplicate(field.path()));
    }
    if (operation.refusesUnknownKeys()) {
      for (String path : objectPaths(operation)) {
        UNKNOWN_KEYS.forEach(key -> mutations.add(Mutation.unknownKey(path, key)));
      }
    }
    List<BadRequest> requests = new ArrayList<>();
    Set<String> bodies = new HashSet<>();
    for (int i = 0; i < mutations.size(); i++) {
      ObjectNode body = operation.templateTree();
      String why = mutations.get(i).apply(body);
      if (!operation.refusesUnknownKeys() && i % 3 == 0) {
        String key = UNKNOWN_KEYS.get(i / 3 % UNKNOWN_KEYS.size());
        body.put(key, "unknown");
        why += ", and an unknown key \"" + key + "\"";
      }
      String text = render(body);
      if (bodies.add(text)) {
        requests.add(new BadRequest(why, operation.method(), operation.target(), JSON, text));
      }
    }
    return requests;
  }

  private static List<BadRequest> mutationsOf(List<BodyOperation> operations) {
    return operations.stream().flatMap(o -> mutationsOf(o).stream()).toList();
  }

  /** Requests that were once wrongly accepted, or wrongly changed something while refused. */
  private static BadRequest regression(BodyOperation operation, Mutation mutation) {
    ObjectNode body = operation.templateTree();
    String why = mutation.apply(body);
    return new BadRequest(why, operation.method(), operation.target(), JSON, render(body));
  }

  private static BadRequest regression(String method, String target, String body, String why) {
    return new BadRequest(why, method, target, JSON, body);
  }

  @Provide
  Arbitrary<BadRequest> badCphBodies() {
    return Arbitraries.of(mutationsOf(CPH_BODY_OPERATIONS));
  }

  @Provide
  Arbitrary<BadRequest> badFleets() {
    return Arbitraries.of(mutationsOf(FLEET))
        .edgeCases(
            config ->
                config.add(
                    regression(FLEET, Mutation.set("servers[0].phone_count", "1.5", "fraction")),
                    regression(FLEET, Mutation.set("servers[0].phone_count", "\" \"", "blank")),
                    regression(FLEET, Mutation.set("servers[0].server_id", "true", "boolean")),
                    regression(
                        FLEET,
                        Mutation.set("apps[0].versions[0].app_version_id", "\"\"", "empty id")),
                    regression(FLEET, Mutation.duplicate("servers[0].server_id")),
                    regression(FLEET, Mutation.duplicate("servers"))));
  }

  @Provide
  Arbitrary<BadRequest> badFaultRules() {
    return Arbitraries.of(mutationsOf(FAULT_RULE))
        .edgeCases(
            config ->
                config.add(
                    regression(
                        "POST", "/_emulator/faults", "{\"job_typ\":\"install\"}", "misspelled key"),
                    regression(FAULT_RULE, Mutation.misspell("job_type", 0))));
  }

  @Provide
  Arbitrary<BadRequest> badClockMoves() {
    return Arbitraries.of(mutationsOf(CLOCK_OPERATIONS))
        .edgeCases(
            config ->
                config.add(
                    regression(
                        "PUT",
                        "/_emulator/clock",
                        "{\"mode\":\"real\",\"now\":\"1970-01-01T00:00:00Z\"}",
                        "a time in the past, and a mode"),
                    regression(
                        "PUT",
                        "/_emulator/clock",
                        "{\"mode\":\"manual\",\"now\":\"1970-01-01T00:00:00Z\"}",
                        "a time in the past, and a mode")));
  }

  @Provide
  Arbitrary<BadRequest> badStatusChanges() {
    return Arbitraries.of(mutationsOf(STATUS_OPERATIONS));
  }

  /** How many ways {@link #misspelled} has. */
  private static final int MISSPELLINGS = 7;

  /** Keys no operation knows. */
  private static final List<String> UNKNOWN_KEYS =
      List.of("unknown", "x_extra", "\u00e9t\u00e9", "", "a.b", "__proto__");

  /** The paths of the objects of an operation's template where a key may be added. */
  private static List<String> objectPaths(BodyOperation operation) {
    List<String> paths = new ArrayList<>();
    collectObjectPaths(operation.templateTree(), "", paths);
    return paths;
  }

  private static void collectObjectPaths(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      out.add(path);
      node.properties()
          .forEach(
              e ->
                  collectObjectPaths(
                      e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjectPaths(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  /** One change to a body; {@link #apply} makes it and says what it did. */
  interface Mutation {

    String apply(ObjectNode body);

    static Mutation set(String path, String json, String why) {
      return body -> {
        Location at = Location.of(body, path);
        at.set(parse(json));
        return why + ": " + path + " = " + abbreviate(json);
      };
    }

    static Mutation remove(String path) {
      return body -> {
        Location at = Location.of(body, path);
        at.remove();
        return "required field missing: " + path;
      };
    }

    static Mutation misspell(String path, int variant) {
      return body -> {
        Location at = Location.of(body, path);
        String wrong = misspelled(at.key, variant, at.parentObject());
        JsonNode value = at.get();
        at.remove();
        at.parentObject().set(wrong, value);
        return "misspelled key: " + path + " written \"" + wrong + "\"";
      };
    }

    static Mutation unknownKey(String objectPath, String key) {
      return body -> {
        ObjectNode object =
            objectPath.isEmpty() ? body : (ObjectNode) Location.of(body, objectPath).get();
        object.put(key, "x");
        return "unknown key \"" + key + "\" in " + (objectPath.isEmpty() ? "the body" : objectPath);
      };
    }

    static Mutation duplicate(String path) {
      return body -> {
        Location at = Location.of(body, path);
        at.parentObject().set(DUPLICATE + at.key, at.get().deepCopy());
        return "duplicate key: " + path;
      };
    }
  }

  /** A key written twice: {@link #render} writes it under its own name. */
  private static final String DUPLICATE = "__duplicate__";

  private static String render(ObjectNode body) {
    return MAPPER.writeValueAsString(body).replace("\"" + DUPLICATE, "\"");
  }

  private static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 60) + "...(" + text.length() + " chars)";
  }

  /** Seven ways to get a key slightly wrong; never the key itself nor a sibling's name. */
  static String misspelled(String key, int variant, ObjectNode siblings) {
    String wrong =
        switch (variant) {
          case 0 -> key.substring(0, key.length() - 1);
          case 1 -> key.substring(0, key.length() / 2) + key.substring(key.length() / 2 + 1);
          case 2 ->
              key.length() < 3
                  ? key + key
                  : key.substring(0, 1) + key.charAt(2) + key.charAt(1) + key.substring(3);
          case 3 -> camelCase(key);
          case 4 -> key.endsWith("s") ? key.substring(0, key.length() - 1) + "z" : key + "s";
          case 5 -> key.replace('_', '-').equals(key) ? key + "_" : key.replace('_', '-');
          default -> key.toUpperCase(java.util.Locale.ROOT);
        };
    if (wrong.isEmpty() || wrong.equals(key) || siblings.has(wrong)) {
      wrong = key + "x";
    }
    return wrong;
  }

  private static String camelCase(String key) {
    if (!key.contains("_")) {
      return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Where a path such as {@code servers[1].phones[0].phone_id} ends in a tree. */
  static final class Location {

    private final JsonNode parent;
    private final String key;
    private final int index;

    private Location(JsonNode parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    static Location of(ObjectNode root, String path) {
      List<Object> steps = new ArrayList<>();
      for (String part : path.split("\\.")) {
        int bracket = part.indexOf('[');
        steps.add(bracket < 0 ? part : part.substring(0, bracket));
        while (bracket >= 0) {
          int close = part.indexOf(']', bracket);
          steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
          bracket = part.indexOf('[', close);
        }
      }
      JsonNode node = root;
      for (int i = 0; i < steps.size() - 1; i++) {
        Object step = steps.get(i);
        node = step instanceof Integer n ? node.get(n) : node.get((String) step);
      }
      Object last = steps.get(steps.size() - 1);
      return last instanceof Integer n
          ? new Location(node, null, n)
          : new Location(node, (String) last, -1);
    }

    JsonNode get() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
      if (key != null) {
        ((ObjectNode) parent).set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) parent).remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    ObjectNode parentObject() {
      return (ObjectNode) parent;
    }
  }

  // --- bodies that are not a JSON object ---

  @Provide
  Arbitrary<BadRequest> malformedBodies() {
    Arbitrary<BadRequest> broken =
        Arbitraries.of(BODY_OPERATIONS)
            .flatMap(
                operation -> {
                  String good = operation.templateText();
                  Arbitrary<String[]> text =
                      Arbitraries.oneOf(
                          Arbitraries.integers()
                              .between(0, good.length() - 1)
                              .map(n -> new String[] {good.substring(0, n), "cut short at " + n}),
                          Arbitraries.of(
                              new String[] {good + "}", "a } too many"},
                              new String[] {good + "x", "data after the object"},
                              new String[] {good + "{}", "a second object after it"},
                              new String[] {good + ",", "a comma after it"},
                              new String[] {good.replace('"', '\''), "single quotes"},
                              new String[] {
                                good.substring(0, good.length() - 1) + ",}", "a trailing comma"
                              },
                              new String[] {"/* note */" + good, "a comment"},
                              new String[] {
                                good.replaceFirst("\"(\\w+)\":", "$1:"), "a key unquoted"
                              },
                              new String[] {"[" + good + "]", "the object in an array"},
                              new String[] {"[]", "an array"},
                              new String[] {"\"" + good.replace("\"", "\\\"") + "\"", "a string"},
                              new String[] {"42", "a number"},
                              new String[] {"true", "a boolean"},
                              new String[] {"null", "null"},
                              new String[] {"", "nothing"},
                              new String[] {"{\"a\":NaN}", "NaN"},
                              new String[] {"{\"a\":\"\\u00\"}", "a broken escape"},
                              new String[] {"{\"a\":\"\u0001\"}", "a raw control character"},
                              new String[] {
                                "{\"a\":".repeat(1200) + "1" + "}".repeat(1200), "nested 1,200 deep"
                              },
                              new String[] {
                                "[".repeat(5000) + "]".repeat(5000), "arrays nested 5,000 deep"
                              }));
                  return text.map(
                      t ->
                          new BadRequest(
                              "not a JSON object: " + t[1],
                              operation.method(),
                              operation.target(),
                              JSON,
                              t[0]));
                });
    Arbitrary<BadRequest> badYaml =
        Arbitraries.of(
                new String[] {"servers: [", "unclosed flow sequence"},
                new String[] {"servers:\n\t- server_id: a\n", "a tab"},
                new String[] {"servers:\n  - server_id: a\n    serverz: 1\n", "an unknown key"},
                new String[] {"servers:\n  - server_id: a\n  - server_id: a b\n", "a bad id"},
                new String[] {"servers:\n  - server_id: a\n    phone_count: 1.5\n", "a fraction"},
                new String[] {"servers:\n  - server_id: a\nservers: []\n", "a duplicate key"},
                new String[] {"- a\n- b\n", "a list"},
                new String[] {"just text", "a scalar"},
                new String[] {"&a [*a]", "a self-referencing anchor"})
            .map(
                t ->
                    new BadRequest(
                        "YAML fleet: " + t[1],
                        "PUT",
                        "/_emulator/projects/{p}/fleet",
                        "application/yaml",
                        t[0]));
    return Arbitraries.frequencyOf(Tuple.of(4, broken), Tuple.of(1, badYaml));
  }

  // --- good bodies sent as something else than JSON ---

  private static final String NO_CONTENT_TYPE = "(no content type)";

  @Provide
  Arbitrary<BadRequest> wrongContentTypes() {
    List<BodyOperation> jsonOnly =
        BODY_OPERATIONS.stream().filter(BodyOperation::jsonOnly).toList();
    Arbitrary<String> types =
        Arbitraries.of(
            NO_CONTENT_TYPE,
            "text/plain",
            "text/html",
            "text/json",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "application/jsonx",
            "application/json;charset=klingon",
            "json",
            "not a media type",
            "*/*",
            "application/*");
    return Combinators.combine(Arbitraries.of(jsonOnly), types)
        .as(
            (operation, type) ->
                new BadRequest(
                    "a good body as " + type,
                    operation.method(),
                    operation.target(),
                    type.equals(NO_CONTENT_TYPE) ? null : type,
                    operation.templateText()));
  }

  // --- query parameters ---

  /** A list and the largest page it serves. */
  record Listing(String path, int maxLimit) {}

  static final List<Listing> LISTINGS =
      List.of(
          new Listing(CPH + "/apps", 100),
          new Listing(CPH + "/apps/" + DEMO_GAME_APP + "/servers", 100),
          new Listing(CPH + "/apps/" + DEMO_GAME_APP + "/phones", 100),
          new Listing(CPH + "/servers/" + DOC_SERVER + "/apps", 100),
          new Listing(CPH + "/phones/" + PHONE + "/apps", 100),
          new Listing(CPH + "/jobs?request_id=some-request", 100),
          new Listing(CPH + "/servers", 100),
          new Listing(CPH + "/phones", 200));

  @Provide
  Arbitrary<BadRequest> badQueries() {
    Arbitrary<BadRequest> paging =
        Arbitraries.of(LISTINGS)
            .flatMap(
                listing ->
                    Arbitraries.of(
                            "limit=0",
                            "limit=-1",
                            "limit=" + (listing.maxLimit() + 1),
                            "limit=1.5",
                            "limit=abc",
                            "limit=",
                            "limit=%20",
                            "limit=99999999999999999999",
                            "limit=1e2",
                            "limit=0x10",
                            "limit=1%2C2",
                            "limit=1&limit=2",
                            "offset=-1",
                            "offset=1.5",
                            "offset=abc",
                            "offset=",
                            "offset=99999999999999999999",
                            "offset=1&offset=2")
                        .map(query -> query(listing.path(), query, "bad paging")));
    Arbitrary<BadRequest> filters =
        Arbitraries.of(
                CPH + "/servers?status=99",
                CPH + "/servers?status=7",
                CPH + "/servers?status=abc",
                CPH + "/servers?status=1.5",
                CPH + "/servers?status=-1",
                CPH + "/servers?create_since=abc",
                CPH + "/servers?create_since=1.5",
                CPH + "/servers?create_until=99999999999999999999",
                CPH + "/servers?network_version=v3",
                CPH + "/servers?network_version=v1,v2",
                CPH + "/phones?status=5",
                CPH + "/phones?status=9",
                CPH + "/phones?status=-4",
                CPH + "/phones?status=x",
                CPH + "/phones?type=x",
                CPH + "/phones?type=1.5",
                CPH + "/apps?name=" + "a".repeat(65),
                CPH + "/jobs",
                CPH + "/jobs?request_id=",
                CPH + "/jobs?limit=10",
                CPH + "/jobs?request_ids=",
                CPH + "/jobs?request_ids=,",
                CPH + "/jobs?request_ids=a,,b",
                CPH + "/jobs?request_id=a&request_ids=",
                CPH
                    + "/jobs?request_ids="
                    + IntStream.range(0, 21)
                        .mapToObj(i -> "r" + i)
                        .collect(Collectors.joining(",")))
            .map(target -> new BadRequest("bad filter", "GET", target, null, null));
    return Arbitraries.oneOf(paging, filters);
  }

  private static BadRequest query(String path, String query, String why) {
    return new BadRequest(why, "GET", path + (path.contains("?") ? "&" : "?") + query, null, null);
  }

  // --- paths ---

  /**
   * An operation with a slot for an id in its path, and a body it would take if the id were good.
   */
  record Slot(String method, String path, String body) {}

  static final List<Slot> ID_SLOTS =
      List.of(
          new Slot("GET", CPH + "/jobs/{id}", null),
          new Slot("GET", CPH + "/servers/{id}", null),
          new Slot("GET", CPH + "/servers/{id}/apps", null),
          new Slot("GET", CPH + "/phones/{id}", null),
          new Slot("GET", CPH + "/phones/{id}/apps", null),
          new Slot("GET", CPH + "/apps/{id}", null),
          new Slot("GET", CPH + "/apps/{id}/servers", null),
          new Slot("GET", CPH + "/apps/{id}/phones", null),
          new Slot("GET", CPH + "/app-versions/{id}", null),
          new Slot("DELETE", CPH + "/apps/{id}", null),
          new Slot("DELETE", CPH + "/app-versions/{id}", null),
          new Slot(
              "POST",
              CPH + "/phones/{id}/action",
              "{\"update_app_version\":{\"app_version_ids\":[\"" + DOC_APP_VERSION + "\"]}}"),
          new Slot("PUT", "/_emulator/projects/{p}/servers/{id}/status", "{\"status\":8}"),
          new Slot("PUT", "/_emulator/projects/{p}/phones/{id}/status", "{\"status\":8}"),
          new Slot("GET", "/_emulator/faults/{id}", null),
          new Slot("DELETE", "/_emulator/faults/{id}", null));

  /** Every path that names a project, with a body it would take. */
  static final List<Slot> PROJECT_PATHS =
      List.of(
          new Slot("GET", "/v1/{project}/cloud-phone/servers", null),
          new Slot("GET", "/v1/{project}/cloud-phone/phones/" + PHONE, null),
          new Slot("GET", "/v1/{project}/cloud-phone/jobs?request_id=r", null),
          new Slot("GET", "/v1/{project}/cloud-phone/apps", null),
          new Slot("DELETE", "/v1/{project}/cloud-phone/app-versions/" + TEST_RUNNER_010, null),
          new Slot(
              "POST",
              "/v1/{project}/cloud-phone/servers/action",
              "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
                  + DOC_APP_VERSION
                  + "\"],\"server_ids\":[\""
                  + DOC_SERVER
                  + "\"]}}"),
          new Slot(
              "POST",
              "/v1/{project}/cloud-phone/apps",
              "{\"name\":\"a\",\"package_name\":\"com.a\"}"),
          new Slot(
              "POST",
              "/v1/{project}/cloud-phone/phones/batch-stop",
              "{\"phone_ids\":[\"" + PHONE + "\"]}"),
          new Slot("POST", "/_emulator/projects/{project}/reset", null),
          new Slot("GET", "/_emulator/projects/{project}/fleet", null),
          new Slot("GET", "/_emulator/projects/{project}/jobs", null),
          new Slot(
              "PUT",
              "/_emulator/projects/{project}/fleet",
              "{\"servers\":[{\"server_id\":\"edge-1\"}]}"),
          new Slot(
              "PUT",
              "/_emulator/projects/{project}/servers/" + DOC_SERVER + "/status",
              "{\"status\":8}"));

  @Provide
  Arbitrary<BadRequest> badPaths() {
    Arbitrary<String> unknownIds =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(40)
                .map(s -> "no-such-" + s),
            Arbitraries.integers().between(65, 300).map(n -> "z".repeat(n)),
            Arbitraries.of(
                "%20", "no%20such", "caf%C3%A9", "x%2Fy", "%2e%2e", "x%00y", "x;y", "%25"));
    Arbitrary<BadRequest> unknown =
        Combinators.combine(Arbitraries.of(ID_SLOTS), unknownIds)
            .as(
                (slot, id) ->
                    new BadRequest(
                        "an id that names nothing: " + id,
                        slot.method(),
                        slot.path().replace("{id}", id),
                        slot.body() == null ? null : JSON,
                        slot.body()));
    Arbitrary<String> badProjects =
        Arbitraries.oneOf(
            Arbitraries.integers().between(65, 200).map(n -> "p".repeat(n)),
            Arbitraries.of(
                "a.b",
                "a~b",
                "a+b",
                "a!b",
                "a%20b",
                "caf%C3%A9",
                "a%2Fb",
                "a%00b",
                "a:b",
                "a@b",
                "%"));
    Arbitrary<BadRequest> badProject =
        Combinators.combine(Arbitraries.of(PROJECT_PATHS), badProjects)
            .as(
                (slot, p) ->
                    new BadRequest(
                        "a project id that cannot be one: " + p,
                        slot.method(),
                        slot.path().replace("{project}", p),
                        slot.body() == null ? null : JSON,
                        slot.body()));
    return Arbitraries.oneOf(unknown, badProject);
  }

  // --- methods ---

  /** Paths and the methods they take. */
  static final Map<String, List<String>> ALLOWED_METHODS =
      Map.ofEntries(
          Map.entry(CPH + "/servers", List.of("GET")),
          Map.entry(CPH + "/servers/" + DOC_SERVER, List.of("GET")),
          Map.entry(CPH + "/servers/batch-restart", List.of("POST")),
          Map.entry(CPH + "/phones", List.of("GET")),
          Map.entry(CPH + "/phones/" + PHONE, List.of("GET")),
          Map.entry(CPH + "/phones/" + PHONE + "/action", List.of("POST")),
          Map.entry(CPH + "/phones/batch-stop", List.of("POST")),
          Map.entry(CPH + "/jobs", List.of("GET")),
          Map.entry(CPH + "/apps", List.of("GET", "POST")),
          Map.entry(CPH + "/apps/" + DEMO_GAME_APP, List.of("GET", "DELETE")),
          Map.entry(CPH + "/app-versions", List.of("POST")),
          Map.entry("/_emulator/reset", List.of("POST")),
          Map.entry("/_emulator/projects/{p}/reset", List.of("POST")),
          Map.entry("/_emulator/projects/{p}/fleet", List.of("GET", "PUT")),
          Map.entry("/_emulator/projects/{p}/jobs", List.of("GET")),
          Map.entry("/_emulator/clock", List.of("GET", "PUT")),
          Map.entry("/_emulator/clock/advance", List.of("POST")),
          Map.entry("/_emulator/clock/settle", List.of("POST")),
          Map.entry("/_emulator/faults", List.of("GET", "POST", "DELETE")));

  @Provide
  Arbitrary<BadRequest> wrongMethods() {
    List<String[]> pairs = new ArrayList<>();
    ALLOWED_METHODS.forEach(
        (path, allowed) ->
            List.of("GET", "POST", "PUT", "DELETE", "PATCH").stream()
                .filter(method -> !allowed.contains(method))
                .forEach(method -> pairs.add(new String[] {method, path})));
    return Arbitraries.of(pairs)
        .map(
            pair ->
                new BadRequest(
                    "a method the path does not take",
                    pair[0],
                    pair[1],
                    pair[0].equals("GET") || pair[0].equals("DELETE") ? null : JSON,
                    pair[0].equals("GET") || pair[0].equals("DELETE") ? null : "{}"));
  }
}
