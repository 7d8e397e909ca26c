package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.TEST_RUNNER_010;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of QueryServerAppsDetail and QueryPhoneAppsDetail, which CPH does not document: oldest
 * first (see docs/deviations.md, "Where versions are").
 */
class PlacementOrderTests extends AppTest {

  @Test
  void aServerListsItsVersionsInTheOrderTheyWereFirstDeployed() {
    for (String version : List.of(DEMO_GAME_110, TEST_RUNNER_010, DOC_APP_VERSION)) {
      serverAction("batch_deploy_app_version", List.of(version), List.of(DOC_SERVER));
      settle();
    }

    cph()
        .get("/servers/" + DOC_SERVER + "/apps")
        .then()
        .statusCode(200)
        .body(
            "apps.app_version_id",
            equalTo(List.of(DEMO_GAME_110, TEST_RUNNER_010, DOC_APP_VERSION)));
  }

  @Test
  void aPhoneListsOneVersionPerAppInTheOrderTheAppsWereInstalled() {
    for (String version : List.of(DEMO_GAME_110, TEST_RUNNER_010, DOC_APP_VERSION)) {
      serverAction("batch_deploy_app_version", List.of(version), List.of(DOC_SERVER));
      settle();
    }
    String phone = phonesOf(DOC_SERVER).get(0);

    // demo-game 1.0.0 replaced 1.1.0 on the phone and kept its place, before test-runner
    cph()
        .get("/phones/" + phone + "/apps")
        .then()
        .statusCode(200)
        .body("apps.app_version_id", equalTo(List.of(DOC_APP_VERSION, TEST_RUNNER_010)));
  }
}
