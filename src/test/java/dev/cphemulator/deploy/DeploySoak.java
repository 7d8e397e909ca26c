package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DEMO_GAME_110;
import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static dev.cphemulator.support.DefaultFleet.SERVER_10_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_4_PHONES;
import static dev.cphemulator.support.DefaultFleet.SERVER_WITH_STOPPED_PHONE;

import dev.cphemulator.CphEmulatorApplication;
import dev.cphemulator.jobs.Jobs;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A soak of DeployAppVersionToServer over HTTP: the emulator at its default settings (real clock,
 * default fleet, default job durations and history cap) in this JVM, a few client threads posting
 * deploys as fast as it answers, each on a project of its own, for minutes. Every interval it
 * prints the requests done, the heap used after a full GC, the jobs held, and the latency
 * percentiles of the interval's deploys; at the end, a summary. What to look for: the heap levels
 * off once the job history reaches its cap (old ended jobs are evicted), and latency does not creep
 * up. Not a test; never runs with them.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:exec
 * -Dbench.main=dev.cphemulator.deploy.DeploySoak -Dbench.args="soak.duration=3m"}. Settings, as
 * {@code name=value} arguments or system properties: {@code soak.duration} (default {@code 3m}),
 * {@code soak.threads} (4), {@code soak.interval} (10s), {@code soak.servers} (servers per deploy,
 * 1 to 4, default 1: the documentation's server, 6 phones; two versions, so 15 jobs a deploy),
 * {@code soak.history} ({@code cph.emulator.jobs.history}, the emulator's default unless given: a
 * smaller cap shows the steady state of eviction in a shorter run). The full GC before each heap
 * figure stops the emulator too: its pause, printed, shows in that interval's max latency.
 */
public final class DeploySoak {

  private static final List<String> SERVERS =
      List.of(DOC_SERVER, SERVER_10_PHONES, SERVER_WITH_STOPPED_PHONE, SERVER_4_PHONES);

  private final Duration duration;
  private final int threads;
  private final Duration interval;
  private final int servers;
  private final String history;

  /** The latencies, in nanoseconds, of the current interval's deploys. */
  private Latencies samples = new Latencies();

  /** Every latency of the run. */
  private final Latencies allSamples = new Latencies();

  private final AtomicLong done = new AtomicLong();
  private final Map<Integer, AtomicLong> failures = new ConcurrentHashMap<>();

  private DeploySoak(Map<String, String> settings) {
    duration = DurationStyle.detectAndParse(settings.getOrDefault("soak.duration", "3m"));
    threads = Integer.parseInt(settings.getOrDefault("soak.threads", "4"));
    interval = DurationStyle.detectAndParse(settings.getOrDefault("soak.interval", "10s"));
    servers = Integer.parseInt(settings.getOrDefault("soak.servers", "1"));
    history = settings.get("soak.history");
    if (servers < 1 || servers > SERVERS.size()) {
      throw new IllegalArgumentException("soak.servers must be 1 to " + SERVERS.size());
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new TreeMap<>();
    for (String name :
        List.of("soak.duration", "soak.threads", "soak.interval", "soak.servers", "soak.history")) {
      if (System.getProperty(name) != null) {
        settings.put(name, System.getProperty(name));
      }
    }
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("soak.") && equals > 0) {
        settings.put(arg.substring(0, equals), arg.substring(equals + 1));
      } else {
        System.out.println("ignoring argument " + arg + " (give soak.<name>=<value>)");
      }
    }
    new DeploySoak(settings).run();
  }

  private void run() throws Exception {
    List<String> emulatorArgs =
        new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn"));
    if (history != null) {
      emulatorArgs.add("--cph.emulator.jobs.history=" + history);
    }
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(CphEmulatorApplication.class)
            .run(emulatorArgs.toArray(String[]::new));
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Jobs jobs = app.getBean(Jobs.class);
      System.out.printf(
          "soak: %d threads deploying 2 versions to %d server(s) for %s, a line every %s;"
              + " heap max %d MB, %d processors%n",
          threads,
          servers,
          duration,
          interval,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20,
          Runtime.getRuntime().availableProcessors());
      soak(port, jobs);
    } finally {
      app.close();
    }
  }

  private void soak(int port, Jobs jobs) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String body =
        "{\"batch_deploy_app_version\":{\"app_version_ids\":[\""
            + DOC_APP_VERSION
            + "\",\""
            + DEMO_GAME_110
            + "\"],\"server_ids\":"
            + SERVERS.subList(0, servers).stream()
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",", "[", "]"))
            + "}}";
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> clients = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      HttpRequest deploy =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:" + port + "/v1/soak-" + t + "/cloud-phone/servers/action"))
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      Thread client =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  int status;
                  try {
                    status = http.send(deploy, HttpResponse.BodyHandlers.discarding()).statusCode();
                  } catch (Exception e) {
                    status = -1;
                  }
                  record(System.nanoTime() - sent, status);
                }
              },
              "soak-client-" + t);
      client.setDaemon(true);
      clients.add(client);
    }
    clients.forEach(Thread::start);

    System.out.println(
        "   time  requests   req/s   heap after GC  jobs kept  running    p50 ms   p90 ms   p99 ms   max ms  failures");
    long lastDone = 0;
    long lastReport = start;
    while (System.nanoTime() < end) {
      Thread.sleep(
          Math.min(interval.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      long now = System.nanoTime();
      long total = done.get();
      long[] latencies = takeSamples();
      Heap heap = heapAfterGc();
      Jobs.JobCounts counts = jobs.counts();
      System.out.printf(
          "%6ds  %8d  %6.0f  %8d MB (gc %3d ms)  %9d  %7d  %s  %s%n",
          Duration.ofNanos(now - start).toSeconds(),
          total,
          (total - lastDone) / ((now - lastReport) / 1e9),
          heap.usedMb(),
          heap.gcMillis(),
          counts.stored(),
          counts.running(),
          percentiles(latencies),
          failures.isEmpty() ? "0" : failures.toString());
      lastDone = total;
      lastReport = now;
    }
    for (Thread client : clients) {
      client.join(Duration.ofSeconds(70).toMillis());
    }
    long elapsed = System.nanoTime() - start;
    long[] everything;
    synchronized (this) {
      takeSamples();
      everything = allSamples.toArray();
    }
    Heap heap = heapAfterGc();
    Jobs.JobCounts counts = jobs.counts();
    System.out.printf(
        "summary: %d deploys in %d s (%.0f/s) from %d threads, %d jobs each; failures: %s%n"
            + "  latency over the whole run: %s (p50 p90 p99 max, ms)%n"
            + "  heap after GC at the end: %d MB; jobs kept %d (cap %d), running %d%n",
        done.get(),
        Duration.ofNanos(elapsed).toSeconds(),
        done.get() / (elapsed / 1e9),
        threads,
        jobsPerDeploy(),
        failures.isEmpty() ? "none" : failures.toString(),
        percentiles(everything),
        heap.usedMb(),
        counts.stored(),
        counts.history(),
        counts.running());
  }

  /** Jobs per deploy: per server, 1 + 2 + 2 x phones. */
  private int jobsPerDeploy() {
    int[] phones = {6, 10, 8, 4};
    int jobs = 0;
    for (int s = 0; s < servers; s++) {
      jobs += 1 + 2 + 2 * phones[s];
    }
    return jobs;
  }

  private synchronized void record(long nanos, int status) {
    samples.add(nanos);
    done.incrementAndGet();
    if (status != 200) {
      failures.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }
  }

  private synchronized long[] takeSamples() {
    long[] taken = samples.toArray();
    samples = new Latencies();
    allSamples.addAll(taken);
    return taken;
  }

  /** A growing array of latencies: 8 bytes each, so that keeping them barely shows in the heap. */
  private static final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(long[] more) {
      for (long value : more) {
        add(value);
      }
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  private static String percentiles(long[] nanos) {
    if (nanos.length == 0) {
      return "   (none)";
    }
    Arrays.sort(nanos);
    return String.format(
        "%8.2f %8.2f %8.2f %8.2f",
        at(nanos, 0.50) / 1e6,
        at(nanos, 0.90) / 1e6,
        at(nanos, 0.99) / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }

  /** The nearest-rank percentile of sorted values. */
  private static long at(long[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The heap in use right after a full collection, and how long that collection took. */
  record Heap(long usedMb, long gcMillis) {}

  private static Heap heapAfterGc() {
    long before = System.nanoTime();
    System.gc();
    long gc = (System.nanoTime() - before) / 1_000_000;
    return new Heap(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, gc);
  }
}
