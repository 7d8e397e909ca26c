package dev.cphemulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
    properties = {"cph.emulator.clock.mode=manual", "cph.emulator.clock.start=2026-01-05T10:00:00Z"})
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
}
