package dev.cphemulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the emulator on a random port, on the embedded default fleet, with
 * the clock in manual mode so that time moves only when a test moves it.
 *
 * <p>Each test gets a project of its own ({@link #project}), so tests never see each other's jobs
 * and need no reset; {@link #cph()} is a request aimed at that project's CPH paths.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cph.emulator.clock.mode=manual",
      "cph.emulator.clock.start=2026-01-05T10:00:00Z",
      "cph.emulator.limits.projects=100000"
    })
public abstract class EmulatorTest {

  @LocalServerPort protected int port;

  /** A project id no other test uses. */
  protected String project;

  @BeforeEach
  void newProject() {
    project = Projects.fresh();
  }

  /** A request to this test's project: paths are relative to {@code /v1/{project}/cloud-phone}. */
  protected RequestSpecification cph() {
    return cph(project);
  }

  /** A request to another project's CPH paths. */
  protected RequestSpecification cph(String projectId) {
    return given()
        .port(port)
        .basePath("/v1/" + projectId + "/cloud-phone")
        .contentType(ContentType.JSON);
  }

  /** A request to the operator API: paths are relative to {@code /_emulator}. */
  protected RequestSpecification admin() {
    return given().port(port).basePath("/_emulator").contentType(ContentType.JSON);
  }

  /** Deploys versions to servers in this test's project; answers the action's body. */
  protected JsonPath deploy(List<String> appVersionIds, List<String> serverIds) {
    return deploy(project, appVersionIds, serverIds);
  }

  /** Deploys versions to servers in another project; answers the action's body (200 checked). */
  protected JsonPath deploy(String projectId, List<String> appVersionIds, List<String> serverIds) {
    return cph(projectId)
        .body(
            Map.of(
                "batch_deploy_app_version",
                Map.of("app_version_ids", appVersionIds, "server_ids", serverIds)))
        .post("/servers/action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The jobs of a request, as ListJobs answers them (up to 100). */
  protected List<Map<String, Object>> jobsOf(String requestId) {
    return cph()
        .queryParam("request_id", requestId)
        .get("/jobs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("jobs");
  }

  /** The emulator's time now. */
  protected Instant now() {
    return Instant.parse(admin().get("/clock").then().statusCode(200).extract().path("now"));
  }

  /** Moves the clock forward, e.g. {@code "3s"}. */
  protected Instant advance(String by) {
    return Instant.parse(
        admin()
            .body(Map.of("by", by))
            .post("/clock/advance")
            .then()
            .statusCode(200)
            .extract()
            .path("now"));
  }

  /** Runs the clock until no job can move any more. */
  protected void settle() {
    admin().post("/clock/settle").then().statusCode(200);
  }

  /** Every job this test's project holds, as the operator API shows them. */
  protected List<Map<String, Object>> allJobs() {
    return admin()
        .get("/projects/{project}/jobs", project)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("jobs");
  }
}
