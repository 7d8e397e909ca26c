package dev.cphemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end tests of the application family: short steps for creating apps and versions, acting on
 * servers and phones, moving the clock and reading jobs back.
 */
public abstract class AppTest extends EmulatorTest {

  /** Creates an application; returns its id. */
  protected String createApp(String name) {
    return cph()
        .body(Map.of("name", name, "package_name", "com.example." + name.replace('-', '.')))
        .post("/apps")
        .then()
        .statusCode(200)
        .extract()
        .path("app_id");
  }

  /** The body of a valid CreateAppVersion request. */
  protected static Map<String, Object> versionBody(String appId, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("app_id", appId);
    body.put("version_code", code);
    body.put("version_name", "v" + code);
    body.put("launch_activity", "com.example.Main" + code.replace('.', '_'));
    body.put("bucket_name", "test-bucket");
    body.put("object_path", "apps/build-" + code + ".tar");
    return body;
  }

  /** Creates a version of an application; returns its id. */
  protected String createVersion(String appId, String code) {
    return cph()
        .body(versionBody(appId, code))
        .post("/app-versions")
        .then()
        .statusCode(200)
        .extract()
        .path("app_version_id");
  }

  /** Runs a server action that must answer 200; returns the answer. */
  protected JsonPath serverAction(String action, List<String> versionIds, List<String> serverIds) {
    return cph()
        .body(Map.of(action, Map.of("app_version_ids", versionIds, "server_ids", serverIds)))
        .post("/servers/action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Runs UpdateAppVersionOfPhone, which must answer 200; returns the answer. */
  protected JsonPath updatePhone(String phoneId, List<String> versionIds) {
    return cph()
        .body(Map.of("update_app_version", Map.of("app_version_ids", versionIds)))
        .post("/phones/" + phoneId + "/action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The status of every job of a request, by job id, as ListJobs reports it. */
  protected Map<String, Integer> statuses(String requestId) {
    List<Map<String, Object>> jobs =
        cph()
            .queryParam("request_id", requestId)
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("jobs");
    Map<String, Integer> out = new LinkedHashMap<>();
    jobs.forEach(job -> out.put((String) job.get("job_id"), (Integer) job.get("status")));
    return out;
  }

  /** The ListJobs entry of one job of a request. */
  protected Map<String, Object> listedJob(String requestId, String jobId) {
    List<Map<String, Object>> jobs =
        cph()
            .queryParam("request_id", requestId)
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("jobs");
    return jobs.stream().filter(job -> jobId.equals(job.get("job_id"))).findFirst().orElseThrow();
  }

  /** Asserts that every job of the answer is listed under its request id with this status. */
  protected void assertAllJobs(JsonPath answer, int status) {
    Map<String, Integer> statuses = statuses(answer.getString("request_id"));
    List<String> ids = answer.getList("jobs.job_id");
    assertThat(statuses).hasSize(ids.size());
    assertThat(ids).allSatisfy(id -> assertThat(statuses).containsEntry(id, status));
  }

  /** The phone ids of a server of this test's project, in the fleet's order. */
  @SuppressWarnings("unchecked")
  protected List<String> phonesOf(String serverId) {
    List<Map<String, Object>> servers =
        admin()
            .get("/projects/" + project + "/fleet")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("servers");
    Map<String, Object> server =
        servers.stream().filter(s -> serverId.equals(s.get("server_id"))).findFirst().orElseThrow();
    return ((List<Map<String, Object>>) server.get("phones"))
        .stream().map(phone -> (String) phone.get("phone_id")).toList();
  }

  /** How many jobs the project holds. */
  protected int jobCount() {
    return admin()
        .get("/projects/" + project + "/jobs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("jobs")
        .size();
  }

  /** The ids of an application's versions, oldest first, as QueryAppDetail lists them. */
  protected List<String> versionIdsOf(String appId) {
    return cph()
        .get("/apps/" + appId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("app_versions.app_version_id");
  }
}
