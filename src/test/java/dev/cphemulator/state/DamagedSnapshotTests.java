package dev.cphemulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cphemulator.CphEmulatorApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A snapshot that cannot be restored stops start-up with one message naming the file, where in it,
 * and what is wrong; an empty directory starts fresh.
 */
class DamagedSnapshotTests {

  private static final String HEAD =
      "{\"format\":1,\"saved_at\":\"2026-01-05T10:00:00Z\",\"clock\":{\"mode\":\"manual\","
          + "\"offset_ms\":0,\"now\":\"2026-01-05T10:00:00Z\"},"
          + "\"faults\":{\"counter\":0,\"rules\":[]},";
  private static final String ENDED_PUSH =
      "{\"job_id\":\"j1\",\"request_id\":\"r1\",\"type\":\"push\",\"sequence\":0,"
          + "\"server_id\":\"88b8449b896f3a4f0ad57222dd91909\",\"app_version_id\":\"v\","
          + "\"begin_time\":\"2026-01-05T10:00:00Z\",\"status\":2,"
          + "\"end_time\":\"2026-01-05T10:00:03Z\"";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {nope | (document): it is not valid JSON",
        "truncated | TRUNCATED | (document): it is not valid JSON",
        "newer format | {\"format\":2} | format: it is 2, written by a newer emulator",
        "no clock | {\"format\":1,\"faults\":{\"counter\":0,\"rules\":[]},\"projects\":{}} |"
            + " (document).clock: it is missing",
        "unknown parent | PARENT | jobs[0].parent: 'gone' is not a job saved before this one",
        "unknown server | SERVER | servers[0].server_id: the project's fleet has no server nope",
        "unknown part | PART | parts.tickets: no part of a project's state has this name",
        "running without schedule | HANGING | jobs[0].due_at: a running job needs one"
      })
  void aDamagedSnapshotStopsStartUpNamingTheFileAndTheProblem(
      String name, String content, String problem) throws Exception {
    Files.writeString(dir.resolve("state.json"), document(content), StandardCharsets.UTF_8);

    Throwable failure = catchThrowable(this::start);

    SnapshotException cause = findCause(failure);
    assertThat(cause).as(name).isNotNull();
    FailureAnalysis analysis = new SnapshotFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription())
        .startsWith("Snapshot " + dir.resolve("state.json") + " cannot be restored: ")
        .contains(problem);
    assertThat(analysis.getAction()).contains("docs/snapshots.md");
  }

  @Test
  void anEmptyDirectoryStartsFreshAndTheFirstWriteMakesTheFile() throws Exception {
    Path fresh = dir.resolve("not-yet");
    try (ConfigurableApplicationContext context = start(fresh)) {
      assertThat(Files.exists(fresh.resolve("state.json"))).isFalse();
      assertThat(context.getBean(Snapshots.class).write().skipped()).isFalse();
      assertThat(Files.readString(fresh.resolve("state.json"))).startsWith("{\"format\":1,");
    }
  }

  private static String document(String content) {
    String project = "\"projects\":{\"p1\":{\"parts\":";
    return switch (content) {
      case "TRUNCATED" -> (HEAD + project + "{\"jobs\":{\"sequence\":1").substring(0, 150);
      case "PARENT" ->
          HEAD
              + project
              + "{\"jobs\":{\"sequence\":1,\"jitter_draws\":0,\"jobs\":["
              + ENDED_PUSH
              + ",\"parent\":\"gone\"}]}}}}}";
      case "SERVER" ->
          HEAD
              + project
              + "{\"fleet\":{\"servers\":[{\"server_id\":\"nope\",\"status\":5,"
              + "\"update_time\":\"2026-01-05T10:00:00Z\"}],\"phones\":[],"
              + "\"properties\":{}}}}}}";
      case "PART" -> HEAD + project + "{\"tickets\":{}}}}}";
      case "HANGING" ->
          HEAD
              + project
              + "{\"jobs\":{\"sequence\":1,\"jitter_draws\":0,\"jobs\":["
              + ENDED_PUSH
                  .replace("\"status\":2,", "\"status\":1,")
                  .replace(",\"end_time\":\"2026-01-05T10:00:03Z\"", "")
              + "}]}}}}}";
      default -> content;
    };
  }

  private ConfigurableApplicationContext start() {
    return start(dir);
  }

  private static ConfigurableApplicationContext start(Path stateDir) {
    return new SpringApplicationBuilder(CphEmulatorApplication.class)
        .run(
            "--spring.main.web-application-type=none",
            "--logging.level.root=off",
            "--cph.emulator.state.dir=" + stateDir);
  }

  private static SnapshotException findCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SnapshotException snapshot) {
        return snapshot;
      }
    }
    return null;
  }
}
