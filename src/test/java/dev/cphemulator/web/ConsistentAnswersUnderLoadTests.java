package dev.cphemulator.web;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.EmulatorTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers written after the project's lock is released are snapshots: while threads deploy, restart
 * phones, reset the project and list its jobs, phones and servers, all at once and for a few
 * seconds, every answer parses, none is a 500, and each is consistent in itself and with what the
 * project shows afterwards (unless a reset came in between).
 */
class ConsistentAnswersUnderLoadTests extends EmulatorTest {

  private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(4);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final JsonMapper json = JsonMapper.builder().build();

  /** Odd while a reset is in flight; moves on twice per reset. */
  private final AtomicInteger resets = new AtomicInteger();

  private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
  private final AtomicInteger checked = new AtomicInteger();

  @Test
  void answersStayWholeAndTrueWhileTheProjectChangesUnderThem() throws Exception {
    List<String> restartable = phoneIdsOf(SERVER_4_PHONES);
    long end = System.nanoTime() + RUN_NANOS;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> workers = new ArrayList<>();
    workers.add(pool.submit(() -> loop(end, this::deployAndCheckItsJobs)));
    workers.add(pool.submit(() -> loop(end, this::deployAndCheckItsJobs)));
    workers.add(pool.submit(() -> loop(end, () -> restart(restartable))));
    workers.add(pool.submit(() -> loop(end, this::resetTheProject)));
    workers.add(pool.submit(() -> loop(end, this::listPhonesAndServers)));
    workers.add(pool.submit(() -> loop(end, this::listPhonesAndServers)));
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(problems).isEmpty();
    assertThat(checked.get()).as("answers checked").isGreaterThan(20);
  }

  private void loop(long end, Runnable step) {
    while (System.nanoTime() < end && problems.size() < 20) {
      try {
        step.run();
      } catch (RuntimeException e) {
        problems.add(e.toString());
      }
    }
  }

  private void deployAndCheckItsJobs() {
    int before = resets.get();
    JsonNode deployed =
        send(
            "POST",
            "/servers/action",
            "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
                + DOC_APP_VERSION
                + "\"],\"server_ids\":[\""
                + DOC_SERVER
                + "\",\""
                + SERVER_10_PHONES
                + "\"]}}");
    if (deployed == null) {
      return;
    }
    String requestId = deployed.get("request_id").asString();
    Set<String> answered = new HashSet<>();
    for (JsonNode job : deployed.get("jobs")) {
      if (job.hasNonNull("job_id")) {
        answered.add(job.get("job_id").asString());
      } else if (!job.hasNonNull("error_code")) {
        problems.add("a deploy's job with neither id nor error: " + job);
      }
    }
    JsonNode listed = send("GET", "/jobs?limit=100&request_id=" + requestId, null);
    if (listed == null) {
      return;
    }
    Set<String> listedIds = new HashSet<>();
    listed.get("jobs").forEach(job -> listedIds.add(job.get("job_id").asString()));
    List<String> missing = new ArrayList<>();
    for (String jobId : listedIds) {
      if (status("GET", "/jobs/" + jobId) != 200) {
        missing.add(jobId);
      }
    }
    int after = resets.get();
    if (before == after && before % 2 == 0) {
      if (!listedIds.equals(answered)) {
        problems.add("ListJobs of " + requestId + " " + listedIds + " but the deploy " + answered);
      }
      if (!missing.isEmpty()) {
        problems.add("listed jobs ShowJob does not find: " + missing);
      }
    }
    checked.incrementAndGet();
  }

  private void restart(List<String> phones) {
    StringBuilder body = new StringBuilder("{\"phones\":[");
    for (int i = 0; i < phones.size(); i++) {
      body.append(i == 0 ? "" : ",").append("{\"phone_id\":\"").append(phones.get(i)).append("\"}");
    }
    JsonNode answer = send("POST", "/phones/batch-restart", body.append("]}").toString());
    if (answer != null) {
      if (answer.get("jobs").size() != phones.size()) {
        problems.add("a restart of " + phones.size() + " phones answered " + answer);
      }
      checked.incrementAndGet();
    }
  }

  private void resetTheProject() {
    resets.incrementAndGet();
    try {
      int status = exchange("POST", "/_emulator/projects/" + project + "/reset", null).statusCode();
      if (status != 200) {
        problems.add("reset answered " + status);
      }
    } finally {
      resets.incrementAndGet();
    }
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void listPhonesAndServers() {
    JsonNode servers = send("GET", "/servers?limit=100", null);
    JsonNode phones = send("GET", "/phones?limit=100", null);
    if (servers == null || phones == null) {
      return;
    }
    if (servers.get("count").asInt() != servers.get("servers").size()) {
      problems.add("servers: count " + servers.get("count") + " for a whole list " + servers);
    }
    if (phones.get("count").asInt() != phones.get("phones").size()) {
      problems.add("phones: count " + phones.get("count") + " for a whole list");
    }
    Set<String> serverIds = new HashSet<>();
    servers.get("servers").forEach(server -> serverIds.add(server.get("server_id").asString()));
    phones
        .get("phones")
        .forEach(
            phone -> {
              if (!serverIds.contains(phone.get("server_id").asString())) {
                problems.add("a phone on a server not listed: " + phone);
              }
            });
    checked.incrementAndGet();
  }

  private List<String> phoneIdsOf(String serverId) {
    JsonNode phones = send("GET", "/phones?server_id=" + serverId, null);
    List<String> ids = new ArrayList<>();
    phones.get("phones").forEach(phone -> ids.add(phone.get("phone_id").asString()));
    return ids;
  }

  /** A CPH call that must answer 200 with JSON; null (and a problem noted) otherwise. */
  private JsonNode send(String method, String path, String body) {
    HttpResponse<String> answer = exchange(method, cphPath(path), body);
    try {
      JsonNode parsed = json.readTree(answer.body());
      if (answer.statusCode() != 200) {
        problems.add(method + " " + path + " answered " + answer.statusCode() + ": " + parsed);
        return null;
      }
      return parsed;
    } catch (RuntimeException e) {
      problems.add(method + " " + path + " answered what is not JSON: " + answer.body());
      return null;
    }
  }

  private int status(String method, String path) {
    HttpResponse<String> answer = exchange(method, cphPath(path), null);
    if (answer.statusCode() >= 500) {
      problems.add(method + " " + path + " answered " + answer.statusCode());
    }
    json.readTree(answer.body());
    return answer.statusCode();
  }

  private String cphPath(String path) {
    return "/v1/" + project + "/cloud-phone" + path;
  }

  private HttpResponse<String> exchange(String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
