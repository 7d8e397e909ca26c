package dev.cphemulator.apps;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_APP;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.TEST_RUNNER_APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.cphemulator.support.AppTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueApiTests extends AppTest {

  @Test
  void theFleetFilesAppsAreInTheCatalogue() {
    cph()
        .get("/apps/" + DEMO_GAME_APP)
        .then()
        .statusCode(200)
        .body("name", equalTo("demo-game"))
        .body("package_name", equalTo("com.example.demogame"))
        .body("app_versions.app_version_id", equalTo(List.of(DOC_APP_VERSION, DEMO_GAME_110)));
    cph()
        .get("/app-versions/" + DOC_APP_VERSION)
        .then()
        .statusCode(200)
        .body("app_id", equalTo(DEMO_GAME_APP))
        .body("version_code", equalTo("100"))
        .body("object_path", equalTo("demogame/demogame-1.0.0.tar"));
  }

  @Test
  void showsAnAppWithItsVersionsInCphsShape() {
    String appId = createApp("shape-game");
    String versionId = createVersion(appId, "7");

    JsonPath detail = cph().get("/apps/" + appId).then().statusCode(200).extract().jsonPath();
    assertThat(detail.getMap(""))
        .containsOnlyKeys("request_id", "package_name", "name", "description", "app_versions");
    assertThat(detail.getString("description")).isEmpty();
    Map<String, Object> version = detail.getMap("app_versions[0]");
    assertThat(version)
        .containsOnlyKeys(
            "app_version_id",
            "version_code",
            "version_name",
            "bucket_name",
            "object_path",
            "launch_activity",
            "create_time",
            "update_time")
        .containsEntry("app_version_id", versionId)
        .containsEntry("version_code", "7")
        .containsEntry("object_path", "apps/build-7.tar");
    assertThat((String) version.get("create_time"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    JsonPath shown =
        cph().get("/app-versions/" + versionId).then().statusCode(200).extract().jsonPath();
    assertThat(shown.getMap(""))
        .containsOnlyKeys(
            "request_id",
            "app_id",
            "app_version_id",
            "version_code",
            "version_name",
            "launch_activity",
            "bucket_name",
            "object_path",
            "create_time",
            "update_time");
  }

  @Test
  void listsAppsNewestFirstFilteredByPartOfTheNameAndPaged() {
    String first = createApp("alpha-racer");
    advance("1s");
    String second = createApp("beta-puzzle");
    advance("1s");
    String third = createApp("gamma-Racer");
    createVersion(first, "1");

    List<String> all = cph().get("/apps").then().statusCode(200).extract().path("apps.app_id");
    assertThat(all).containsExactly(third, second, first, TEST_RUNNER_APP, DEMO_GAME_APP);

    cph()
        .queryParam("name", "RACER")
        .get("/apps")
        .then()
        .body("apps.app_id", equalTo(List.of(third, first)))
        .body("apps[0].launch_activity", equalTo(""))
        .body("apps[1].launch_activity", equalTo("com.example.Main1"));
    cph()
        .queryParam("offset", 1)
        .queryParam("limit", 2)
        .get("/apps")
        .then()
        .body("apps.app_id", equalTo(List.of(second, first)));
    cph().queryParam("offset", 9).get("/apps").then().statusCode(200).body("apps", hasSize(0));
    assertThat(cph().get("/apps").then().extract().jsonPath().getMap("apps[0]"))
        .containsOnlyKeys(
            "app_id",
            "name",
            "package_name",
            "description",
            "launch_activity",
            "create_time",
            "update_time");
  }

  @Test
  void badPagingOrANameFilterTooLongIsRefused() {
    for (String[] paging : new String[][] {{"-1", "10"}, {"0", "0"}, {"0", "101"}, {"x", "1"}}) {
      cph()
          .queryParam("offset", paging[0])
          .queryParam("limit", paging[1])
          .get("/apps")
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.0002"));
    }
    cph()
        .queryParam("name", "n".repeat(65))
        .get("/apps")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("name"));
  }

  static Stream<Arguments> badApps() {
    return Stream.of(
        Arguments.of(Map.of("package_name", "com.example.x"), "name"),
        Arguments.of(Map.of("name", "", "package_name", "com.example.x"), "name"),
        Arguments.of(Map.of("name", "n".repeat(65), "package_name", "com.example.x"), "name"),
        Arguments.of(Map.of("name", "has space", "package_name", "com.example.x"), "name"),
        Arguments.of(Map.of("name", "ok"), "package_name"),
        Arguments.of(Map.of("name", "ok", "package_name", "p".repeat(129)), "package_name"),
        Arguments.of(Map.of("name", "ok", "package_name", "com/example"), "package_name"),
        Arguments.of(
            Map.of("name", "ok", "package_name", "com.example.x", "description", "d".repeat(257)),
            "description"),
        Arguments.of(Map.of("name", 5, "package_name", "com.example.x"), "name"));
  }

  @ParameterizedTest
  @MethodSource("badApps")
  void anInvalidCreateAppIsRefusedAndCreatesNothing(Map<String, Object> body, String field) {
    int before = appCount();

    cph()
        .body(body)
        .post("/apps")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("Parameter: " + field + " is invalid"))
        .body("request_id", matchesPattern("[0-9a-f]{32}"));

    assertThat(appCount()).isEqualTo(before);
  }

  @Test
  void theLongestValidNamesAreAccepted() {
    cph()
        .body(
            Map.of(
                "name", "n".repeat(64),
                "package_name", "p".repeat(128),
                "description", "Any text, even with spaces: " + "d".repeat(200)))
        .post("/apps")
        .then()
        .statusCode(200)
        .body("app_id", matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    cph()
        .body("{\"name\": oops}")
        .post("/apps")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9002"));
    cph()
        .body("{\"app_id\": oops}")
        .post("/app-versions")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9002"));
  }

  static Stream<Arguments> badVersions() {
    return Stream.of(
        Arguments.of("version_code", null),
        Arguments.of("version_code", "c".repeat(65)),
        Arguments.of("version_code", "1 0"),
        Arguments.of("version_name", null),
        Arguments.of("version_name", "n".repeat(65)),
        Arguments.of("launch_activity", null),
        Arguments.of("launch_activity", "a".repeat(257)),
        Arguments.of("launch_activity", "com.example/Main"),
        Arguments.of("bucket_name", null),
        Arguments.of("bucket_name", "ab"),
        Arguments.of("bucket_name", "b".repeat(64)),
        Arguments.of("bucket_name", "Upper-Case"),
        Arguments.of("object_path", null),
        Arguments.of("object_path", "apps/game.zip"),
        Arguments.of("object_path", "a/".repeat(510) + "x.tar"),
        Arguments.of("app_id", null),
        Arguments.of("app_id", "a".repeat(33)));
  }

  @ParameterizedTest
  @MethodSource("badVersions")
  void anInvalidCreateAppVersionIsRefusedAndCreatesNothing(String field, String value) {
    String appId = createApp("validated");
    Map<String, Object> body = new HashMap<>(versionBody(appId, "1"));
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }

    cph()
        .body(body)
        .post("/app-versions")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("Parameter: " + field + " is invalid"));

    assertThat(versionIdsOf(appId)).isEmpty();
  }

  @Test
  void aVersionCodeTakenInTheAppIsRefusedButFreeInAnother() {
    String appId = createApp("dupes");
    String other = createApp("others");
    String first = createVersion(appId, "1.0");

    cph()
        .body(versionBody(appId, "1.0"))
        .post("/app-versions")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9204"))
        .body("error_msg", containsString("1.0"));

    assertThat(versionIdsOf(appId)).containsExactly(first);
    createVersion(other, "1.0");
  }

  @Test
  void unknownAppsAndVersionsAreNotFound() {
    cph().get("/apps/0000").then().statusCode(404).body("error_code", equalTo("CPS.9202"));
    cph().delete("/apps/0000").then().statusCode(404).body("error_code", equalTo("CPS.9202"));
    cph().get("/apps/0000/servers").then().statusCode(404).body("error_code", equalTo("CPS.9202"));
    cph().get("/apps/0000/phones").then().statusCode(404).body("error_code", equalTo("CPS.9202"));
    cph().get("/app-versions/0000").then().statusCode(404).body("error_code", equalTo("CPS.9203"));
    cph()
        .delete("/app-versions/0000")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.9203"));
    int before = versionCountOfDemoGame();
    cph()
        .body(versionBody("0000", "1"))
        .post("/app-versions")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.9202"))
        .body("error_msg", containsString("0000"));
    assertThat(versionCountOfDemoGame()).isEqualTo(before);
  }

  @Test
  void anAppWithVersionsCannotBeDeleted() {
    String appId = createApp("kept");
    String versionId = createVersion(appId, "1");

    cph()
        .delete("/apps/" + appId)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9205"))
        .body("error_msg", containsString("1 version(s)"));
    cph().get("/apps/" + appId).then().statusCode(200);
    cph()
        .delete("/apps/" + DEMO_GAME_APP)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9205"));

    cph().delete("/app-versions/" + versionId).then().statusCode(200);
    cph().delete("/apps/" + appId).then().statusCode(200);
  }

  @Test
  void projectsHaveCataloguesOfTheirOwn() {
    String appId = createApp("mine");

    cph("other-" + project).get("/apps/" + appId).then().statusCode(404);
    cph("other-" + project)
        .get("/apps")
        .then()
        .body("apps.app_id", equalTo(List.of(TEST_RUNNER_APP, DEMO_GAME_APP)));
  }

  @Test
  void manyClientsCreatingVersionsOfOneAppAtOnceLoseNothing() throws Exception {
    String appId = createApp("busy");
    int clients = 8;
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        tasks.add(
            () -> {
              List<String> made = new ArrayList<>();
              for (int i = 0; i < each; i++) {
                made.add(createVersion(appId, client + "." + i));
                // every client also tries the same shared code; exactly one wins it
                int status =
                    cph()
                        .body(versionBody(appId, "shared." + i))
                        .post("/app-versions")
                        .statusCode();
                assertThat(status).isIn(200, 400);
              }
              return made;
            });
      }
      List<String> made = new ArrayList<>();
      for (Future<List<String>> f : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
        made.addAll(f.get());
      }

      List<String> stored = versionIdsOf(appId);
      assertThat(made).hasSize(clients * each).doesNotHaveDuplicates();
      assertThat(stored).hasSize(clients * each + each).containsAll(made).doesNotHaveDuplicates();
      List<String> codes =
          cph()
              .get("/apps/" + appId)
              .then()
              .extract()
              .jsonPath()
              .getList("app_versions.version_code");
      assertThat(codes)
          .doesNotHaveDuplicates()
          .filteredOn(c -> c.startsWith("shared."))
          .hasSize(each);
    } finally {
      pool.shutdownNow();
    }
  }

  private int appCount() {
    return cph().get("/apps").then().statusCode(200).extract().jsonPath().getList("apps").size();
  }

  private int versionCountOfDemoGame() {
    return versionIdsOf(DEMO_GAME_APP).size();
  }
}
