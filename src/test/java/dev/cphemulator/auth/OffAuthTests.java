package dev.cphemulator.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.cphemulator.support.EmulatorTest;
import org.junit.jupiter.api.Test;

/** The default: nothing checked, so clients that sign nothing work as they are. */
class OffAuthTests extends EmulatorTest {

  @Test
  void acceptsARequestWithoutCredentials() {
    cph()
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(200)
        .body("jobs.size()", equalTo(0));
  }

  @Test
  void acceptsCredentialsItCannotCheck() {
    cph()
        .header("Authorization", "garbage")
        .header("X-Auth-Token", "")
        .queryParam("request_id", "r1")
        .get("/jobs")
        .then()
        .statusCode(200);
  }

  @Test
  void leavesTheOperatorApiOpen() {
    admin().get("/clock").then().statusCode(not(401));
  }
}
