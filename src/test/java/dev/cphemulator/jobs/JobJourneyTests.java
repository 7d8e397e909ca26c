package dev.cphemulator.jobs;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.cphemulator.kernel.CphTime;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's story on a manual clock: deploy, poll, watch jobs end, see the fleet changed. */
class JobJourneyTests extends EmulatorTest {

  @Test
  void deployThenPollThenSeeTheVersionOnTheServerAndEveryPhone() {
    Instant start = now();
    JsonPath deploy = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
    String requestId = deploy.getString("request_id");

    List<Map<String, Object>> jobs = jobsOf(requestId);
    assertThat(jobs).hasSize(8).allSatisfy(job -> assertThat(job).containsEntry("status", 1));
    assertThat(jobs).extracting(j -> j.get("begin_time")).containsOnly(CphTime.format(start));

    advance("3s");
    jobs = jobsOf(requestId);
    assertThat(jobs.get(0)).containsEntry("status", 1); // the deploy (30) waits for its sub-jobs
    assertThat(jobs.get(1))
        .containsEntry("status", 2) // the push (31)
        .containsEntry("end_time", CphTime.format(start.plusSeconds(3)));
    assertThat(jobs.subList(2, 8)).allSatisfy(job -> assertThat(job).containsEntry("status", 1));
    noAppsOn(DOC_SERVER);

    settle();
    jobs = jobsOf(requestId);
    assertThat(jobs)
        .allSatisfy(
            job ->
                assertThat(job)
                    .containsEntry("status", 2)
                    .containsEntry("error_code", null)
                    .containsEntry("error_msg", null));
    assertThat(jobs.get(2)).containsEntry("end_time", CphTime.format(start.plusSeconds(5)));

    cph()
        .get("/servers/{id}/apps", DOC_SERVER)
        .then()
        .statusCode(200)
        .body("apps", hasSize(1))
        .body("apps[0].app_version_id", equalTo(DOC_APP_VERSION))
        .body("apps[0].app_id", equalTo(DEMO_GAME_APP))
        .body("apps[0].package_name", equalTo("com.example.demogame"))
        .body("apps[0].version_name", equalTo("1.0.0"));
    for (Map<String, Object> install : jobs.subList(2, 8)) {
      cph()
          .get("/phones/{id}/apps", install.get("phone_id"))
          .then()
          .statusCode(200)
          .body("apps", hasSize(1))
          .body("apps[0].app_version_id", equalTo(DOC_APP_VERSION));
    }
  }

  @Test
  void aPhoneThatIsNotRunningFailsItsInstallAndTheServersDeployWhileTheOthersGetTheApp() {
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(SERVER_WITH_STOPPED_PHONE))
            .getString("request_id");

    settle();

    List<Map<String, Object>> jobs = jobsOf(requestId);
    Map<String, Object> stopped =
        jobs.stream()
            .filter(j -> STOPPED_PHONE.equals(j.get("phone_id")))
            .findFirst()
            .orElseThrow();
    assertThat(stopped)
        .containsEntry("status", -1)
        .containsEntry("error_code", "CPS.9102")
        .containsEntry("error_msg", "Phone is not running (status 8).");
    assertThat(jobs.get(0)).containsEntry("status", -1).containsEntry("error_code", "CPS.9304");
    assertThat(jobs).filteredOn(j -> j.get("status").equals(2)).hasSize(1 + 7);
    cph().get("/phones/{id}/apps", STOPPED_PHONE).then().statusCode(200).body("apps", hasSize(0));
    cph()
        .get("/servers/{id}/apps", SERVER_WITH_STOPPED_PHONE)
        .then()
        .statusCode(200)
        .body("apps", hasSize(1));
  }

  @Test
  void aChosenPhoneFailsWithAChosenCodeAndTheOtherPhonesGetTheApp() {
    String victim = phonesOf(DOC_SERVER).get(2);
    admin()
        .body(
            Map.of(
                "project_id",
                project,
                "job_type",
                32,
                "phone_id",
                victim,
                "error_code",
                "CPS.5001",
                "error_msg",
                "Install failed: not enough storage."))
        .post("/faults")
        .then()
        .statusCode(201)
        .body("rule.effect", equalTo("fail"));
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");

    settle();

    List<Map<String, Object>> jobs = jobsOf(requestId);
    assertThat(jobs.get(0)).containsEntry("status", -1);
    assertThat(jobs)
        .filteredOn(j -> victim.equals(j.get("phone_id")))
        .singleElement()
        .satisfies(
            j ->
                assertThat(j)
                    .containsEntry("status", -1)
                    .containsEntry("error_code", "CPS.5001")
                    .containsEntry("error_msg", "Install failed: not enough storage."));
    for (String phone : phonesOf(DOC_SERVER)) {
      cph()
          .get("/phones/{id}/apps", phone)
          .then()
          .body("apps", hasSize(phone.equals(victim) ? 0 : 1));
    }
    admin().delete("/faults").then().statusCode(200);
  }

  @Test
  void aStalledPushHoldsItsInstallsUntilTheRuleIsRemoved() {
    String ruleId =
        admin()
            .body(Map.of("project_id", project, "job_type", "push", "effect", "stall"))
            .post("/faults")
            .then()
            .statusCode(201)
            .extract()
            .path("rule.id");
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");

    advance("1h");
    assertThat(jobsOf(requestId)).allSatisfy(j -> assertThat(j).containsEntry("status", 1));
    admin()
        .get("/projects/{p}/jobs", project)
        .then()
        .body("jobs.find { it.type == 'push' }.stalled_by", equalTo(ruleId));

    admin().delete("/faults/{id}", ruleId).then().statusCode(200);
    assertThat(jobsOf(requestId).get(1)).containsEntry("status", 2);
    settle();
    assertThat(jobsOf(requestId)).allSatisfy(j -> assertThat(j).containsEntry("status", 2));
  }

  @Test
  void aRuleForTheNextTwoInstallsFailsTwoAndThenExpires() {
    admin()
        .body(Map.of("project_id", project, "job_type", "install", "times", 2))
        .post("/faults")
        .then()
        .statusCode(201)
        .body("remaining", equalTo(2));
    String first = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    settle();
    String second = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    settle();

    assertThat(jobsOf(first)).filteredOn(j -> j.get("status").equals(-1)).hasSize(1 + 2);
    assertThat(jobsOf(second)).allSatisfy(j -> assertThat(j).containsEntry("status", 2));
    admin()
        .get("/faults")
        .then()
        .body("find { it.rule.project_id == '" + project + "' }.remaining", equalTo(0));
    admin().delete("/faults").then().statusCode(200);
  }

  @Test
  void showJobAnswersExactlyTheSdkFieldsWithNullsForWhatIsNotSet() {
    String jobId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("jobs[2].job_id");

    Map<String, Object> running =
        cph().get("/jobs/{id}", jobId).then().statusCode(200).extract().jsonPath().getMap("");
    assertThat(running)
        .containsOnlyKeys(
            "request_id",
            "job_id",
            "begin_time",
            "end_time",
            "status",
            "phone_id",
            "server_id",
            "error_code",
            "error_msg",
            "execute_msg")
        .containsEntry("job_id", jobId)
        .containsEntry("status", 1)
        .containsEntry("server_id", DOC_SERVER)
        .containsEntry("end_time", null)
        .containsEntry("execute_msg", null);
    assertThat((String) running.get("begin_time"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    settle();
    cph()
        .get("/jobs/{id}", jobId)
        .then()
        .body("status", equalTo(2))
        .body(
            "end_time",
            org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))
        .body("error_code", nullValue());
  }

  @Test
  void aJobOfAnotherProjectIsNotFound() {
    String jobId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("jobs[0].job_id");

    cph("someone-else")
        .get("/jobs/{id}", jobId)
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.9302"))
        .body("error_msg", equalTo("Job is not found."));
    cph("someone-else")
        .queryParam("request_id", jobId)
        .get("/jobs")
        .then()
        .statusCode(200)
        .body("jobs", hasSize(0));
  }

  @Test
  void listJobsTakesUpToTwentyRequestIdsWhichWinOverRequestIdAndPages() {
    String a = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    String b = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");

    JsonPath both =
        cph()
            .queryParam("request_ids", b + "," + a)
            .queryParam("request_id", "ignored")
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(both.getList("jobs")).hasSize(16);
    assertThat(both.getList("jobs.job_id").subList(0, 8))
        .containsExactlyElementsOf(jobsOf(b).stream().map(j -> j.get("job_id")).toList());

    cph()
        .queryParam("request_ids", a)
        .queryParam("offset", 6)
        .queryParam("limit", 5)
        .get("/jobs")
        .then()
        .statusCode(200)
        .body("jobs", hasSize(2));
    assertThat(
            cph()
                .queryParam("request_id", a)
                .get("/jobs")
                .then()
                .extract()
                .jsonPath()
                .getMap("jobs[0]"))
        .doesNotContainKey("job_type");
  }

  @Test
  void listJobsRefusesBadParameters() {
    cph().get("/jobs").then().statusCode(400).body("error_code", equalTo("CPS.9001"));
    String twentyOne =
        java.util.stream.IntStream.rangeClosed(1, 21)
            .mapToObj(i -> "r" + i)
            .collect(java.util.stream.Collectors.joining(","));
    cph()
        .queryParam("request_ids", twentyOne)
        .get("/jobs")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
    cph().queryParam("request_ids", "a,,b").get("/jobs").then().statusCode(400);
    for (String[] paging :
        new String[][] {{"-1", "10"}, {"0", "0"}, {"0", "101"}, {"x", "10"}, {"0", "1.5"}}) {
      cph()
          .queryParam("request_id", "r")
          .queryParam("offset", paging[0])
          .queryParam("limit", paging[1])
          .get("/jobs")
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.0002"))
          .body("error_msg", equalTo("Parameter: offset or limit is invalid."));
    }
  }

  private void noAppsOn(String serverId) {
    cph().get("/servers/{id}/apps", serverId).then().statusCode(200).body("apps", hasSize(0));
  }

  private List<String> phonesOf(String serverId) {
    return admin()
        .get("/projects/{p}/fleet", project)
        .then()
        .extract()
        .jsonPath()
        .getList("servers.find { it.server_id == '" + serverId + "' }.phones.phone_id");
  }
}
