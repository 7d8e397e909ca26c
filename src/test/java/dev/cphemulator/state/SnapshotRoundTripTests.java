package dev.cphemulator.state;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.Projects;
import dev.cphemulator.support.RunningEmulator;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An emulator saved and started again on its snapshot answers as it did, and goes on as an emulator
 * that never restarted: compared against a twin that went through the same requests.
 */
class SnapshotRoundTripTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] MANUAL = {
    "--cph.emulator.clock.mode=manual", "--cph.emulator.clock.start=2026-01-05T10:00:00Z"
  };
  private static final List<String> PHONES = List.of("p-1a", "p-1b", "p-2a", "p-2b", "p-3a");
  private static final List<String> SERVERS = List.of("s-1", "s-2", "s-3");

  @TempDir Path dir;

  private final String project = Projects.fresh();
  private final String other = Projects.fresh();

  @Test
  void aRestoredEmulatorAnswersAsBeforeAndEndsItsRunningJobsAsATwinThatNeverRestarted()
      throws Exception {
    try (RunningEmulator twin = RunningEmulator.start(MANUAL)) {
      Map<String, JsonNode> before;
      RunningEmulator saved = RunningEmulator.start(withState(MANUAL));
      try {
        scene(saved);
        scene(twin);
        before = answers(saved);
        assertThat(strip(before)).isEqualTo(strip(answers(twin)));
        Snapshots.Written written = saved.bean(Snapshots.class).write();
        assertThat(written.skipped()).isFalse();
        assertThat(saved.bean(Snapshots.class).write().skipped()).isTrue();
      } finally {
        saved.close();
      }
      JsonNode file = JSON.readTree(Files.readAllBytes(dir.resolve("state.json")));
      assertThat(file.get("format").asInt()).isEqualTo(1);
      assertThat(file.get("clock").get("now").asString()).isEqualTo("2026-01-05T10:00:09Z");

      try (RunningEmulator restored = RunningEmulator.start(withState(MANUAL))) {
        assertThat(plain(answers(restored))).isEqualTo(plain(before));
        assertThat(runningJobs(restored)).isEqualTo(5);

        for (RunningEmulator emulator : List.of(restored, twin)) {
          admin(emulator).body(Map.of("by", "10s")).post("/clock/advance").then().statusCode(200);
        }
        assertThat(strip(answers(restored))).isEqualTo(strip(answers(twin)));
        assertThat(runningJobs(restored)).isEqualTo(2); // the stalled install and its deploy

        for (RunningEmulator emulator : List.of(restored, twin)) {
          admin(emulator).delete("/faults/stall-install").then().statusCode(200);
          admin(emulator).post("/clock/settle").then().statusCode(200);
        }
        assertThat(runningJobs(restored)).isZero();
        assertThat(strip(answers(restored))).isEqualTo(strip(answers(twin)));
      }
    }
  }

  private String[] withState(String... settings) {
    List<String> args = new ArrayList<>(List.of(settings));
    args.add("--cph.emulator.state.dir=" + dir);
    args.add("--cph.emulator.state.interval=1h");
    return args.toArray(String[]::new);
  }

  /**
   * Deploys, stalls an install, fails a stop, restarts and resets phones with properties, restarts
   * a server, creates an app: at 10:00:09 some jobs ended (one failed) and five run.
   */
  private void scene(RunningEmulator emulator) {
    admin(emulator)
        .body(
            Map.of(
                "servers",
                List.of(
                    server("s-1", "p-1a", "p-1b"),
                    server("s-2", "p-2a", "p-2b"),
                    server("s-3", "p-3a")),
                "apps",
                List.of(
                    Map.of(
                        "name",
                        "mine",
                        "package_name",
                        "com.example.mine",
                        "versions",
                        List.of(
                            Map.of("app_version_id", "v1", "version_code", "1"),
                            Map.of("app_version_id", "v2", "version_code", "2"))))))
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(200);
    admin(emulator)
        .body(
            Map.of(
                "id", "stall-install",
                "project_id", project,
                "job_type", "install",
                "phone_id", "p-2b",
                "effect", "stall"))
        .post("/faults")
        .then()
        .statusCode(201);
    admin(emulator)
        .body(
            Map.of("id", "fail-stop", "project_id", project, "job_type", "phone-stop", "times", 1))
        .post("/faults")
        .then()
        .statusCode(201);
    post(emulator, "/servers/action", deploy("v1", "s-1", "s-2"));
    admin(emulator).body(Map.of("by", "6s")).post("/clock/advance").then().statusCode(200);
    post(
        emulator,
        "/servers/action",
        Map.of(
            "batch_push_app_version",
            Map.of("app_version_ids", List.of("v2"), "server_ids", List.of("s-1"))));
    post(
        emulator,
        "/phones/batch-restart",
        Map.of("phones", List.of(Map.of("phone_id", "p-1b", "property", "{\"a\":1}"))));
    post(
        emulator,
        "/phones/batch-reset",
        Map.of("phones", List.of(Map.of("phone_id", "p-2a", "property", "{\"b\":2}"))));
    post(emulator, "/phones/batch-stop", Map.of("phone_ids", List.of("p-1a")));
    post(emulator, "/servers/batch-restart", Map.of("server_ids", List.of("s-3")));
    cph(emulator, other)
        .body(Map.of("name", "theirs", "package_name", "com.example.theirs"))
        .post("/apps")
        .then()
        .statusCode(200);
    admin(emulator).body(Map.of("by", "3s")).post("/clock/advance").then().statusCode(200);
  }

  private static Map<String, Object> server(String id, String... phones) {
    return Map.of(
        "server_id",
        id,
        "phones",
        java.util.Arrays.stream(phones).map(phone -> Map.of("phone_id", phone)).toList());
  }

  private static Map<String, Object> deploy(String version, String... servers) {
    return Map.of(
        "batch_deploy_app_version",
        Map.of("app_version_ids", List.of(version), "server_ids", List.of(servers)));
  }

  private void post(RunningEmulator emulator, String path, Object body) {
    cph(emulator, project).body(body).post(path).then().statusCode(200);
  }

  /** What a client and an operator read of both projects, by request. */
  private Map<String, JsonNode> answers(RunningEmulator emulator) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    out.put("clock", read(admin(emulator).get("/clock").asString()));
    out.put("faults", read(admin(emulator).get("/faults").asString()));
    out.put("servers", read(cph(emulator, project).get("/servers").asString()));
    out.put("phones", read(cph(emulator, project).get("/phones").asString()));
    out.put("apps", read(cph(emulator, project).get("/apps").asString()));
    out.put("other apps", read(cph(emulator, other).get("/apps").asString()));
    out.put("jobs", read(admin(emulator).get("/projects/{p}/jobs?limit=1000", project).asString()));
    for (String phone : PHONES) {
      out.put(phone, read(cph(emulator, project).get("/phones/" + phone).asString()));
      out.put(
          phone + " apps",
          read(cph(emulator, project).get("/phones/" + phone + "/apps").asString()));
    }
    for (String server : SERVERS) {
      out.put(
          server + " apps",
          read(cph(emulator, project).get("/servers/" + server + "/apps").asString()));
    }
    return out;
  }

  private long runningJobs(RunningEmulator emulator) {
    JsonNode jobs = read(admin(emulator).get("/projects/{p}/jobs?limit=1000", project).asString());
    long running = 0;
    for (JsonNode job : jobs.get("jobs")) {
      if (job.get("status").asInt() == 1) {
        running++;
      }
    }
    return running;
  }

  /**
   * The answers without the ids and request ids each emulator draws at random: job ids become their
   * position in the project's list, so links between jobs still compare.
   */
  private static Map<String, JsonNode> strip(Map<String, JsonNode> answers) {
    Map<String, String> positions = new LinkedHashMap<>();
    JsonNode jobs = answers.get("jobs").get("jobs");
    for (int i = 0; i < jobs.size(); i++) {
      positions.put(jobs.get(i).get("job_id").asString(), "job-" + i);
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    answers.forEach((name, answer) -> out.put(name, strip(answer.deepCopy(), positions)));
    return out;
  }

  /** The answers without the request ids every answer draws afresh. */
  private static Map<String, JsonNode> plain(Map<String, JsonNode> answers) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    answers.forEach(
        (name, answer) -> {
          JsonNode copy = answer.deepCopy();
          if (copy instanceof ObjectNode object) {
            object.remove("request_id");
          }
          out.put(name, copy);
        });
    return out;
  }

  private static JsonNode strip(JsonNode node, Map<String, String> positions) {
    if (node instanceof ObjectNode object) {
      object.remove("request_id");
      if (object.has("app_id") && object.path("name").asString("").equals("theirs")) {
        object.remove("app_id");
      }
      for (String field : List.of("job_id", "parent_job_id")) {
        if (object.has(field) && object.get(field).isString()) {
          object.put(field, positions.getOrDefault(object.get(field).asString(), "?"));
        }
      }
      object.properties().forEach(entry -> strip(entry.getValue(), positions));
    } else if (node.isArray()) {
      node.forEach(item -> strip(item, positions));
    }
    return node;
  }

  private static JsonNode read(String text) {
    return JSON.readTree(text);
  }

  private static RequestSpecification admin(RunningEmulator emulator) {
    return given().port(emulator.port()).basePath("/_emulator").contentType(ContentType.JSON);
  }

  private static RequestSpecification cph(RunningEmulator emulator, String projectId) {
    return given()
        .port(emulator.port())
        .basePath("/v1/" + projectId + "/cloud-phone")
        .contentType(ContentType.JSON);
  }
}
