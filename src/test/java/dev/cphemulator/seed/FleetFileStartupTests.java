package dev.cphemulator.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.cphemulator.CphEmulatorApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

class FleetFileStartupTests {

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {
        "cph.emulator.fleet=src/test/resources/fleets/generated.yaml",
        "cph.emulator.clock.mode=manual"
      })
  class WithAGeneratedFleet {

    @LocalServerPort int port;

    @Test
    void deploysOnAGeneratedServerWithItsSixtyPhones() {
      String server = dev.cphemulator.kernel.Ids.stable("server", "load", "1");

      deploy("any-project", "load-app-v1", server).body("jobs", hasSize(1 + 1 + 60));
    }

    @Test
    void aProjectTheFileDefinesGetsItsOwnFleetAndCatalogue() {
      deploy("tenant-a", "tenant-app-v1", "tenant-a-only").body("jobs", hasSize(1 + 1 + 2));
      deploy("tenant-b", "load-app-v1", "tenant-a-only")
          .body("jobs[0].error_code", equalTo("CPS.0097"));
      deployRefused("tenant-a", "load-app-v1", "tenant-a-only");
    }

    @Test
    void theFilesFaultRulesAreActiveFromTheStart() {
      String requestId =
          deploy("faulty", "load-app-v1", "hand-written-1").extract().path("request_id");
      given().port(port).post("/_emulator/clock/settle").then().statusCode(200);

      given()
          .port(port)
          .get("/v1/faulty/cloud-phone/jobs?request_id=" + requestId)
          .then()
          .body("jobs.find { it.phone_id == 'hw1-phone-b' }.error_code", equalTo("CPS.4242"))
          .body("jobs.find { it.phone_id == 'hw1-phone-a' }.status", equalTo(2));
    }

    private io.restassured.response.ValidatableResponse deploy(
        String project, String version, String server) {
      return given()
          .port(port)
          .contentType("application/json")
          .body(
              Map.of(
                  "batch_deploy_app_version",
                  Map.of("app_version_ids", List.of(version), "server_ids", List.of(server))))
          .post("/v1/{p}/cloud-phone/servers/action", project)
          .then()
          .statusCode(200);
    }

    private void deployRefused(String project, String version, String server) {
      given()
          .port(port)
          .contentType("application/json")
          .body(
              Map.of(
                  "batch_deploy_app_version",
                  Map.of("app_version_ids", List.of(version), "server_ids", List.of(server))))
          .post("/v1/{p}/cloud-phone/servers/action", project)
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.9201"));
    }
  }

  @Nested
  @ExtendWith(OutputCaptureExtension.class)
  class WithABadFleetFile {

    @Test
    void startUpStopsWithOneMessageNamingTheFileTheFieldAndTheProblem(CapturedOutput output) {
      Throwable failure =
          catchThrowable(
              () ->
                  new SpringApplicationBuilder(CphEmulatorApplication.class)
                      .run(
                          "--cph.emulator.fleet=src/test/resources/fleets/bad-status.yaml",
                          "--server.port=0"));

      Throwable root = failure;
      while (root.getCause() != null && !(root instanceof FleetFileException)) {
        root = root.getCause();
      }
      assertThat(root)
          .isInstanceOf(FleetFileException.class)
          .hasMessage(
              "Fleet file src/test/resources/fleets/bad-status.yaml is invalid at"
                  + " servers[1].phones[1].status: 5 is not a CPH phone status (0-4, 6-8, -5 to -9)");
      assertThat(output.getOut() + output.getErr())
          .contains("APPLICATION FAILED TO START")
          .contains(root.getMessage())
          .contains("README");
    }

    @Test
    void aMissingFileIsNamed() {
      Throwable failure =
          catchThrowable(
              () ->
                  new SpringApplicationBuilder(CphEmulatorApplication.class)
                      .run("--cph.emulator.fleet=no/such/fleet.yaml", "--server.port=0"));

      assertThat(failure)
          .rootCause()
          .hasMessage("Fleet file no/such/fleet.yaml is invalid at (file): no such file");
    }
  }
}
