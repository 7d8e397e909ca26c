package dev.cphemulator.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"cph.emulator.clock.mode=manual", "cph.emulator.limits.projects=2"})
class ProjectLimitTests {

  @LocalServerPort int port;

  @Test
  void refusesANewProjectPastTheCapButKeepsServingKnownOnesUntilReset() {
    jobs("first").statusCode(200);
    jobs("second").statusCode(200);

    jobs("third")
        .statusCode(403)
        .body("error_code", equalTo("CPS.9901"))
        .body("error_msg", org.hamcrest.Matchers.containsString("cph.emulator.limits.projects"));
    jobs("first").statusCode(200);

    given().port(port).post("/_emulator/reset").then().statusCode(200);
    jobs("third").statusCode(200);
  }

  private io.restassured.response.ValidatableResponse jobs(String project) {
    return given().port(port).get("/v1/" + project + "/cloud-phone/jobs?request_id=r").then();
  }
}
