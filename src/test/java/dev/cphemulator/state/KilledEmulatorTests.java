package dev.cphemulator.state;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.CphEmulatorApplication;
import dev.cphemulator.support.DefaultFleet;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator as a real process, killed with SIGKILL ({@code destroyForcibly}): what was saved at
 * least one interval before the kill comes back, and however the kill falls between writes, the
 * next start finds a snapshot it can read.
 */
class KilledEmulatorTests {

  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PROJECT = "killed";

  @TempDir Path dir;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void whatWasSavedBeforeAKillComesBackAndEveryRestartAfterAKillMidWriteSucceeds()
      throws Exception {
    int port = freePort();
    Process emulator = start(port);
    String jobId =
        deploy(port).jsonPath().getString("jobs[0].job_id"); // the deploy job (30) on DOC_SERVER
    Thread.sleep(INTERVAL.multipliedBy(3).toMillis());
    emulator.destroyForcibly().waitFor();

    start(port);
    admin(port)
        .get("/projects/{p}/jobs?limit=100", PROJECT)
        .then()
        .statusCode(200)
        .body("jobs[0].job_id", org.hamcrest.Matchers.equalTo(jobId));
    assertThat(JSON.readTree(Files.readAllBytes(dir.resolve("state.json"))).get("format").asInt())
        .isEqualTo(1);

    Random random = new Random(7);
    for (int round = 0; round < 2; round++) {
      Process current = started.get(started.size() - 1);
      AtomicBoolean go = new AtomicBoolean(true);
      AtomicInteger deploys = new AtomicInteger();
      Thread client =
          new Thread(
              () -> {
                while (go.get()) {
                  try {
                    deploy(port);
                    deploys.incrementAndGet();
                  } catch (Exception killed) {
                    return;
                  }
                }
              });
      client.start();
      Thread.sleep(300 + random.nextInt(900));
      current.destroyForcibly().waitFor();
      go.set(false);
      client.join();
      assertThat(deploys.get()).as("deploys before kill %d", round).isPositive();

      start(port); // fails the test if the snapshot cannot be read
      JsonNode file = JSON.readTree(Files.readAllBytes(dir.resolve("state.json")));
      assertThat(file.get("projects").has(PROJECT)).isTrue();
    }
  }

  private Process start(int port) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("emulator-" + started.size() + ".log");
    Process process =
        new ProcessBuilder(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                CphEmulatorApplication.class.getName(),
                "--server.port=" + port,
                "--cph.emulator.state.dir=" + dir,
                "--cph.emulator.state.interval=" + INTERVAL.toMillis() + "ms",
                "--logging.level.root=warn")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    started.add(process);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the emulator stopped at start-up:\n" + Files.readString(log));
      }
      try {
        if (admin(port).get("/clock").statusCode() == 200) {
          return process;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the emulator did not answer within 60s:\n" + Files.readString(log));
  }

  private static io.restassured.response.Response deploy(int port) {
    io.restassured.response.Response answer =
        given()
            .port(port)
            .basePath("/v1/" + PROJECT + "/cloud-phone")
            .contentType(ContentType.JSON)
            .body(DefaultFleet.docDeploy())
            .post("/servers/action");
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer;
  }

  private static RequestSpecification admin(int port) {
    return given().port(port).basePath("/_emulator").contentType(ContentType.JSON);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
