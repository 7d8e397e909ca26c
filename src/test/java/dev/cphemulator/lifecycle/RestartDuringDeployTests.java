package dev.cphemulator.lifecycle;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A phone that is restarting when its install's time comes cannot take the install. */
class RestartDuringDeployTests extends EmulatorTest {

  @Autowired VirtualClock clock;

  @Test
  void theInstallOnAPhoneThatIsRestartingFailsWhileTheOtherPhonesGetTheApp() {
    String deployRequest =
        cph()
            .body(
                "{\"batch_deploy_app_version\":{\"server_ids\":[\""
                    + DOC_SERVER
                    + "\"],\"app_version_ids\":[\""
                    + DOC_APP_VERSION
                    + "\"]}}")
            .post("/servers/action")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("request_id");
    String restarting =
        cph()
            .queryParam("server_id", DOC_SERVER)
            .get("/phones")
            .then()
            .extract()
            .jsonPath()
            .getString("phones[2].phone_id");

    // push takes 3 s and installs 2 s more; the restart, sent at 1 s, lasts until 6 s
    clock.advance(Duration.ofSeconds(1));
    cph()
        .body("{\"phones\":[{\"phone_id\":\"" + restarting + "\"}]}")
        .post("/phones/batch-restart")
        .then()
        .statusCode(200);
    clock.advance(Duration.ofSeconds(10));

    JsonPath jobs =
        cph()
            .queryParam("request_id", deployRequest)
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> installs =
        jobs.<Map<String, Object>>getList("jobs").stream()
            .filter(job -> job.get("phone_id") != null)
            .toList();
    assertThat(installs).hasSize(6);
    assertThat(installs)
        .filteredOn(job -> restarting.equals(job.get("phone_id")))
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.get("status")).isEqualTo(-1);
              assertThat(job.get("error_code")).isEqualTo("CPS.9102");
              assertThat(job.get("error_msg")).isEqualTo("Phone is not running (status 4).");
            });
    assertThat(installs)
        .filteredOn(job -> !restarting.equals(job.get("phone_id")))
        .hasSize(5)
        .allSatisfy(job -> assertThat(job.get("status")).isEqualTo(2));
    assertThat(jobs.getInt("jobs[0].status")).as("the server's deploy job").isEqualTo(-1);
    assertThat(cph().get("/phones/{id}", restarting).then().extract().jsonPath().getInt("status"))
        .isEqualTo(2);
  }
}
