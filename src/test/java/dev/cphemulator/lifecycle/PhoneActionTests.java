package dev.cphemulator.lifecycle;

import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PhoneActionTests extends EmulatorTest {

  @Autowired VirtualClock clock;
  @Autowired FaultPlan faults;
  private final List<String> rules = new ArrayList<>();

  @AfterEach
  void removeRules() {
    rules.forEach(faults::remove);
  }

  List<String> phonesOf(String serverId) {
    return cph()
        .queryParam("server_id", serverId)
        .get("/phones")
        .then()
        .extract()
        .jsonPath()
        .getList("phones.phone_id", String.class);
  }

  int statusOf(String phoneId) {
    return cph()
        .get("/phones/{id}", phoneId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("status");
  }

  static String restartBody(String... phoneIds) {
    return "{\"phones\":["
        + String.join(
            ",",
            java.util.Arrays.stream(phoneIds).map(id -> "{\"phone_id\":\"" + id + "\"}").toList())
        + "]}";
  }

  static String stopBody(String... phoneIds) {
    return "{\"phone_ids\":[\"" + String.join("\",\"", phoneIds) + "\"]}";
  }

  void failJobs(String jobType) {
    rules.add(
        faults
            .add(
                new FaultRule(
                    null,
                    project,
                    jobType,
                    null,
                    null,
                    null,
                    null,
                    "CPS.0003",
                    "Service internal error.",
                    null,
                    null,
                    null))
            .id());
  }

  @ParameterizedTest(name = "{0}: {2} while running, then {3}, or {4} if the job fails")
  @CsvSource({
    "batch-restart, 5, 4, 2, -6, phone-restart",
    "batch-reset,   5, 3, 2, -5, phone-reset",
    "batch-stop,    3, 7, 8, -9, phone-stop",
  })
  void movesThePhoneThroughItsTransitionalStatusToTheFinalOne(
      String path, int seconds, int during, int after, int failed, String jobType) {
    List<String> phones = phonesOf(DOC_SERVER);
    String ok = phones.get(0);
    String bad = phones.get(1);
    rules.add(
        faults
            .add(
                new FaultRule(
                    null, project, jobType, null, bad, null, null, null, null, null, null, null))
            .id());
    String body = path.equals("batch-stop") ? stopBody(ok, bad) : restartBody(ok, bad);

    JsonPath answer =
        cph()
            .body(body)
            .post("/phones/" + path)
            .then()
            .statusCode(200)
            .body("request_id", matchesPattern("[0-9a-f]{32}"))
            .body("jobs", hasSize(2))
            .body("jobs[0].phone_id", equalTo(ok))
            .body("jobs[0].job_id", matchesPattern("[0-9a-f]{32}"))
            .extract()
            .jsonPath();
    assertThat(answer.getMap("jobs[0]")).containsOnlyKeys("phone_id", "job_id");
    assertThat(statusOf(ok)).isEqualTo(during);
    assertThat(statusOf(bad)).isEqualTo(during);

    clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
    assertThat(statusOf(ok)).isEqualTo(during);
    clock.advance(Duration.ofMillis(1));
    assertThat(statusOf(ok)).isEqualTo(after);
    assertThat(statusOf(bad)).isEqualTo(failed);

    JsonPath job =
        cph()
            .get("/jobs/{id}", answer.getString("jobs[0].job_id"))
            .then()
            .body("status", equalTo(2))
            .body("phone_id", equalTo(ok))
            .body("server_id", equalTo(DOC_SERVER))
            .body("error_code", nullValue())
            .extract()
            .jsonPath();
    assertThat(Instant.parse(job.getString("end_time")))
        .isEqualTo(Instant.parse(job.getString("begin_time")).plusSeconds(seconds));
    cph()
        .get("/jobs/{id}", answer.getString("jobs[1].job_id"))
        .then()
        .body("status", equalTo(-1))
        .body("error_code", equalTo("CPS.9301"));
  }

  @Test
  void answersAPerItemCps0005ForAnUnknownPhoneAndStillActsOnTheOthers() {
    String phone = phonesOf(DOC_SERVER).get(0);
    String unknown = "0123456789abcdef0123456789abcdef";
    JsonPath answer =
        cph()
            .body(restartBody(unknown, phone))
            .post("/phones/batch-restart")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getMap("jobs[0]"))
        .containsOnly(
            Map.entry("phone_id", unknown),
            Map.entry("error_code", "CPS.0005"),
            Map.entry("error_msg", "Phone is not found."));
    assertThat(answer.getString("jobs[1].job_id")).matches("[0-9a-f]{32}");
    cph()
        .queryParam("request_id", answer.getString("request_id"))
        .get("/jobs")
        .then()
        .body("jobs", hasSize(1))
        .body("jobs[0].phone_id", equalTo(phone));
  }

  @Test
  void refusesAPhoneThatIsBusyWithAnotherAction() {
    String phone = phonesOf(DOC_SERVER).get(0);
    cph().body(restartBody(phone)).post("/phones/batch-restart").then().statusCode(200);
    for (String path : List.of("batch-restart", "batch-reset")) {
      cph()
          .body(restartBody(phone))
          .post("/phones/" + path)
          .then()
          .statusCode(200)
          .body("jobs[0].job_id", nullValue())
          .body("jobs[0].error_code", equalTo("CPS.9105"))
          .body(
              "jobs[0].error_msg",
              equalTo("Phone is busy (status 4): its current action has not ended."));
    }
    cph()
        .body(stopBody(phone))
        .post("/phones/batch-stop")
        .then()
        .body("jobs[0].error_code", equalTo("CPS.9105"));
    clock.advance(Duration.ofSeconds(5));
    cph()
        .body(stopBody(phone))
        .post("/phones/batch-stop")
        .then()
        .body("jobs[0].job_id", matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void stopsAPhoneOnlyOnceButRestartsAStoppedOne() {
    cph()
        .body(stopBody(STOPPED_PHONE))
        .post("/phones/batch-stop")
        .then()
        .statusCode(200)
        .body("jobs[0].error_code", equalTo("CPS.9106"))
        .body("jobs[0].error_msg", equalTo("Phone cannot be stopped in status 8."));
    cph()
        .body(restartBody(STOPPED_PHONE))
        .post("/phones/batch-restart")
        .then()
        .body("jobs[0].job_id", matchesPattern("[0-9a-f]{32}"));
    assertThat(statusOf(STOPPED_PHONE)).isEqualTo(4);
    clock.advance(Duration.ofSeconds(5));
    assertThat(statusOf(STOPPED_PHONE)).isEqualTo(2);
  }

  @Test
  void refusesThePhonesOfAServerThatIsNotRunning() {
    String phone = phonesOf(STOPPED_SERVER).get(0);
    cph()
        .body(restartBody(phone))
        .post("/phones/batch-restart")
        .then()
        .statusCode(200)
        .body("jobs[0].phone_id", equalTo(phone))
        .body("jobs[0].error_code", equalTo("CPS.9101"))
        .body("jobs[0].error_msg", equalTo("Server is not running (status 10)."));
    assertThat(statusOf(phone)).isEqualTo(8);
  }

  @Test
  void actsOnceOnAPhoneNamedTwice() {
    String phone = phonesOf(DOC_SERVER).get(0);
    cph().body(stopBody(phone, phone)).post("/phones/batch-stop").then().body("jobs", hasSize(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "batch-restart | {\"phones\":[]}              | CPS.0009",
        "batch-restart | {}                            | CPS.0009",
        "batch-reset   | {\"image_id\":\"x\"}          | CPS.0009",
        "batch-stop    | {\"phone_ids\":[]}            | CPS.0009",
        "batch-stop    | {\"phone_ids\":[\"a\",\" \"]} | CPS.0004",
        "batch-restart | {\"phones\":[{\"property\":\"{}\"}]} | CPS.0004",
        "batch-restart | {\"phones\":[null]}          | CPS.0004",
        "batch-stop    | {\"phone_ids\":\"a\"}         | CPS.9001",
        "batch-stop    | {\"phone_ids\":[1]}           | CPS.9001",
        "batch-stop    | not json                      | CPS.9002",
      })
  void refusesABadRequestAsAWholeAndChangesNothing(String path, String body, String code) {
    String phone = phonesOf(DOC_SERVER).get(0);
    String withPhone = body.replace("\"a\"", "\"" + phone + "\"");
    cph()
        .body(withPhone)
        .post("/phones/" + path)
        .then()
        .statusCode(400)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("error_code", equalTo(code));
    assertThat(statusOf(phone)).isEqualTo(2);
  }

  @Test
  void refusesAPropertyThatIsNotAJsonObjectBeforeTouchingAnyPhone() {
    String phone = phonesOf(DOC_SERVER).get(0);
    cph()
        .body(
            "{\"phones\":[{\"phone_id\":\""
                + phone
                + "\"},{\"phone_id\":\"x\",\"property\":\"[1]\"}]}")
        .post("/phones/batch-restart")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            org.hamcrest.Matchers.startsWith("Parameter: phones[1].property is invalid"));
    assertThat(statusOf(phone)).isEqualTo(2);
  }

  @Test
  void refusesMoreThan200Phones() {
    String[] ids = new String[201];
    java.util.Arrays.fill(ids, "x");
    cph()
        .body(stopBody(ids))
        .post("/phones/batch-stop")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
  }

  @Test
  void setsTheGivenPropertiesWhenARestartSucceedsAndResetsThemWithAReset() {
    String phone = phonesOf(DOC_SERVER).get(0);
    JsonNode before = property(phone);
    cph()
        .body(
            "{\"phones\":[{\"phone_id\":\""
                + phone
                + "\",\"property\":\"{\\\"com.cph.mainkeys\\\":1,\\\"persist.sys.language\\\":\\\"en\\\"}\"}]}")
        .post("/phones/batch-restart")
        .then()
        .statusCode(200);
    assertThat(property(phone)).isEqualTo(before);
    clock.advance(Duration.ofSeconds(5));
    JsonNode restarted = property(phone);
    assertThat(restarted.get("com.cph.mainkeys").asInt()).isEqualTo(1);
    assertThat(restarted.get("persist.sys.language").asString()).isEqualTo("en");
    assertThat(restarted.get("sys.prop.writeimsi")).isEqualTo(before.get("sys.prop.writeimsi"));

    cph()
        .body(
            "{\"phones\":[{\"phone_id\":\""
                + phone
                + "\",\"property\":\"{\\\"gsm.sim.operator.iso-country\\\":\\\"fr\\\"}\"}]}")
        .post("/phones/batch-reset")
        .then()
        .statusCode(200);
    clock.advance(Duration.ofSeconds(5));
    JsonNode reset = property(phone);
    assertThat(reset.get("com.cph.mainkeys").asInt()).isZero();
    assertThat(reset.has("persist.sys.language")).isFalse();
    assertThat(reset.get("gsm.sim.operator.iso-country").asString()).isEqualTo("fr");
  }

  @Test
  void startsExactlyOneJobWhenManyClientsRestartOnePhoneAtOnce() throws Exception {
    String phone = phonesOf(DOC_SERVER).get(0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<JsonPath>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(
            () ->
                cph()
                    .body(restartBody(phone))
                    .post("/phones/batch-restart")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath());
      }
      int started = 0;
      int busy = 0;
      for (Future<JsonPath> result : pool.invokeAll(calls)) {
        JsonPath answer = result.get();
        if (answer.getString("jobs[0].job_id") != null) {
          started++;
        } else if ("CPS.9105".equals(answer.getString("jobs[0].error_code"))) {
          busy++;
        }
      }
      assertThat(started).isEqualTo(1);
      assertThat(busy).isEqualTo(15);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private JsonNode property(String phoneId) {
    String text =
        cph().get("/phones/{id}", phoneId).then().extract().jsonPath().getString("property");
    return JsonMapper.shared().readTree(text);
  }
}
