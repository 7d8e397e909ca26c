package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static dev.cphemulator.support.DefaultFleet.TEST_RUNNER_010;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeployTests extends EmulatorTest {

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)),
        Arguments.of(List.of(DOC_APP_VERSION, DEMO_GAME_110), List.of(DOC_SERVER)),
        Arguments.of(
            List.of(DOC_APP_VERSION, TEST_RUNNER_010),
            List.of(DOC_SERVER, SERVER_10_PHONES, SERVER_4_PHONES)),
        Arguments.of(
            List.of(TEST_RUNNER_010, DEMO_GAME_110, DOC_APP_VERSION),
            List.of(SERVER_WITH_STOPPED_PHONE, SERVER_4_PHONES)));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void answersOneDeployPerServerOnePushPerVersionAndOneInstallPerPhoneAndVersion(
      List<String> versions, List<String> servers) {
    Map<String, List<String>> phones = phonesByServer();

    List<Map<String, Object>> jobs = deploy(versions, servers).getList("jobs");

    int expected =
        servers.stream()
            .mapToInt(s -> 1 + versions.size() + phones.get(s).size() * versions.size())
            .sum();
    assertThat(jobs).hasSize(expected);
    assertThat(jobs).extracting(j -> j.get("job_id")).doesNotHaveDuplicates().doesNotContainNull();
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void listsJobsServerByServerThenPushesInRequestOrderThenInstallsByVersionThenPhone(
      List<String> versions, List<String> servers) {
    Map<String, List<String>> phones = phonesByServer();

    List<Map<String, Object>> jobs = deploy(versions, servers).getList("jobs");

    List<String> expected = new ArrayList<>();
    for (String server : servers) {
      expected.add("30/" + server + "//");
      versions.forEach(v -> expected.add("31/" + server + "//" + v));
      for (String version : versions) {
        phones.get(server).forEach(p -> expected.add("32/" + server + "/" + p + "/" + version));
      }
    }
    assertThat(jobs)
        .extracting(
            j ->
                j.get("job_type")
                    + "/"
                    + j.get("server_id")
                    + "/"
                    + (j.get("phone_id") == null ? "" : j.get("phone_id"))
                    + "/"
                    + (j.get("app_version_id") == null ? "" : j.get("app_version_id")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void storesEveryJobRunningUnderTheRequestId() {
    JsonPath answer = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER, SERVER_4_PHONES));

    List<Map<String, Object>> stored = allJobs();

    assertThat(stored).hasSize(answer.getList("jobs").size());
    assertThat(stored)
        .allSatisfy(
            job -> {
              assertThat(job).containsEntry("request_id", answer.getString("request_id"));
              assertThat(job).containsEntry("status", 1);
              assertThat(job.get("begin_time")).isNotNull();
              assertThat(job.get("end_time")).isNull();
            });
    assertThat(stored)
        .filteredOn(job -> "install".equals(job.get("type")))
        .allSatisfy(job -> assertThat(job.get("parent_job_id")).isNotNull());
  }

  @Test
  void refusesUnknownAndStoppedAndFrozenServersInsideTheAnswerWhileTheOthersProceed() {
    admin()
        .body(Map.of("status", 8))
        .put("/projects/{p}/servers/{s}/status", project, SERVER_10_PHONES)
        .then()
        .statusCode(200);

    List<Map<String, Object>> jobs =
        deploy(
                List.of(DOC_APP_VERSION),
                List.of(
                    DOC_SERVER,
                    "no-such-server",
                    STOPPED_SERVER,
                    SERVER_10_PHONES,
                    SERVER_4_PHONES))
            .getList("jobs");

    List<Map<String, Object>> refusals =
        jobs.stream().filter(j -> j.get("job_id") == null).toList();
    assertThat(refusals)
        .containsExactly(
            Map.of(
                "job_type", 30,
                "server_id", "no-such-server",
                "error_code", "CPS.0097",
                "error_msg", "Parameter: server_id is invalid."),
            Map.of(
                "job_type",
                30,
                "server_id",
                STOPPED_SERVER,
                "error_code",
                "CPS.9101",
                "error_msg",
                "Server is not running (status 10)."),
            Map.of(
                "job_type",
                30,
                "server_id",
                SERVER_10_PHONES,
                "error_code",
                "CPS.1028",
                "error_msg",
                "No permission to request resources. Server is frozen."));
    assertThat(jobs.indexOf(refusals.get(0))).isEqualTo(1 + 1 + 6);
    assertThat(jobs).filteredOn(j -> j.get("job_id") != null).hasSize((1 + 1 + 6) + (1 + 1 + 4));
    assertThat(allJobs()).hasSize((1 + 1 + 6) + (1 + 1 + 4));
  }

  @Test
  void countsRepeatedIdsOnceAtTheirFirstPosition() {
    List<Map<String, Object>> jobs =
        deploy(
                List.of(DOC_APP_VERSION, DOC_APP_VERSION),
                List.of(SERVER_4_PHONES, DOC_SERVER, SERVER_4_PHONES))
            .getList("jobs");

    assertThat(jobs).hasSize((1 + 1 + 4) + (1 + 1 + 6));
    assertThat(jobs.get(0)).containsEntry("server_id", SERVER_4_PHONES);
  }

  @Test
  void refusesAnUnknownFieldAndStartsNothing() {
    cph()
        .body(
            Map.of(
                "batch_deploy_app_version",
                Map.of(
                    "app_version_ids", List.of(DOC_APP_VERSION),
                    "server_ids", List.of(DOC_SERVER),
                    "priority", 7)))
        .post("/servers/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            startsWith(
                "Parameter: batch_deploy_app_version.priority is invalid: unknown field"
                    + " 'priority'"));

    assertThat(allJobs()).isEmpty();
  }

  @Test
  void takesAJsonContentTypeWithACharset() {
    cph()
        .contentType("application/json;charset=UTF-8")
        .body(
            "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
                + DOC_APP_VERSION
                + "\"],\"server_ids\":[\""
                + DOC_SERVER
                + "\"]}}")
        .post("/servers/action")
        .then()
        .statusCode(200);
  }

  private Map<String, List<String>> phonesByServer() {
    List<Map<String, Object>> servers =
        admin()
            .get("/projects/{p}/fleet", project)
            .then()
            .statusCode(200)
            .extract()
            .path("servers");
    Map<String, List<String>> phones = new java.util.HashMap<>();
    for (Map<String, Object> server : servers) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> list = (List<Map<String, Object>>) server.get("phones");
      phones.put(
          (String) server.get("server_id"),
          list.stream().map(p -> (String) p.get("phone_id")).toList());
    }
    return phones;
  }
}
