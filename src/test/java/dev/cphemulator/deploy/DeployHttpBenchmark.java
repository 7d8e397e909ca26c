package dev.cphemulator.deploy;

import dev.cphemulator.CphEmulatorApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The deploy over HTTP, as a client sees it: request, JSON in and out, on a loopback socket. The
 * emulator runs in this JVM on a generated fleet of 100 servers of 30 phones; each call deploys two
 * versions to {@code servers} of them (100 servers: 6,300 jobs, a 1.1 MB answer). {@link #deploy}
 * is one client; {@link #deployFromFourClients} is four clients deploying to the same project at
 * once, where the time a project is held while its answer is written shows. Run: {@code ./mvnw -B
 * -Pbench test-compile exec:exec -Dbench.args="DeployHttpBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeployHttpBenchmark {

  @Param({"1", "100"})
  int servers;

  private ConfigurableApplicationContext app;
  private HttpClient http;
  private HttpRequest deploy;
  private HttpRequest reset;

  @Setup(Level.Trial)
  public void start() throws Exception {
    java.nio.file.Path fleet = java.nio.file.Files.createTempFile("bench-fleet", ".yaml");
    java.nio.file.Files.writeString(
        fleet,
        """
        generate:
          - count: 100
            phones_per_server: 30
            name_prefix: bench
        apps:
          - name: bench
            package_name: com.example.bench
            versions:
              - app_version_id: v1
                version_code: "1"
              - app_version_id: v2
                version_code: "2"
        """);
    // command-line arguments, which win over application.yml (builder properties would not)
    app =
        new SpringApplicationBuilder(CphEmulatorApplication.class)
            .run(
                "--server.port=0",
                "--cph.emulator.clock.mode=manual",
                // jobs end at the next request: each call also pays for ending (and, past the
                // history cap, evicting) the previous call's jobs, as a long-running client would
                "--cph.emulator.jobs.durations.push=0s",
                "--cph.emulator.jobs.durations.install=0s",
                // a small history, so that the steady state includes evicting old jobs
                "--cph.emulator.jobs.history=100000",
                "--cph.emulator.fleet=" + fleet,
                "--logging.level.root=warn");
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= servers; i++) {
      ids.add(dev.cphemulator.kernel.Ids.stable("server", "bench", "" + i));
    }
    String body =
        "{\"batch_deploy_app_version\":{\"app_version_ids\":[\"v1\",\"v2\"],\"server_ids\":"
            + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"))
            + "}}";
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    deploy =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v1/bench/cloud-phone/servers/action"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    reset =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/_emulator/projects/bench/reset"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
  }

  /** Keeps the job store from growing across iterations. */
  @Setup(Level.Iteration)
  public void resetProject() throws Exception {
    http.send(reset, HttpResponse.BodyHandlers.discarding());
  }

  @Benchmark
  public int deploy() throws Exception {
    HttpResponse<byte[]> response = http.send(deploy, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("deploy answered " + response.statusCode());
    }
    return response.body().length;
  }

  /** Four clients deploying to the same project at once: the time of one call among them. */
  @Benchmark
  @Threads(4)
  public int deployFromFourClients() throws Exception {
    return deploy();
  }

  @TearDown(Level.Trial)
  public void stop() {
    app.close();
  }
}
