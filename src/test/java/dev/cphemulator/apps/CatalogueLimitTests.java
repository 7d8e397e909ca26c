package dev.cphemulator.apps;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.AppTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The catalogue's caps, lowered so that a test reaches them; the fleet file's apps count too. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cph.emulator.clock.mode=manual",
      "cph.emulator.clock.start=2026-01-05T10:00:00Z",
      "cph.emulator.apps.max-apps=4",
      "cph.emulator.apps.max-versions=5"
    })
class CatalogueLimitTests extends AppTest {

  @Test
  void anAppBeyondTheCapIsRefusedAndNothingChanges() {
    createApp("third");
    createApp("fourth");

    cph()
        .body(Map.of("name", "fifth", "package_name", "com.example.fifth"))
        .post("/apps")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9208"))
        .body("error_msg", containsString("4 apps"));

    assertThat(cph().get("/apps").then().extract().jsonPath().getList("apps")).hasSize(4);
  }

  @Test
  void aVersionBeyondTheCapIsRefusedAndNothingChanges() {
    createVersion(DEMO_GAME_APP, "200");
    String appId = createApp("capped");
    createVersion(appId, "1");

    cph()
        .body(versionBody(appId, "2"))
        .post("/app-versions")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9209"))
        .body("error_msg", containsString("5 app versions"));

    assertThat(versionIdsOf(appId)).hasSize(1);
    assertThat(versionIdsOf(DEMO_GAME_APP)).hasSize(3);
  }

  @Test
  void deletingMakesRoomAgain() {
    createApp("third");
    String fourth = createApp("fourth");

    cph().delete("/apps/" + fourth).then().statusCode(200);

    createApp("fifth");
  }
}
