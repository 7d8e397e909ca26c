package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIsolationTests extends EmulatorTest {

  @Test
  void twoProjectsStartFromTheSameFleetAndNeverSeeEachOthersJobsOrDeployments() {
    String other = Projects.fresh();
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    String jobId = cph().queryParam("request_id", requestId).get("/jobs").path("jobs[0].job_id");
    settle();

    cph(other).queryParam("request_id", requestId).get("/jobs").then().body("jobs", hasSize(0));
    cph(other).get("/jobs/{id}", jobId).then().statusCode(404);
    cph(other)
        .get("/servers/{id}/apps", DOC_SERVER)
        .then()
        .statusCode(200)
        .body("apps", hasSize(0));
    cph().get("/servers/{id}/apps", DOC_SERVER).then().body("apps", hasSize(1));

    // the other project has the same servers (same ids) and can deploy on its own
    cph(other)
        .body(
            Map.of(
                "batch_deploy_app_version",
                Map.of(
                    "app_version_ids",
                    List.of(DOC_APP_VERSION),
                    "server_ids",
                    List.of(SERVER_4_PHONES))))
        .post("/servers/action")
        .then()
        .statusCode(200)
        .body("jobs", hasSize(6));
  }

  @Test
  void aStatusChangedInOneProjectStaysInThatProject() {
    String other = Projects.fresh();
    admin()
        .body(Map.of("status", 10))
        .put("/projects/{p}/servers/{s}/status", project, DOC_SERVER)
        .then()
        .statusCode(200)
        .body("status", equalTo(10));

    assertThat(
            deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("jobs[0].error_code"))
        .isEqualTo("CPS.9101");
    assertThat(deploy(other, List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getList("jobs"))
        .hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has.dot",
        "has%20space",
        "semi%3Bcolon",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" // 65
      })
  void refusesAProjectIdThatIsNotOneTo64LettersDigitsDashesOrUnderscores(String projectId) {
    given()
        .port(port)
        .urlEncodingEnabled(false)
        .get("/v1/" + projectId + "/cloud-phone/jobs?request_id=x")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9005"));
  }

  @Test
  void refusesAnEmptyProjectId() throws Exception {
    // java.net.http keeps the empty segment that other clients would collapse
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + port + "/v1//cloud-phone/jobs?request_id=x"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"error_code\":\"CPS.9005\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/%761/{p}/cloud-phone/jobs",
        "/v1/{p}/%63loud-phone/jobs",
        "/v1;x=1/{p}/cloud-phone/jobs"
      })
  void anySpellingOfACphPathReachesTheProjectNeverA500(String path) throws Exception {
    String raw = path.replace("{p}", project);
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + raw + "?request_id=x"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isIn(200, 404);
    assertThat(response.body()).doesNotContain("CPS.0003");
  }

  @Test
  void takesA64CharacterProjectIdWithDashesAndUnderscores() {
    String longest = "A-_" + "b".repeat(61);
    cph(longest).queryParam("request_id", "x").get("/jobs").then().statusCode(200);
  }

  private static io.restassured.specification.RequestSpecification given() {
    return io.restassured.RestAssured.given();
  }
}
