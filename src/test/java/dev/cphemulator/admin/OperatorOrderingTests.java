package dev.cphemulator.admin;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.EmulatorTest;
import dev.cphemulator.support.Projects;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Operator calls that race the clients of a project, or each other, are ordered: each lands wholly
 * before or wholly after the others, and none fails for having been overtaken.
 */
class OperatorOrderingTests extends EmulatorTest {

  private static final Duration RACE = Duration.ofSeconds(3);

  @Test
  void aResetRacingDeploysOnTheSameProjectLeavesNothingRunningAndNoJobLeaked() throws Exception {
    long runningBefore = stillRunningAfterSettle(); // jobs other tests left stalled, if any
    Map<String, Integer> statuses = new ConcurrentHashMap<>();
    race(
        3,
        () -> {
          Response answer =
              cph()
                  .body(
                      Map.of(
                          "batch_deploy_app_version",
                          Map.of(
                              "app_version_ids",
                              List.of(DOC_APP_VERSION, DEMO_GAME_110),
                              "server_ids",
                              List.of(
                                  DOC_SERVER,
                                  SERVER_4_PHONES,
                                  SERVER_10_PHONES,
                                  SERVER_WITH_STOPPED_PHONE))))
                  .post("/servers/action");
          statuses.merge("deploy " + answer.statusCode(), 1, Integer::sum);
        },
        () -> {
          int status = admin().post("/projects/{p}/reset", project).statusCode();
          statuses.merge("reset " + status, 1, Integer::sum);
        });

    assertThat(statuses.keySet()).allMatch(key -> key.endsWith(" 200"));
    assertThat(stillRunningAfterSettle()).isEqualTo(runningBefore);
    assertThat(jobsPage(0, 1000).getList("jobs.status", Integer.class)).doesNotContain(1);
    // a new project still gets its deploy: the emulator-wide running count came back to zero
    deploy(Projects.fresh(), List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
  }

  @Test
  void settlesAndAdvancesRacingEachOtherNeverFail() throws Exception {
    // jobs due at many different times give every settle many steps to take
    for (int i = 0; i < 10; i++) {
      deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER, SERVER_4_PHONES));
      advance("250ms");
    }
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    race(
        3,
        () -> {
          statuses.add(admin().post("/clock/settle").statusCode());
          calls.incrementAndGet();
          deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER));
        },
        () -> {
          statuses.add(admin().body(Map.of("by", "100ms")).post("/clock/advance").statusCode());
          calls.incrementAndGet();
        });

    assertThat(calls.get()).isPositive();
    assertThat(statuses).containsOnly(200);
  }

  @Test
  void aRefusedClockChangeLeavesTheModeAsItWas() {
    Instant before = now();

    admin()
        .body(Map.of("mode", "real", "now", "1970-01-01T00:00:00Z"))
        .put("/clock")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9801"));

    admin().get("/clock").then().body("mode", equalTo("manual"));
    assertThat(now()).isEqualTo(before);
  }

  @Test
  void listsAProjectsJobsOnePageAtATimeWithTheirCount() {
    String first = deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getString("request_id");
    deploy(List.of(DOC_APP_VERSION), List.of(SERVER_4_PHONES));
    int total = (1 + 1 + 6) + (1 + 1 + 4);

    JsonPath firstPage = jobsPage(0, 5);
    JsonPath rest = jobsPage(5, 1000);

    assertThat(firstPage.getInt("count")).isEqualTo(total);
    assertThat(firstPage.getList("jobs")).hasSize(5);
    assertThat(rest.getList("jobs")).hasSize(total - 5);
    assertThat(firstPage.getList("jobs.request_id", String.class)).containsOnly(first);
    Set<String> ids = new HashSet<>(firstPage.getList("jobs.job_id", String.class));
    ids.addAll(rest.getList("jobs.job_id", String.class));
    assertThat(ids).hasSize(total);
    assertThat(jobsPage(total, 10).getList("jobs")).isEmpty();
    assertThat(allJobs()).hasSize(total); // the default page holds 100
  }

  @Test
  void refusesAJobsPageLargerThanTheMostItAnswers() {
    for (String limit : List.of("0", "1001", "-1", "ten")) {
      admin()
          .queryParam("limit", limit)
          .get("/projects/{p}/jobs", project)
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.0002"));
    }
    admin()
        .queryParam("offset", "-1")
        .get("/projects/{p}/jobs", project)
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.0002"));
  }

  private long stillRunningAfterSettle() {
    return admin()
        .post("/clock/settle")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("still_running");
  }

  private JsonPath jobsPage(int offset, int limit) {
    return given()
        .port(port)
        .contentType(ContentType.JSON)
        .queryParam("offset", offset)
        .queryParam("limit", limit)
        .get("/_emulator/projects/{p}/jobs", project)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Runs each action in a loop on {@code threadsEach} threads for {@link #RACE}, then joins. */
  private static void race(int threadsEach, Runnable... actions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threadsEach * actions.length);
    long end = System.nanoTime() + RACE.toNanos();
    Supplier<Boolean> going = () -> System.nanoTime() < end;
    List<Future<?>> running = new ArrayList<>();
    try {
      for (Runnable action : actions) {
        for (int i = 0; i < threadsEach; i++) {
          running.add(
              pool.submit(
                  () -> {
                    while (going.get()) {
                      action.run();
                    }
                  }));
        }
      }
      for (Future<?> future : running) {
        future.get(RACE.toSeconds() + 60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
