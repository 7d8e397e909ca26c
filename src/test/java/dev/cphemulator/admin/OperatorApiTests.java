package dev.cphemulator.admin;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.cphemulator.support.EmulatorTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorApiTests extends EmulatorTest {

  @Test
  void advancesTheClockByADurationInEitherNotation() {
    Instant before = now();

    Instant after = advance("90s");
    assertThat(Duration.between(before, after)).isEqualTo(Duration.ofSeconds(90));
    assertThat(Duration.between(after, advance("PT1M"))).isEqualTo(Duration.ofMinutes(1));
    admin().get("/clock").then().body("mode", equalTo("manual"));
  }

  @Test
  void setsTheClockForwardButNeverBack() {
    Instant target = now().plus(Duration.ofDays(1));

    admin()
        .body(Map.of("now", target.toString()))
        .put("/clock")
        .then()
        .statusCode(200)
        .body("now", equalTo(target.toString()));
    admin()
        .body(Map.of("now", target.minusSeconds(1).toString()))
        .put("/clock")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9801"))
        .body("error_msg", containsString("only moves forward"));
    assertThat(now()).isEqualTo(target);
  }

  @Test
  void switchesToWallTimeAndBack() {
    try {
      admin()
          .body(Map.of("mode", "real"))
          .put("/clock")
          .then()
          .statusCode(200)
          .body("mode", equalTo("real"));
    } finally {
      admin()
          .body(Map.of("mode", "manual"))
          .put("/clock")
          .then()
          .statusCode(200)
          .body("mode", equalTo("manual"));
    }
  }

  @Test
  void refusesBadClockInput() {
    admin()
        .body(Map.of("by", "five seconds"))
        .post("/clock/advance")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9801"));
    admin()
        .body(Map.of("by", "-5s"))
        .post("/clock/advance")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9801"));
    admin().body(Map.of()).post("/clock/advance").then().statusCode(400);
    admin()
        .body(Map.of("mode", "fast"))
        .put("/clock")
        .then()
        .statusCode(400)
        .body("error_msg", containsString("'fast' is not a clock mode"));
    admin()
        .body(Map.of("now", "tomorrow"))
        .put("/clock")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"));
    admin().body(Map.of()).put("/clock").then().statusCode(400);
    admin()
        .body("not json")
        .post("/clock/advance")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9002"));
  }

  @Test
  void settleAnswersTheTimeWhenEveryJobHasEnded() {
    Instant start = now();
    deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));

    admin()
        .post("/clock/settle")
        .then()
        .statusCode(200)
        .body("still_running", equalTo(0))
        .body("now", equalTo(start.plusSeconds(5).toString()));
    assertThat(allJobs()).allSatisfy(j -> assertThat(j).containsEntry("status", 2));
  }

  @Test
  void listsGetsAndRemovesFaultRules() {
    String id =
        admin()
            .body(
                Map.of(
                    "project_id",
                    project,
                    "job_type",
                    31,
                    "server_id",
                    DOC_SERVER,
                    "probability",
                    0.5,
                    "seed",
                    3))
            .post("/faults")
            .then()
            .statusCode(201)
            .body("rule.error_code", equalTo("CPS.9301"))
            .body("rule.error_msg", equalTo("Injected failure."))
            .body("matched", equalTo(0))
            .extract()
            .path("rule.id");

    admin()
        .get("/faults/{id}", id)
        .then()
        .statusCode(200)
        .body("rule.server_id", equalTo(DOC_SERVER));
    admin().get("/faults").then().body("rule.id", org.hamcrest.Matchers.hasItem(id));
    admin().delete("/faults/{id}", id).then().statusCode(200).body("removed", equalTo(List.of(id)));
    admin().get("/faults/{id}", id).then().statusCode(404).body("error_code", equalTo("CPS.9803"));
    admin().delete("/faults/{id}", id).then().statusCode(404);
  }

  @Test
  void refusesBadFaultRules() {
    admin()
        .body(Map.of("job_type", 99))
        .post("/faults")
        .then()
        .statusCode(400)
        .body("error_msg", containsString("'99' is not a job type"));
    admin()
        .body(Map.of("job_type", "install", "probability", 1.5))
        .post("/faults")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", containsString("probability"));
    admin().body(Map.of("times", 0)).post("/faults").then().statusCode(400);
    admin()
        .body(Map.of("effect", "stall", "error_code", "CPS.1"))
        .post("/faults")
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("effect", "explode"))
        .post("/faults")
        .then()
        .statusCode(400)
        .body("error_msg", containsString("'explode' is not an effect"));
    admin().body(Map.of("id", "dup", "project_id", project)).post("/faults").then().statusCode(201);
    admin().body(Map.of("id", "dup", "project_id", project)).post("/faults").then().statusCode(400);
    admin().delete("/faults/dup").then().statusCode(200);
  }

  @Test
  void putsAProjectsFleetAsJsonOrYamlAndKeepsItAcrossResetsOfThatProject() {
    admin()
        .body(
            Map.of(
                "servers",
                List.of(Map.of("server_id", "mine-1", "phone_count", 2)),
                "apps",
                List.of(
                    Map.of(
                        "name", "mine",
                        "package_name", "com.example.mine",
                        "versions",
                            List.of(Map.of("app_version_id", "mine-v1", "version_code", "1"))))))
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(200)
        .body("servers", hasSize(1))
        .body("servers[0].phones", hasSize(2))
        .body("apps[0].versions[0].app_version_id", equalTo("mine-v1"));

    assertThat(deploy(List.of("mine-v1"), List.of("mine-1")).getList("jobs")).hasSize(4);
    admin().post("/projects/{p}/reset", project).then().statusCode(200);
    assertThat(allJobs()).isEmpty();
    assertThat(
            deploy(List.of("mine-v1"), List.of("mine-1", DOC_SERVER))
                .getString("jobs[4].error_code"))
        .isEqualTo("CPS.0097");

    admin()
        .contentType("application/yaml")
        .body(
            "servers:\n  - server_id: yaml-1\n    phone_count: 1\n"
                .getBytes(StandardCharsets.UTF_8))
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(200)
        .body("servers[0].server_id", equalTo("yaml-1"));
    admin()
        .get("/projects/{p}/fleet", project)
        .then()
        .body("servers.server_id", equalTo(List.of("yaml-1")));
  }

  @Test
  void refusesABadFleetAndKeepsTheOldOne() {
    admin()
        .body(Map.of("servers", List.of(Map.of("server_id", "a"), Map.of("server_id", "a"))))
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9802"))
        .body(
            "error_msg",
            equalTo(
                "The fleet is invalid at servers[1].server_id: 'a' is already used by servers[0]"));
    admin()
        .body("{\"servers\": 5}")
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(400)
        .body("error_msg", containsString("servers: expected an array"));

    admin()
        .get("/projects/{p}/fleet", project)
        .then()
        .body("servers.server_id", org.hamcrest.Matchers.hasItem(DOC_SERVER));
  }

  @Test
  void setsServerAndPhoneStatuses() {
    admin()
        .body(Map.of("status", 8))
        .put("/projects/{p}/servers/{s}/status", project, SERVER_4_PHONES)
        .then()
        .statusCode(200)
        .body("status", equalTo(8))
        .body("server_id", equalTo(SERVER_4_PHONES));
    assertThat(
            deploy(List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES))
                .getString("jobs[0].error_code"))
        .isEqualTo("CPS.1028");

    String phone =
        admin()
            .get("/projects/{p}/fleet", project)
            .then()
            .extract()
            .path("servers.find { it.server_id == '" + DOC_SERVER + "' }.phones[0].phone_id");
    admin()
        .body(Map.of("status", 8))
        .put("/projects/{p}/phones/{id}/status", project, phone)
        .then()
        .statusCode(200)
        .body("status", equalTo(8));
    String requestId =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    settle();
    assertThat(jobsOf(requestId))
        .filteredOn(j -> phone.equals(j.get("phone_id")))
        .singleElement()
        .satisfies(j -> assertThat(j).containsEntry("error_code", "CPS.9102"));
  }

  @Test
  void refusesBadStatusChanges() {
    admin()
        .body(Map.of("status", 7))
        .put("/projects/{p}/servers/{s}/status", project, DOC_SERVER)
        .then()
        .statusCode(400)
        .body("error_msg", containsString("7 is not a CPH server status"));
    admin()
        .body(Map.of("status", 2))
        .put("/projects/{p}/servers/{s}/status", project, "nope")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.9103"));
    admin()
        .body(Map.of("status", 2))
        .put("/projects/{p}/phones/{s}/status", project, "nope")
        .then()
        .statusCode(404)
        .body("error_code", equalTo("CPS.0005"));
    admin()
        .body(Map.of())
        .put("/projects/{p}/phones/{s}/status", project, "nope")
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("status", "two"))
        .put("/projects/{p}/servers/{s}/status", project, DOC_SERVER)
        .then()
        .statusCode(400);
    admin()
        .post("/projects/{p}/reset", "bad id!")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9005"));
  }

  @Test
  void resettingEverythingForgetsEveryProjectAndItsFleet() {
    admin()
        .body(
            Map.of(
                "servers",
                List.of(Map.of("server_id", "temporary", "phone_count", 1)),
                "apps",
                List.of(
                    Map.of(
                        "name", "temporary",
                        "package_name", "com.example.temporary",
                        "versions",
                            List.of(
                                Map.of("app_version_id", "temporary-v1", "version_code", "1"))))))
        .put("/projects/{p}/fleet", project)
        .then()
        .statusCode(200);
    assertThat(deploy(List.of("temporary-v1"), List.of("temporary")).getList("jobs")).hasSize(3);

    admin().post("/reset").then().statusCode(200).body("reset", equalTo("all"));

    assertThat(allJobs()).isEmpty();
    admin()
        .get("/projects/{p}/fleet", project)
        .then()
        .body("servers.server_id", org.hamcrest.Matchers.hasItem(DOC_SERVER));
  }
}
