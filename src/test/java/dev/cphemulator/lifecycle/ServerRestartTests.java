package dev.cphemulator.lifecycle;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class ServerRestartTests extends EmulatorTest {

  static final String SERVER = SERVER_WITH_STOPPED_PHONE;

  @Autowired VirtualClock clock;
  @Autowired FaultPlan faults;

  int serverStatus(String serverId) {
    return cph()
        .get("/servers/{id}", serverId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("status");
  }

  Map<String, Integer> phoneStatuses(String serverId) {
    JsonPath phones =
        cph().queryParam("server_id", serverId).get("/phones").then().extract().jsonPath();
    List<String> ids = phones.getList("phones.phone_id", String.class);
    List<Integer> statuses = phones.getList("phones.status", Integer.class);
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), statuses.get(i));
    }
    return out;
  }

  static String body(String... serverIds) {
    return "{\"server_ids\":[\"" + String.join("\",\"", serverIds) + "\"]}";
  }

  @Test
  void restartsTheServerAndItsRunningPhonesWhileStoppedPhonesStayStopped() {
    JsonPath answer =
        cph()
            .body(body(SERVER))
            .post("/servers/batch-restart")
            .then()
            .statusCode(200)
            .body("request_id", matchesPattern("[0-9a-f]{32}"))
            .body("jobs", hasSize(1))
            .extract()
            .jsonPath();
    assertThat(answer.getMap("jobs[0]"))
        .containsOnlyKeys("server_id", "job_id")
        .containsEntry("server_id", SERVER);

    assertThat(serverStatus(SERVER)).isEqualTo(13);
    Map<String, Integer> during = phoneStatuses(SERVER);
    assertThat(during).containsEntry(STOPPED_PHONE, 8);
    assertThat(during.entrySet())
        .filteredOn(e -> !e.getKey().equals(STOPPED_PHONE))
        .extracting(Map.Entry::getValue)
        .containsOnly(4);

    clock.advance(Duration.ofSeconds(10));
    assertThat(serverStatus(SERVER)).isEqualTo(5);
    Map<String, Integer> after = phoneStatuses(SERVER);
    assertThat(after).containsEntry(STOPPED_PHONE, 8);
    assertThat(after.entrySet())
        .filteredOn(e -> !e.getKey().equals(STOPPED_PHONE))
        .extracting(Map.Entry::getValue)
        .containsOnly(2);
    cph()
        .get("/jobs/{id}", answer.getString("jobs[0].job_id"))
        .then()
        .body("status", equalTo(2))
        .body("server_id", equalTo(SERVER))
        .body("phone_id", nullValue());
  }

  @Test
  void leavesTheServerAbnormalAndItsPhonesRestartFailedWhenTheJobFails() {
    String rule =
        faults
            .add(
                new FaultRule(
                    null,
                    project,
                    "server-restart",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .id();
    try {
      cph().body(body(SERVER)).post("/servers/batch-restart").then().statusCode(200);
      clock.advance(Duration.ofSeconds(10));
      assertThat(serverStatus(SERVER)).isEqualTo(2);
      assertThat(phoneStatuses(SERVER).values()).containsOnly(-6, 8);
      // an abnormal server can be restarted again
      cph()
          .body(body(SERVER))
          .post("/servers/batch-restart")
          .then()
          .body("jobs[0].job_id", matchesPattern("[0-9a-f]{32}"));
    } finally {
      faults.remove(rule);
    }
  }

  @Test
  void answersPerItemErrorsForUnknownStoppedAndRestartingServers() {
    String unknown = "0123456789abcdef0123456789abcdef";
    cph().body(body(SERVER)).post("/servers/batch-restart").then().statusCode(200);
    JsonPath answer =
        cph()
            .body(body(unknown, STOPPED_SERVER, SERVER))
            .post("/servers/batch-restart")
            .then()
            .statusCode(200)
            .body("jobs", hasSize(3))
            .body("jobs.job_id", everyItem(nullValue()))
            .extract()
            .jsonPath();
    assertThat(answer.getMap("jobs[0]"))
        .containsOnly(
            Map.entry("server_id", unknown),
            Map.entry("error_code", "CPS.0097"),
            Map.entry("error_msg", "Parameter: server_id is invalid."));
    assertThat(answer.getString("jobs[1].error_code")).isEqualTo("CPS.9101");
    assertThat(answer.getString("jobs[1].error_msg"))
        .isEqualTo("Server is not running (status 10).");
    assertThat(answer.getString("jobs[2].error_code")).isEqualTo("CPS.9107");
    assertThat(answer.getString("jobs[2].error_msg"))
        .isEqualTo("Server is busy (status 13): its current action has not ended.");
  }

  @Test
  void refusesPhoneActionsAndAppActionsOnARestartingServer() {
    cph().body(body(SERVER)).post("/servers/batch-restart").then().statusCode(200);
    cph()
        .body("{\"phone_ids\":[\"" + STOPPED_PHONE + "\"]}")
        .post("/phones/batch-stop")
        .then()
        .body("jobs[0].error_code", equalTo("CPS.9107"));
    cph()
        .body(
            "{\"batch_deploy_app_version\":{\"server_ids\":[\""
                + SERVER
                + "\"],\"app_version_ids\":[\""
                + DOC_APP_VERSION
                + "\"]}}")
        .post("/servers/action")
        .then()
        .statusCode(200)
        .body("jobs[0].error_code", equalTo("CPS.9101"))
        .body("jobs[0].error_msg", equalTo("Server is not running (status 13)."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"server_ids\":[]}        | CPS.9104 | Parameter: server_id list is empty.",
        "{}                          | CPS.9104 | Parameter: server_id list is empty.",
        "{\"server_ids\":[\"\"]}    | CPS.0016 | server_id is invalid.",
        "{\"server_ids\":[null]}    | CPS.0016 | server_id is invalid.",
      })
  void refusesABadRequestAsAWhole(String body, String code, String message) {
    cph()
        .body(body)
        .post("/servers/batch-restart")
        .then()
        .statusCode(400)
        .body("error_code", equalTo(code))
        .body("error_msg", equalTo(message));
  }

  @Test
  void refusesMoreThan100Servers() {
    String[] ids = new String[101];
    java.util.Arrays.fill(ids, SERVER);
    cph()
        .body(body(ids))
        .post("/servers/batch-restart")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
    assertThat(serverStatus(SERVER)).isEqualTo(5);
  }
}
