package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.EmulatorTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Which problem of a server app action's body is answered when it has several: its fields ({@code
 * CPS.9001}, naming the field), then the one action ({@code CPS.9003}), then its server ids ({@code
 * CPS.0016}).
 */
class ServerActionPrecedenceTests extends EmulatorTest {

  private static final String V = "\"" + DOC_APP_VERSION + "\"";
  private static final String S = "\"" + DOC_SERVER + "\"";

  private static String action(String versions, String servers) {
    return "{\"app_version_ids\":[" + versions + "],\"server_ids\":[" + servers + "]}";
  }

  private ValidatableResponse post(String body) {
    return cph().body(body).post("/servers/action").then().statusCode(400);
  }

  @Test
  void aBadVersionIdIsNamedByItsPlaceAndAnsweredWithItsConstraintsMessage() {
    post("{\"batch_deploy_app_version\":" + action(V + ",\" \"", S) + "}")
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            equalTo(
                "Parameter: batch_deploy_app_version.app_version_ids[1] is invalid:"
                    + " it must be a non-empty string"));
  }

  @Test
  void aBadVersionIdWinsOverABadServerId() {
    post("{\"batch_deploy_app_version\":" + action("\"\"", "\"\"") + "}")
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            equalTo(
                "Parameter: batch_deploy_app_version.app_version_ids[0] is invalid:"
                    + " it must be a non-empty string"));
  }

  @Test
  void aBadFieldOfASecondActionWinsOverTheTwoActions() {
    post("{\"batch_push_app_version\":"
            + action(V, S)
            + ",\"batch_remove_app_version\":"
            + action("", S)
            + "}")
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            equalTo(
                "Parameter: batch_remove_app_version.app_version_ids is invalid:"
                    + " it must hold 1 to 100 ids"));
  }

  @Test
  void twoActionsWinOverABadServerId() {
    post("{\"batch_push_app_version\":"
            + action(V, S)
            + ",\"batch_remove_app_version\":"
            + action(V, "\"\"")
            + "}")
        .body("error_code", equalTo("CPS.9003"));
  }

  @Test
  void aBadServerIdAloneIsCphsCps0016() {
    post("{\"batch_undeploy_app_version\":" + action(V, S + ",null") + "}")
        .body("error_code", equalTo("CPS.0016"))
        .body("error_msg", equalTo("server_id is invalid."));
  }
}
