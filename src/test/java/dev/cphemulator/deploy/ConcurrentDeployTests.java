package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;
import static dev.cphemulator.support.DefaultFleet.STOPPED_SERVER;
import static dev.cphemulator.support.DefaultFleet.TEST_RUNNER_010;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cphemulator.support.RunningEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients racing each other on a manual clock: deploys, undeploys, job polling, project resets,
 * global settles and clock advances from eight threads for three seconds (up to ten on a machine
 * too slow to make a thousand requests in three), on projects that threads share and on projects of
 * one thread each. Checked while they run: no answer is a 5xx, each operation answers as it should,
 * every job id is unique across all answers, every deploy and undeploy answer fans out as CPH's
 * shapes say, per server in request order (phone counts from the fleet). Checked once they stop: a
 * settle leaves nothing running (no fault rule is set), no listed job is still running, a project
 * whose last action was a deploy lists the deployed versions on its servers, and a brand-new
 * project can still deploy.
 *
 * <p>On an emulator of its own: settles and advances move the clock of every project, and a broken
 * count of running jobs would refuse other tests' deploys.
 */
class ConcurrentDeployTests {

  private static final int THREADS = 8;
  private static final Duration RACE = Duration.ofSeconds(3);

  /** On a slow machine the race goes on past {@link #RACE} until this many requests... */
  private static final int ENOUGH_REQUESTS = 1_000;

  /** ...but never longer than this. */
  private static final Duration LONGEST_RACE = Duration.ofSeconds(10);

  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final List<String> VERSIONS =
      List.of(DOC_APP_VERSION, DEMO_GAME_110, TEST_RUNNER_010);
  private static final List<String> SERVERS =
      List.of(
          DOC_SERVER, SERVER_WITH_STOPPED_PHONE, SERVER_10_PHONES, SERVER_4_PHONES, STOPPED_SERVER);
  private static final List<String> SHARED = List.of("race-shared-a", "race-shared-b");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static RunningEmulator emulator;
  private static HttpClient http;

  /** Every server's phones, in the fleet's order, and whether it takes app actions (status 5). */
  private static Map<String, List<String>> phones;

  private static Set<String> running;

  @BeforeAll
  static void startEmulator() throws Exception {
    emulator = RunningEmulator.startManual();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    JsonNode fleet = new Call("GET", "/_emulator/projects/race-fleet/fleet", null).send().json();
    phones = new LinkedHashMap<>();
    running = new LinkedHashSet<>();
    for (JsonNode server : fleet.get("servers")) {
      List<String> ids = new ArrayList<>();
      server.get("phones").forEach(phone -> ids.add(phone.get("phone_id").asString()));
      phones.put(server.get("server_id").asString(), ids);
      if (server.get("status").asInt() == 5) {
        running.add(server.get("server_id").asString());
      }
    }
    assertThat(phones.keySet()).containsAll(SERVERS);
  }

  @AfterAll
  static void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void racingDeploysResetsAndClockMovesKeepEveryJobUniqueFannedOutAndEnding() throws Exception {
    long seed = System.nanoTime();
    Race race = new Race();
    // one client first, so that the race is not spent warming the JIT up
    Random warmUp = new Random(seed - 1);
    long warm = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < 150 && System.nanoTime() < warm; i++) {
      race.step(warmUp, SHARED.get(i % 2), false);
    }
    long warmUpRequests = race.requests.get();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + RACE.toNanos();
    long latest = start + LONGEST_RACE.toNanos();
    for (int t = 0; t < THREADS; t++) {
      Random random = new Random(seed + t);
      String own = "race-own-" + t;
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline
                    || (race.requests.get() - warmUpRequests < ENOUGH_REQUESTS
                        && System.nanoTime() < latest)) {
                  String project = random.nextInt(5) < 2 ? own : SHARED.get(random.nextInt(2));
                  race.step(random, project, project.equals(own));
                }
              },
              "racer-" + t);
      thread.setUncaughtExceptionHandler(
          (th, e) -> race.violation("a racer stopped", th.getName() + ": " + e));
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(60).toMillis());
      if (thread.isAlive()) {
        race.violation(
            "a racer stopped", thread.getName() + " still running a minute after the end");
      }
    }

    System.out.printf(
        "%d threads raced for %d ms (seed %d) after %d requests from one: %d requests, %s;"
            + " %d job ids; problems: %s%n",
        THREADS,
        Duration.ofNanos(System.nanoTime() - start).toMillis(),
        seed,
        warmUpRequests,
        race.requests.get() - warmUpRequests,
        race.operations,
        race.jobIds.size(),
        race.kinds);
    SoftAssertions softly = new SoftAssertions();
    List<String> duringTheRace = List.copyOf(race.violations);
    race.violations.clear();
    softly
        .assertThat(duringTheRace)
        .as(
            "what went wrong while %d threads raced (seed %d, %s requests; counts by kind: %s)",
            THREADS, seed, race.requests, race.kinds)
        .isEmpty();

    // once they stop: nothing is left running
    Answer faults = new Call("GET", "/_emulator/faults", null).send();
    assertThat(faults.json().size()).as("no fault rule was set: %s", faults).isZero();
    Answer settled = new Call("POST", "/_emulator/clock/settle", null).send();
    softly.assertThat(settled.status()).as("the final settle: %s", settled).isEqualTo(200);
    if (settled.status() == 200) {
      softly
          .assertThat(settled.json().get("still_running").asLong())
          .as("jobs still running after the final settle: %s", settled)
          .isZero();
    }
    // and the listings agree: no job of any request is still running
    race.requestsByProject.forEach(
        (project, requests) -> {
          List<String> recent = new ArrayList<>(requests);
          Collections.reverse(recent);
          for (List<String> chunk : chunks(recent.subList(0, Math.min(40, recent.size())), 20)) {
            Answer listing =
                race.call(
                    "GET",
                    "/v1/" + project + "/cloud-phone/jobs?request_ids=" + String.join(",", chunk));
            softly.assertThat(listing.status()).as("ListJobs: %s", listing).isEqualTo(200);
            if (listing.status() == 200) {
              for (JsonNode job : listing.json().get("jobs")) {
                softly
                    .assertThat(job.get("status").asInt())
                    .as("job %s of %s after the final settle", job, project)
                    .isIn(2, -1);
              }
            }
          }
        });
    // a project whose last action was a deploy has the deployed versions on its servers
    race.lastDeployOfOwnProject.forEach(
        (project, deploy) -> {
          for (String server : deploy.servers()) {
            if (!running.contains(server)) {
              continue;
            }
            Answer apps =
                race.call("GET", "/v1/" + project + "/cloud-phone/servers/" + server + "/apps");
            softly.assertThat(apps.status()).as("QueryServerAppsDetail: %s", apps).isEqualTo(200);
            if (apps.status() == 200) {
              List<String> listed = new ArrayList<>();
              apps.json()
                  .get("apps")
                  .forEach(app -> listed.add(app.get("app_version_id").asString()));
              softly
                  .assertThat(listed)
                  .as(
                      "versions listed on %s of %s after its last deploy %s",
                      server, project, deploy)
                  .containsAll(deploy.versions());
            }
          }
        });

    // and a brand-new project can still deploy
    String fresh = "race-fresh-" + seed;
    List<String> versions = List.of(DOC_APP_VERSION);
    List<String> servers = List.of(DOC_SERVER);
    Answer deploy = race.deploy(fresh, versions, servers);
    softly.assertThat(deploy.status()).as("a deploy on a new project: %s", deploy).isEqualTo(200);
    Answer settledAgain = new Call("POST", "/_emulator/clock/settle", null).send();
    softly
        .assertThat(
            settledAgain.status() == 200 ? settledAgain.json().get("still_running").asLong() : -1)
        .as("jobs still running after the new project's deploy settled: %s", settledAgain)
        .isZero();
    Answer apps =
        new Call("GET", "/v1/" + fresh + "/cloud-phone/servers/" + DOC_SERVER + "/apps", null)
            .send();
    softly
        .assertThat(apps.body())
        .as("the new project's server lists the deployed version")
        .contains(DOC_APP_VERSION);
    softly.assertThat(race.violations).as("what went wrong after the race").isEmpty();
    softly.assertAll();
  }

  /** What the racers do and what they found wrong. */
  static final class Race {

    final Set<String> jobIds = ConcurrentHashMap.newKeySet();
    final Map<String, Deque<String>> requestsByProject = new ConcurrentHashMap<>();
    final Map<String, Deque<String>> jobsByProject = new ConcurrentHashMap<>();
    final Map<String, Set<String>> jobsOfRequest = new ConcurrentHashMap<>();
    final Map<String, Deployed> lastDeployOfOwnProject = new ConcurrentHashMap<>();
    final Queue<String> violations = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();
    final AtomicLong requests = new AtomicLong();
    final Map<String, AtomicInteger> operations = new ConcurrentHashMap<>();

    private void count(String operation) {
      operations.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One operation, chosen at random, on a project. */
    void step(Random random, String project, boolean own) {
      int pick = random.nextInt(100);
      count(
          pick < 30
              ? "deploy"
              : pick < 40
                  ? "undeploy"
                  : pick < 52
                      ? "list jobs"
                      : pick < 64
                          ? "show job"
                          : pick < 72 ? "reset" : pick < 84 ? "settle" : "advance");
      if (pick < 30) {
        Deployed deployed = new Deployed(subset(random, VERSIONS), subset(random, SERVERS));
        Answer answer = deploy(project, deployed.versions(), deployed.servers());
        if (own && answer.status() == 200) {
          lastDeployOfOwnProject.put(project, deployed);
        }
      } else if (pick < 40) {
        List<String> versions = subset(random, VERSIONS);
        List<String> servers = subset(random, SERVERS);
        Answer answer = action(project, "batch_undeploy_app_version", versions, servers);
        expect("UndeployAppVersionFromServer", answer, 200);
        if (answer.status() == 200) {
          checkFanOut(answer, project, versions, servers, 40, 41, 42);
        }
        if (own) {
          lastDeployOfOwnProject.remove(project);
        }
      } else if (pick < 52) {
        String request = recent(requestsByProject.get(project), random);
        if (request != null) {
          Answer answer = call("GET", "/v1/" + project + "/cloud-phone/jobs?request_id=" + request);
          expect("ListJobs", answer, 200);
          if (answer.status() == 200) {
            Set<String> issued = jobsOfRequest.getOrDefault(request, Set.of());
            for (JsonNode job : answer.json().get("jobs")) {
              if (!issued.contains(job.get("job_id").asString())) {
                violation(
                    "ListJobs lists a job its request did not answer",
                    project + " " + request + ": " + job);
              }
              if (!List.of(1, 2, -1).contains(job.get("status").asInt())) {
                violation("a job status that is none of 1, 2, -1", job.toString());
              }
            }
          }
        }
      } else if (pick < 64) {
        String job = recent(jobsByProject.get(project), random);
        if (job != null) {
          Answer answer = call("GET", "/v1/" + project + "/cloud-phone/jobs/" + job);
          // a reset project has forgotten its jobs
          if (answer.status() == 404) {
            expectError("ShowJob", answer, "CPS.9302");
          } else {
            expect("ShowJob", answer, 200);
          }
        }
      } else if (pick < 72) {
        expect("project reset", call("POST", "/_emulator/projects/" + project + "/reset"), 200);
        if (own) {
          lastDeployOfOwnProject.remove(project);
        }
      } else if (pick < 84) {
        expect("settle", call("POST", "/_emulator/clock/settle"), 200);
      } else {
        String by = (1 + random.nextInt(5)) + "s";
        expect(
            "advance " + by,
            send("POST", "/_emulator/clock/advance", "{\"by\":\"" + by + "\"}"),
            200);
      }
    }

    /** Deploys and checks the answer: 200, ids unique, fanned out as CPH's shapes say. */
    Answer deploy(String project, List<String> versions, List<String> servers) {
      Answer answer = action(project, "batch_deploy_app_version", versions, servers);
      expect("DeployAppVersionToServer", answer, 200);
      if (answer.status() == 200) {
        checkFanOut(answer, project, versions, servers, 30, 31, 32);
      }
      return answer;
    }

    Answer action(String project, String action, List<String> versions, List<String> servers) {
      String body =
          "{\""
              + action
              + "\":{\"app_version_ids\":"
              + JSON.writeValueAsString(versions)
              + ",\"server_ids\":"
              + JSON.writeValueAsString(servers)
              + "}}";
      return send("POST", "/v1/" + project + "/cloud-phone/servers/action", body);
    }

    /**
     * Per server, in request order: the parent, one per-version job per version, one per-phone job
     * per phone per version (by version, then phone); a server that is not running gets one entry
     * with an error and no job id. Every job id is new.
     */
    void checkFanOut(
        Answer answer,
        String project,
        List<String> versions,
        List<String> servers,
        int parent,
        int perVersion,
        int perPhone) {
      List<String> expected = new ArrayList<>();
      for (String server : servers) {
        if (!running.contains(server)) {
          expected.add(parent + "/" + server + "//refused");
          continue;
        }
        expected.add(parent + "/" + server + "//");
        versions.forEach(v -> expected.add(perVersion + "/" + server + "//" + v));
        for (String version : versions) {
          phones
              .get(server)
              .forEach(p -> expected.add(perPhone + "/" + server + "/" + p + "/" + version));
        }
      }
      JsonNode body = answer.json();
      List<String> actual = new ArrayList<>();
      String request = body.get("request_id").asString();
      Set<String> ids = ConcurrentHashMap.newKeySet();
      for (JsonNode job : body.get("jobs")) {
        JsonNode id = job.get("job_id");
        boolean refused = id == null || id.isNull();
        actual.add(
            job.get("job_type").asInt()
                + "/"
                + text(job, "server_id")
                + "/"
                + text(job, "phone_id")
                + "/"
                + (refused ? "refused" : text(job, "app_version_id")));
        if (!refused) {
          ids.add(id.asString());
          if (!jobIds.add(id.asString())) {
            violation("a job id answered twice", id.asString() + " in " + project + " " + request);
          }
          remember(jobsByProject, project, id.asString());
        }
      }
      if (!actual.equals(expected)) {
        violation(
            "an answer that does not fan out as CPH's shapes say",
            project
                + " "
                + versions
                + " on "
                + servers
                + ": expected "
                + expected.size()
                + " entries "
                + abbreviated(expected)
                + ", got "
                + actual.size()
                + " "
                + abbreviated(actual));
      }
      jobsOfRequest.put(request, ids);
      remember(requestsByProject, project, request);
    }

    void expect(String what, Answer answer, int status) {
      if (answer.status() >= 500) {
        violation("a 5xx", what + " answered " + answer);
      } else if (answer.status() != status) {
        violation("an unexpected status", what + " answered " + answer);
      }
    }

    void expectError(String what, Answer answer, String code) {
      JsonNode error = answer.json().path("error_code");
      String actual = error.isString() ? error.asString() : "";
      if (!actual.equals(code)) {
        violation("an unexpected error", what + " answered " + answer);
      }
    }

    /** Records what went wrong: every kind counted, the first few of each kind kept in full. */
    void violation(String kind, String detail) {
      int seen = kinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      if (seen <= 3) {
        violations.add(kind + ": " + detail);
      }
    }

    Answer call(String method, String path) {
      return send(method, path, null);
    }

    Answer send(String method, String path, String body) {
      requests.incrementAndGet();
      try {
        return new Call(method, path, body).send();
      } catch (IOException e) {
        violation("a request that got no answer", method + " " + path + ": " + e);
        return new Answer(0, "{}");
      }
    }
  }

  /** A deploy of these versions to these servers. */
  record Deployed(List<String> versions, List<String> servers) {}

  /** One HTTP call to the emulator. */
  record Call(String method, String path, String body) {

    Answer send() throws IOException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + path))
              .timeout(Duration.ofSeconds(60));
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  /** An answer: status and body. */
  record Answer(int status, String body) {

    JsonNode json() {
      return JSON.readTree(body);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
  }

  private static List<String> subset(Random random, List<String> from) {
    List<String> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, 1 + random.nextInt(from.size())));
  }

  private static String recent(Deque<String> deque, Random random) {
    if (deque == null || deque.isEmpty()) {
      return null;
    }
    List<String> items = new ArrayList<>(deque);
    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
  }

  private static void remember(Map<String, Deque<String>> map, String project, String id) {
    Deque<String> deque = map.computeIfAbsent(project, p -> new ConcurrentLinkedDeque<>());
    deque.addLast(id);
    while (deque.size() > 200) {
      deque.pollFirst();
    }
  }

  private static String text(JsonNode job, String field) {
    JsonNode value = job.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  private static String abbreviated(List<String> entries) {
    return entries.size() <= 12 ? entries.toString() : entries.subList(0, 12) + "...";
  }

  private static List<List<String>> chunks(List<String> list, int size) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      out.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return out;
  }
}
