package dev.cphemulator.state;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.jobs.JobPage;
import dev.cphemulator.jobs.JobStatus;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.support.DefaultFleet;
import dev.cphemulator.support.RunningEmulator;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots written while many clients deploy, restart phones and reset projects (and the history
 * cap evicts jobs) restore to a state whose emulator-wide counts agree with the jobs themselves.
 */
class ConcurrentSnapshotTests {

  private static final long BUSY_MILLIS = 3_000;

  @TempDir Path dir;

  @Test
  void snapshotsTakenUnderLoadRestoreWithCountsThatMatchTheJobs() throws Exception {
    String[] settings = {
      "--cph.emulator.state.dir=" + dir,
      "--cph.emulator.state.interval=100ms",
      "--cph.emulator.jobs.history=3000",
      "--cph.emulator.jobs.durations.push=300ms",
      "--cph.emulator.jobs.durations.install=200ms",
      "--cph.emulator.jobs.durations.phone-restart=400ms"
    };
    AtomicInteger writes = new AtomicInteger();
    try (RunningEmulator emulator = RunningEmulator.start(settings)) {
      ExecutorService clients = Executors.newFixedThreadPool(6);
      long until = System.currentTimeMillis() + BUSY_MILLIS;
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String project = "load-" + i;
        int n = i;
        running.add(
            clients.submit(
                () -> {
                  for (int round = 0; System.currentTimeMillis() < until; round++) {
                    cph(emulator, project).body(DefaultFleet.docDeploy()).post("/servers/action");
                    cph(emulator, project)
                        .body(Map.of("server_ids", List.of(DefaultFleet.SERVER_4_PHONES)))
                        .post("/servers/batch-restart");
                    if ((round + n) % 7 == 0) {
                      given()
                          .port(emulator.port())
                          .post("/_emulator/projects/{p}/reset", project)
                          .then()
                          .statusCode(200);
                    }
                  }
                }));
      }
      running.add(
          clients.submit(
              () -> {
                while (System.currentTimeMillis() < until) {
                  try {
                    emulator.bean(Snapshots.class).write();
                    writes.incrementAndGet();
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                }
              }));
      for (Future<?> done : running) {
        done.get();
      }
      clients.shutdown();
    }
    assertThat(writes.get()).isPositive();

    try (RunningEmulator restored = RunningEmulator.start(settings)) {
      // the clock stands still from here: nothing moves while the counts are compared
      given()
          .port(restored.port())
          .contentType(ContentType.JSON)
          .body(Map.of("mode", "manual"))
          .put("/_emulator/clock")
          .then()
          .statusCode(200);
      Projects projects = restored.bean(Projects.class);
      Jobs jobs = restored.bean(Jobs.class);
      long stored = 0;
      long running = 0;
      for (String id : projects.ids()) {
        JobPage page = projects.inside(id, state -> jobs.page(state, 0, Integer.MAX_VALUE));
        stored += page.count();
        running += page.jobs().stream().filter(job -> job.status() == JobStatus.RUNNING).count();
      }
      assertThat(stored).isPositive();
      assertThat(jobs.counts().stored()).isEqualTo(stored);
      assertThat(jobs.counts().running()).isEqualTo(running);
      assertThat(jobs.counts().stored()).isLessThanOrEqualTo(3000);
    }
  }

  private static RequestSpecification cph(RunningEmulator emulator, String project) {
    return given()
        .port(emulator.port())
        .basePath("/v1/" + project + "/cloud-phone")
        .contentType(ContentType.JSON);
  }
}
