package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.AppTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server and phone app actions: shapes, per-item errors, whole-request errors, effects. */
class AppActionTests extends AppTest {

  private static final String UNKNOWN_SERVER = "00000000000000000000000000000000";

  /** Two fresh versions of a fresh application. */
  private List<String> twoVersions() {
    String appId = createApp("actions");
    return List.of(createVersion(appId, "1"), createVersion(appId, "2"));
  }

  private void serverStatus(String serverId, int status) {
    admin()
        .body(Map.of("status", status))
        .put("/projects/" + project + "/servers/" + serverId + "/status")
        .then()
        .statusCode(200);
  }

  // --- shapes and per-item errors, one test per action ---

  @Test
  void pushListsOneType31JobPerServerAndVersionAndRefusesBadServersOneByOne() {
    List<String> v = twoVersions();
    serverStatus(SERVER_10_PHONES, 8);

    JsonPath answer =
        serverAction(
            "batch_push_app_version",
            v,
            List.of(SERVER_4_PHONES, UNKNOWN_SERVER, STOPPED_SERVER, SERVER_10_PHONES));

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertThat(jobs).hasSize(5);
    for (int i = 0; i < 2; i++) {
      assertThat(jobs.get(i))
          .containsOnlyKeys("job_type", "job_id", "server_id", "app_version_id")
          .containsEntry("job_type", 31)
          .containsEntry("server_id", SERVER_4_PHONES)
          .containsEntry("app_version_id", v.get(i));
    }
    assertRefused(jobs.get(2), 31, UNKNOWN_SERVER, "CPS.0097", "Parameter: server_id is invalid.");
    assertRefused(
        jobs.get(3), 31, STOPPED_SERVER, "CPS.9101", "Server is not running (status 10).");
    assertRefused(
        jobs.get(4),
        31,
        SERVER_10_PHONES,
        "CPS.1028",
        "No permission to request resources. Server is frozen.");
    assertThat(statuses(answer.getString("request_id"))).hasSize(2);
  }

  @Test
  void removeListsOneType41JobPerServerAndVersionAndRefusesBadServersOneByOne() {
    List<String> v = twoVersions();

    JsonPath answer =
        serverAction(
            "batch_remove_app_version", v, List.of(UNKNOWN_SERVER, DOC_SERVER, STOPPED_SERVER));

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertThat(jobs).hasSize(4);
    assertRefused(jobs.get(0), 41, UNKNOWN_SERVER, "CPS.0097", "Parameter: server_id is invalid.");
    assertThat(jobs.subList(1, 3))
        .allSatisfy(
            job ->
                assertThat(job)
                    .containsOnlyKeys("job_type", "job_id", "server_id", "app_version_id")
                    .containsEntry("job_type", 41)
                    .containsEntry("server_id", DOC_SERVER));
    assertThat(answer.getList("jobs.app_version_id").subList(1, 3)).isEqualTo(v);
    assertRefused(
        jobs.get(3), 41, STOPPED_SERVER, "CPS.9101", "Server is not running (status 10).");
    advance("1s");
    assertThat(statuses(answer.getString("request_id")).values()).containsExactly(2, 2);
  }

  @Test
  void undeployMirrorsDeployServerByServerAndRefusesBadServersOneByOne() {
    List<String> v = twoVersions();
    List<String> phones = phonesOf(SERVER_4_PHONES);

    JsonPath answer =
        serverAction(
            "batch_undeploy_app_version",
            v,
            List.of(STOPPED_SERVER, SERVER_4_PHONES, UNKNOWN_SERVER));

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertThat(jobs).hasSize(1 + (1 + 2 + 2 * 4) + 1);
    assertRefused(
        jobs.get(0), 40, STOPPED_SERVER, "CPS.9101", "Server is not running (status 10).");
    assertThat(jobs.get(1))
        .containsOnlyKeys("job_type", "job_id", "server_id")
        .containsEntry("job_type", 40);
    for (int i = 0; i < 2; i++) {
      assertThat(jobs.get(2 + i))
          .containsOnlyKeys("job_type", "job_id", "server_id", "app_version_id")
          .containsEntry("job_type", 41)
          .containsEntry("app_version_id", v.get(i));
    }
    for (int k = 0; k < 8; k++) {
      assertThat(jobs.get(4 + k))
          .containsOnlyKeys("job_type", "job_id", "server_id", "phone_id", "app_version_id")
          .containsEntry("job_type", 42)
          .containsEntry("server_id", SERVER_4_PHONES)
          .containsEntry("app_version_id", v.get(k / 4))
          .containsEntry("phone_id", phones.get(k % 4));
    }
    assertRefused(jobs.get(12), 40, UNKNOWN_SERVER, "CPS.0097", "Parameter: server_id is invalid.");

    // nothing was there: every job still succeeds
    advance("2s");
    assertThat(statuses(answer.getString("request_id")).values()).hasSize(11).containsOnly(2);
  }

  @Test
  void deployRefusesBadServersOneByOne() {
    List<String> v = twoVersions();

    JsonPath answer =
        serverAction(
            "batch_deploy_app_version", v.subList(0, 1), List.of(UNKNOWN_SERVER, STOPPED_SERVER));

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertRefused(jobs.get(0), 30, UNKNOWN_SERVER, "CPS.0097", "Parameter: server_id is invalid.");
    assertRefused(
        jobs.get(1), 30, STOPPED_SERVER, "CPS.9101", "Server is not running (status 10).");
    assertThat(jobCount()).isZero();
  }

  private static void assertRefused(
      Map<String, Object> entry, int type, String serverId, String code, String message) {
    assertThat(entry)
        .containsOnlyKeys("job_type", "server_id", "error_code", "error_msg")
        .containsEntry("job_type", type)
        .containsEntry("server_id", serverId)
        .containsEntry("error_code", code)
        .containsEntry("error_msg", message);
  }

  // --- whole-request errors of the server actions ---

  static Stream<Arguments> badServerActions() {
    Map<String, Object> fine =
        Map.of("app_version_ids", List.of(DOC_APP_VERSION), "server_ids", List.of(DOC_SERVER));
    return Stream.of(
            "batch_push_app_version",
            "batch_remove_app_version",
            "batch_undeploy_app_version",
            "batch_deploy_app_version")
        .flatMap(
            action ->
                Stream.of(
                    Arguments.of(
                        Map.of(
                            action,
                            Map.of(
                                "app_version_ids",
                                List.of("nope"),
                                "server_ids",
                                List.of(DOC_SERVER))),
                        400,
                        "CPS.9201",
                        "nope"),
                    Arguments.of(
                        Map.of(action, Map.of("server_ids", List.of(DOC_SERVER))),
                        400,
                        "CPS.9001",
                        "app_version_ids"),
                    Arguments.of(
                        Map.of(
                            action,
                            Map.of(
                                "app_version_ids",
                                List.of(DOC_APP_VERSION),
                                "server_ids",
                                List.of())),
                        400,
                        "CPS.9001",
                        "server_ids"),
                    Arguments.of(
                        Map.of(
                            action,
                            fine,
                            action.equals("batch_push_app_version")
                                ? "batch_remove_app_version"
                                : "batch_push_app_version",
                            fine),
                        400,
                        "CPS.9003",
                        "exactly one")));
  }

  @ParameterizedTest
  @MethodSource("badServerActions")
  void aBadServerActionIsRefusedAsAWholeAndCreatesNoJob(
      Map<String, Object> body, int status, String code, String inMessage) {
    cph()
        .body(body)
        .post("/servers/action")
        .then()
        .statusCode(status)
        .body("error_code", equalTo(code))
        .body("error_msg", containsString(inMessage));

    assertThat(jobCount()).isZero();
  }

  // --- UpdateAppVersionOfPhone ---

  @Test
  void anUpdateOfAPhoneIsRefusedAsAWholeWhenItCannotBeDone() {
    List<String> v = twoVersions();
    String phone = phonesOf(SERVER_4_PHONES).get(0);
    serverAction("batch_push_app_version", v.subList(0, 1), List.of(SERVER_4_PHONES));
    advance("3s");
    int jobsBefore = jobCount();

    cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", v)))
        .post("/phones/unknown-phone/action")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.0005"));
    cph()
        .body(Map.of())
        .post("/phones/" + phone + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9003"))
        .body("error_msg", containsString("update_app_version"));
    cph()
        .body(Map.of("other_action", Map.of()))
        .post("/phones/" + phone + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("unknown field 'other_action'"))
        .body("error_msg", containsString("update_app_version"));
    cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", List.of())))
        .post("/phones/" + phone + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("app_version_ids"));
    cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", List.of(v.get(0), "nope"))))
        .post("/phones/" + phone + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9201"));
    cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", v)))
        .post("/phones/" + phone + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9207"))
        .body("error_msg", containsString(v.get(1)))
        .body("error_msg", containsString(SERVER_4_PHONES));

    assertThat(jobCount()).isEqualTo(jobsBefore);
    cph().get("/phones/" + phone + "/apps").then().body("apps", empty());
  }

  @Test
  void anUpdateOnAPhoneWhoseServerStoppedGivesEachVersionAnErrorWithoutServerId() {
    List<String> v = twoVersions();
    String phone = phonesOf(SERVER_4_PHONES).get(1);
    serverAction("batch_push_app_version", v, List.of(SERVER_4_PHONES));
    advance("3s");
    serverStatus(SERVER_4_PHONES, 10);
    int jobsBefore = jobCount();

    JsonPath answer = updatePhone(phone, v);

    List<Map<String, Object>> jobs = answer.getList("jobs");
    assertThat(jobs).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(jobs.get(i))
          .containsOnlyKeys("job_type", "phone_id", "app_version_id", "error_code", "error_msg")
          .containsEntry("job_type", 32)
          .containsEntry("phone_id", phone)
          .containsEntry("app_version_id", v.get(i))
          .containsEntry("error_code", "CPS.9101");
    }
    assertThat(jobCount()).isEqualTo(jobsBefore);
  }

  @Test
  void anUpdateOnAStoppedPhoneFailsWhenDueAndInstallsNothing() {
    List<String> v = twoVersions();
    serverAction("batch_push_app_version", v.subList(0, 1), List.of(SERVER_WITH_STOPPED_PHONE));
    advance("3s");

    JsonPath answer = updatePhone(STOPPED_PHONE, v.subList(0, 1));
    advance("2s");

    Map<String, Object> job =
        listedJob(answer.getString("request_id"), answer.getString("jobs[0].job_id"));
    assertThat(job)
        .containsEntry("status", -1)
        .containsEntry("error_code", "CPS.9102")
        .containsEntry("phone_id", STOPPED_PHONE);
    cph().get("/phones/" + STOPPED_PHONE + "/apps").then().body("apps", empty());
  }

  @Test
  void installingAnotherVersionOfAnAppReplacesTheOneOnThePhone() {
    String appId = createApp("replaced");
    String v1 = createVersion(appId, "1");
    String v2 = createVersion(appId, "2");
    String phone = phonesOf(DOC_SERVER).get(2);
    serverAction("batch_push_app_version", List.of(v1, v2), List.of(DOC_SERVER));
    advance("3s");

    updatePhone(phone, List.of(v1));
    advance("2s");
    cph()
        .get("/phones/" + phone + "/apps")
        .then()
        .body("apps.app_version_id", equalTo(List.of(v1)));
    updatePhone(phone, List.of(v2));
    advance("2s");

    cph()
        .get("/phones/" + phone + "/apps")
        .then()
        .body("apps.app_version_id", equalTo(List.of(v2)));
    cph()
        .get("/apps/" + appId + "/phones")
        .then()
        .body("phones.phone_id", equalTo(List.of(phone)))
        .body("phones.app_version_id", equalTo(List.of(v2)))
        .body("phones[0].version_code", equalTo("2"));
  }

  // --- effects ---

  @Test
  void removingThePackageUndeploysFromTheServerButLeavesThePhonesInstalled() {
    List<String> v = twoVersions();
    serverAction("batch_deploy_app_version", v.subList(0, 1), List.of(SERVER_4_PHONES));
    settle();
    cph()
        .get("/servers/" + SERVER_4_PHONES + "/apps")
        .then()
        .body("apps.app_version_id", equalTo(v.subList(0, 1)));

    serverAction("batch_remove_app_version", v.subList(0, 1), List.of(SERVER_4_PHONES));
    advance("1s");

    cph().get("/servers/" + SERVER_4_PHONES + "/apps").then().body("apps", empty());
    for (String phone : phonesOf(SERVER_4_PHONES)) {
      cph()
          .get("/phones/" + phone + "/apps")
          .then()
          .body("apps.app_version_id", equalTo(v.subList(0, 1)));
    }
  }

  @Test
  void anUndeployOnAServerWithAStoppedPhoneFailsThereAndItsParentFails() {
    List<String> v = twoVersions();

    JsonPath answer =
        serverAction(
            "batch_undeploy_app_version", v.subList(0, 1), List.of(SERVER_WITH_STOPPED_PHONE));
    advance("2s");

    String requestId = answer.getString("request_id");
    List<Map<String, Object>> jobs = answer.getList("jobs");
    Map<String, Object> stopped =
        jobs.stream()
            .filter(j -> STOPPED_PHONE.equals(j.get("phone_id")))
            .findFirst()
            .orElseThrow();
    assertThat(listedJob(requestId, (String) stopped.get("job_id")))
        .containsEntry("status", -1)
        .containsEntry("error_code", "CPS.9102");
    assertThat(listedJob(requestId, (String) jobs.get(0).get("job_id")))
        .containsEntry("status", -1)
        .containsEntry("error_code", "CPS.9304");
    assertThat(statuses(requestId).values()).filteredOn(s -> s == 2).hasSize(jobs.size() - 2);
  }

  @Test
  void aFaultRuleFailsTheUndeployOnOnePhoneAndTheVersionStaysThere() {
    List<String> v = twoVersions();
    String appId = cph().get("/app-versions/" + v.get(0)).then().extract().path("app_id");
    List<String> phones = phonesOf(DOC_SERVER);
    String unlucky = phones.get(3);
    serverAction("batch_deploy_app_version", v.subList(0, 1), List.of(DOC_SERVER));
    advance("5s");
    String ruleId =
        admin()
            .body(
                Map.of(
                    "project_id",
                    project,
                    "job_type",
                    42,
                    "phone_id",
                    unlucky,
                    "error_code",
                    "CPS.1234",
                    "error_msg",
                    "Uninstall interrupted."))
            .post("/faults")
            .then()
            .statusCode(201)
            .extract()
            .path("rule.id");
    try {
      JsonPath answer =
          serverAction("batch_undeploy_app_version", v.subList(0, 1), List.of(DOC_SERVER));
      advance("2s");

      String requestId = answer.getString("request_id");
      List<Map<String, Object>> jobs = answer.getList("jobs");
      for (Map<String, Object> job : jobs) {
        Map<String, Object> listed = listedJob(requestId, (String) job.get("job_id"));
        if (unlucky.equals(job.get("phone_id"))) {
          assertThat(listed)
              .containsEntry("status", -1)
              .containsEntry("error_code", "CPS.1234")
              .containsEntry("error_msg", "Uninstall interrupted.");
        } else if (Integer.valueOf(40).equals(job.get("job_type"))) {
          assertThat(listed).containsEntry("status", -1).containsEntry("error_code", "CPS.9304");
          assertThat((String) listed.get("error_msg"))
              .contains("1 of 7 sub-jobs failed", "CPS.1234");
        } else {
          assertThat(listed).containsEntry("status", 2);
        }
      }
      cph().get("/apps/" + appId + "/servers").then().body("servers", empty());
      cph()
          .get("/apps/" + appId + "/phones")
          .then()
          .body("phones.phone_id", equalTo(List.of(unlucky)));
      cph()
          .delete("/app-versions/" + v.get(0))
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.9206"))
          .body("error_msg", containsString("installed on 1 phone(s)"));
    } finally {
      admin().delete("/faults/" + ruleId).then().statusCode(200);
    }
  }

  @Test
  void aVersionNamedByARunningJobCannotBeDeletedUntilTheJobEnds() {
    List<String> v = twoVersions();
    serverAction("batch_push_app_version", v.subList(0, 1), List.of(SERVER_4_PHONES));

    cph()
        .delete("/app-versions/" + v.get(0))
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9206"))
        .body("error_msg", containsString("named by 1 running job(s)"));

    // the push fails (its server stopped meanwhile): nothing is left using the version
    serverStatus(SERVER_4_PHONES, 10);
    advance("3s");
    cph().delete("/app-versions/" + v.get(0)).then().statusCode(200);
    cph().delete("/app-versions/" + v.get(1)).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"batch_push_app_version", "batch_deploy_app_version"})
  void aVersionPushedOrDeployedCannotBeDeleted(String action) {
    List<String> v = twoVersions();
    serverAction(action, v.subList(0, 1), List.of(SERVER_4_PHONES));
    settle();

    cph()
        .delete("/app-versions/" + v.get(0))
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9206"))
        .body("error_msg", containsString("pushed to 1 server(s)"));
    cph().get("/app-versions/" + v.get(0)).then().statusCode(200);
  }
}
