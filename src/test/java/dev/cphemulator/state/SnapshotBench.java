package dev.cphemulator.state;

import static io.restassured.RestAssured.given;

import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.support.DefaultFleet;
import dev.cphemulator.support.RunningEmulator;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints the size of a snapshot and how long writing and restoring it takes, for the default fleet
 * with about 10,000 jobs (half of them running). Run with {@code ./mvnw -B -Pbench test-compile
 * exec:exec -Dbench.main=dev.cphemulator.state.SnapshotBench -Dbench.args=}.
 */
public final class SnapshotBench {

  private SnapshotBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("cph-snapshot-bench");
    String[] settings = {
      "--cph.emulator.clock.mode=manual",
      "--cph.emulator.clock.start=2026-01-05T10:00:00Z",
      "--cph.emulator.state.dir=" + dir,
      "--cph.emulator.state.interval=1h"
    };
    try (RunningEmulator emulator = RunningEmulator.start(settings)) {
      for (int i = 0; emulator.bean(Jobs.class).counts().stored() < 10_000; i++) {
        given()
            .port(emulator.port())
            .basePath("/v1/bench-" + (i % 10) + "/cloud-phone")
            .contentType(ContentType.JSON)
            .body(DefaultFleet.docDeploy())
            .post("/servers/action")
            .then()
            .statusCode(200);
        if (i == 600) {
          given()
              .port(emulator.port())
              .contentType(ContentType.JSON)
              .body(Map.of("by", "1m"))
              .post("/_emulator/clock/advance");
        }
      }
      Jobs.JobCounts counts = emulator.bean(Jobs.class).counts();
      Snapshots snapshots = emulator.bean(Snapshots.class);
      for (int round = 0; round < 3; round++) {
        Snapshots.Written written = snapshots.write();
        System.out.printf(
            "write %d: %d jobs (%d running), %,d bytes, %d ms%n",
            round, counts.stored(), counts.running(), written.bytes(), written.took().toMillis());
        given()
            .port(emulator.port())
            .contentType(ContentType.JSON)
            .body(Map.of("by", "1ms"))
            .post("/_emulator/clock/advance");
      }
    }
    long started = System.nanoTime();
    try (RunningEmulator restored = RunningEmulator.start(settings)) {
      System.out.printf(
          "start with restore: %d ms, %d jobs%n",
          (System.nanoTime() - started) / 1_000_000, restored.bean(Jobs.class).counts().stored());
    }
  }
}
