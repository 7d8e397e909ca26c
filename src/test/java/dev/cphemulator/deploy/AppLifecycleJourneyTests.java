package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.cphemulator.support.AppTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole life of an application, through HTTP on the manual clock, each step's jobs followed
 * with ListJobs: create, version, push, update one phone, deploy, look up, undeploy, remove,
 * delete.
 */
class AppLifecycleJourneyTests extends AppTest {

  @Test
  void anApplicationGoesFromCreationThroughEveryPlacementToDeletion() {
    // Create the application and a version.
    String appId = createApp("journey-game");
    String versionId = createVersion(appId, "1.0");
    cph()
        .get("/app-versions/" + versionId)
        .then()
        .statusCode(200)
        .body("app_id", equalTo(appId))
        .body("version_code", equalTo("1.0"))
        .body("create_time", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

    // Push it to one server: one type-31 job, 3 s.
    JsonPath push =
        serverAction("batch_push_app_version", List.of(versionId), List.of(SERVER_4_PHONES));
    assertThat(push.getList("jobs.job_type")).containsExactly(31);
    assertAllJobs(push, 1);
    advance("3s");
    assertAllJobs(push, 2);
    cph().get("/servers/" + SERVER_4_PHONES + "/apps").then().body("apps", empty());

    // Install it on one phone of that server: one type-32 job without server_id, 2 s.
    String onePhone = phonesOf(SERVER_4_PHONES).get(0);
    JsonPath update = updatePhone(onePhone, List.of(versionId));
    Map<String, Object> install = update.getMap("jobs[0]");
    assertThat(install)
        .containsOnlyKeys("job_type", "job_id", "phone_id", "app_version_id")
        .containsEntry("job_type", 32)
        .containsEntry("phone_id", onePhone);
    assertAllJobs(update, 1);
    advance("2s");
    assertAllJobs(update, 2);
    cph()
        .get("/phones/" + onePhone + "/apps")
        .then()
        .body("apps.app_version_id", equalTo(List.of(versionId)));

    // Deploy it to two more servers: 1 + 1 + 6 and 1 + 1 + 10 jobs; pushes end at 3 s, installs at
    // 5 s.
    JsonPath deploy =
        serverAction(
            "batch_deploy_app_version", List.of(versionId), List.of(DOC_SERVER, SERVER_10_PHONES));
    assertThat(deploy.getList("jobs")).hasSize(20);
    assertAllJobs(deploy, 1);
    advance("3s");
    Map<String, Integer> midDeploy = statuses(deploy.getString("request_id"));
    List<Integer> types = deploy.getList("jobs.job_type");
    List<String> ids = deploy.getList("jobs.job_id");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(midDeploy.get(ids.get(i)))
          .as("job %d of type %d", i, types.get(i))
          .isEqualTo(types.get(i) == 31 ? 2 : 1);
    }
    advance("2s");
    assertAllJobs(deploy, 2);

    // Where it is: two servers deployed (the pushed-only one is not listed), 1 + 6 + 10 phones.
    cph()
        .get("/apps/" + appId + "/servers")
        .then()
        .statusCode(200)
        .body("servers.server_id", equalTo(List.of(DOC_SERVER, SERVER_10_PHONES)))
        .body("servers[0].app_version_id", equalTo(versionId))
        .body("servers[0].version_code", equalTo("1.0"))
        .body("servers[0].version_name", equalTo("v1.0"))
        .body("servers[0].launch_activity", equalTo("com.example.Main1_0"));
    List<String> expectedPhones = new ArrayList<>();
    expectedPhones.add(onePhone);
    expectedPhones.addAll(phonesOf(DOC_SERVER));
    expectedPhones.addAll(phonesOf(SERVER_10_PHONES));
    cph()
        .get("/apps/" + appId + "/phones")
        .then()
        .statusCode(200)
        .body("phones.phone_id", equalTo(expectedPhones))
        .body("phones.app_version_id", everyItem(equalTo(versionId)));
    cph()
        .queryParam("offset", 15)
        .queryParam("limit", 5)
        .get("/apps/" + appId + "/phones")
        .then()
        .body("phones.phone_id", equalTo(expectedPhones.subList(15, 17)));

    // A version in use cannot be deleted.
    cph()
        .delete("/app-versions/" + versionId)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9206"));

    // Undeploy it from the two servers: 40, 41, then 42 per phone; removals end at 1 s, uninstalls
    // at 2 s.
    JsonPath undeploy =
        serverAction(
            "batch_undeploy_app_version",
            List.of(versionId),
            List.of(DOC_SERVER, SERVER_10_PHONES));
    List<Integer> undeployTypes = undeploy.getList("jobs.job_type");
    assertThat(undeployTypes).hasSize(20).startsWith(40, 41, 42);
    assertThat(undeployTypes.subList(8, 10)).containsExactly(40, 41);
    assertAllJobs(undeploy, 1);
    advance("1s");
    Map<String, Integer> midUndeploy = statuses(undeploy.getString("request_id"));
    List<String> undeployIds = undeploy.getList("jobs.job_id");
    for (int i = 0; i < undeployIds.size(); i++) {
      assertThat(midUndeploy.get(undeployIds.get(i))).isEqualTo(undeployTypes.get(i) == 41 ? 2 : 1);
    }
    advance("1s");
    assertAllJobs(undeploy, 2);
    cph().get("/apps/" + appId + "/servers").then().body("servers", empty());
    cph()
        .get("/apps/" + appId + "/phones")
        .then()
        .body("phones.phone_id", equalTo(List.of(onePhone)));
    cph().get("/servers/" + DOC_SERVER + "/apps").then().body("apps", empty());

    // Remove the package from the first server: the installed copy stays.
    JsonPath remove =
        serverAction("batch_remove_app_version", List.of(versionId), List.of(SERVER_4_PHONES));
    assertThat(remove.getList("jobs.job_type")).containsExactly(41);
    assertAllJobs(remove, 1);
    advance("1s");
    assertAllJobs(remove, 2);
    cph()
        .get("/apps/" + appId + "/phones")
        .then()
        .body("phones.phone_id", equalTo(List.of(onePhone)));
    cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", List.of(versionId))))
        .post("/phones/" + phonesOf(SERVER_4_PHONES).get(1) + "/action")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9207"));
    cph()
        .delete("/app-versions/" + versionId)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9206"))
        .body("error_msg", containsString("installed on 1 phone(s)"));

    // Undeploying from a server where it is only installed on one phone cleans that phone too.
    JsonPath cleanUp =
        serverAction("batch_undeploy_app_version", List.of(versionId), List.of(SERVER_4_PHONES));
    assertThat(cleanUp.getList("jobs")).hasSize(1 + 1 + 4);
    advance("2s");
    assertAllJobs(cleanUp, 2);
    cph().get("/apps/" + appId + "/phones").then().body("phones", empty());

    // Nothing uses it now: delete the version, then the application.
    cph()
        .delete("/app-versions/" + versionId)
        .then()
        .statusCode(200)
        .body("request_id", matchesPattern("[0-9a-f]{32}"));
    cph()
        .get("/app-versions/" + versionId)
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.9203"));
    cph().delete("/apps/" + appId).then().statusCode(200);
    cph().get("/apps/" + appId).then().statusCode(404).body("error_code", equalTo("CPS.9202"));
    cph().get("/apps").then().body("apps.app_id", not(hasItem(appId)));
  }
}
