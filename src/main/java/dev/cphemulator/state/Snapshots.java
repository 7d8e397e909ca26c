package dev.cphemulator.state;

import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.InvalidFieldException;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectSnapshots;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.Saved;
import dev.cphemulator.seed.FleetFileException;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSeeder;
import dev.cphemulator.web.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves the emulator's state to {@code cph.emulator.state.dir} and restores it at start-up; does
 * nothing when no directory is set.
 *
 * <p>Restores once every bean is made, before any lifecycle starts: before the web server takes
 * requests and before the job ticker runs. A snapshot that cannot be restored stops start-up
 * ({@link SnapshotException}). Writes every {@code cph.emulator.state.interval} on a thread of its
 * own, {@code cph-state-writer-1}, skipping a write when nothing changed; and once more on
 * shutdown, after the web server stopped taking requests and the job ticker stopped.
 *
 * <p>A write takes each project's lock in turn, only to turn the project's state into JSON in
 * memory; the file is written outside every lock. Each project is saved consistent in itself; the
 * clock is read last, so it is never behind a time a project shows.
 */
@Component
public class Snapshots implements SmartInitializingSingleton, SmartLifecycle {

  /** The format this emulator writes and reads. */
  public static final int FORMAT = 1;

  private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

  private final StateProperties properties;
  private final Projects projects;
  private final ProjectSnapshots parts;
  private final VirtualClock clock;
  private final FaultPlan faults;
  private final FleetSeeder seeder;
  private final FleetFiles fleetFiles;
  private final Clock wall = Clock.systemUTC();
  private final JsonMapper json = StrictJson.configure(JsonMapper.builder()).build();
  private final SnapshotFile file;
  private ThreadPoolTaskScheduler writer;
  private byte[] lastDigest;

  Snapshots(
      StateProperties properties,
      Projects projects,
      ProjectSnapshots parts,
      VirtualClock clock,
      FaultPlan faults,
      FleetSeeder seeder,
      FleetFiles fleetFiles) {
    this.properties = properties;
    this.projects = projects;
    this.parts = parts;
    this.clock = clock;
    this.faults = faults;
    this.seeder = seeder;
    this.fleetFiles = fleetFiles;
    this.file = properties.dir() == null ? null : new SnapshotFile(properties.dir());
  }

  /** What one write did. */
  public record Written(Optional<Path> file, int bytes, Duration took, boolean skipped) {}

  // --- restore ---

  @Override
  public void afterSingletonsInstantiated() {
    if (file == null) {
      return;
    }
    file.prepare();
    Optional<byte[]> content = file.read();
    if (content.isEmpty()) {
      log.info("State: no snapshot in {} yet; starting fresh", properties.dir());
      return;
    }
    long started = System.nanoTime();
    int restored = restore(content.get());
    log.info(
        "State: restored {} projects from {} ({} bytes) in {} ms",
        restored,
        file.path(),
        content.get().length,
        (System.nanoTime() - started) / 1_000_000);
  }

  private int restore(byte[] content) {
    JsonNode document;
    try {
      document = json.readTree(content);
    } catch (JacksonException e) {
      throw new SnapshotException(
          file.path(), "(document)", "it is not valid JSON: " + e.getOriginalMessage());
    }
    if (document == null || document.isMissingNode()) {
      throw new SnapshotException(file.path(), "(document)", "it is empty");
    }
    try {
      Saved root = Saved.root(document, "(document)");
      long format = root.number("format");
      if (format > FORMAT) {
        throw root.fail(
            "format",
            "it is " + format + ", written by a newer emulator; this one reads format " + FORMAT);
      }
      if (format < 1) {
        throw root.fail("format", "it must be " + FORMAT);
      }
      Saved savedClock = root.object("clock");
      restoreFaults(root.object("faults"));
      Map<String, Saved> saved = root.entries("projects");
      for (Map.Entry<String, Saved> project : saved.entrySet()) {
        restoreProject(project.getKey(), project.getValue());
      }
      parts.restored();
      restoreClock(savedClock);
      return saved.size();
    } catch (InvalidFieldException e) {
      throw new SnapshotException(file.path(), e.field(), e.problem());
    } catch (RuntimeException e) {
      throw new SnapshotException(file.path(), "(document)", "it is damaged: " + e);
    }
  }

  private void restoreClock(Saved saved) {
    String modeText = saved.text("mode");
    ClockMode mode;
    try {
      mode = ClockMode.fromWire(modeText);
    } catch (IllegalArgumentException e) {
      throw saved.fail("mode", e.getMessage());
    }
    Instant now = saved.instant("now");
    Duration offset = Duration.ofMillis(saved.number("offset_ms"));
    try {
      clock.restore(mode, now, offset);
    } catch (IllegalArgumentException e) {
      throw saved.fail("now", e.getMessage());
    }
  }

  private void restoreFaults(Saved saved) {
    List<FaultPlan.SavedRule> rules = new ArrayList<>();
    for (Saved one : saved.list("rules")) {
      Saved ruleNode = one.object("rule");
      FaultRule rule;
      try {
        rule = json.treeToValue(ruleNode.node(), FaultRule.class);
        FleetFiles.checkFault(rule, file.path().toString(), ruleNode.path());
      } catch (JacksonException e) {
        throw ruleNode.fail("it is not a fault rule: " + e.getOriginalMessage());
      } catch (FleetFileException e) {
        throw new InvalidFieldException(e.field(), e.problem());
      }
      if (rule.id() == null || rule.effect() == null || rule.probability() == null) {
        throw ruleNode.fail("a saved rule has its id, effect and probability");
      }
      Long remaining = one.optNumber("remaining");
      long draws = one.number("draws");
      if (draws < 0 || draws > 100_000_000L) {
        throw one.fail("draws", "it must be from 0 to 100000000");
      }
      rules.add(
          new FaultPlan.SavedRule(
              rule,
              one.number("matched"),
              remaining == null ? null : Math.toIntExact(remaining),
              draws));
    }
    try {
      faults.restore(new FaultPlan.Saved(rules, saved.number("counter")));
    } catch (IllegalArgumentException e) {
      throw saved.fail("rules", e.getMessage());
    }
  }

  private void restoreProject(String projectId, Saved saved) {
    ProjectId project;
    try {
      project = new ProjectId(projectId);
    } catch (CphException e) {
      throw saved.fail("it is not a project id: " + e.getMessage());
    }
    Optional<FleetFiles.GivenFleet> given = Optional.empty();
    Optional<FleetFiles.ProjectTemplates> templates = Optional.empty();
    if (saved.has("given_fleet")) {
      Saved fleet = saved.object("given_fleet");
      String formatText = fleet.text("format");
      FleetFiles.Format format;
      try {
        format = FleetFiles.Format.valueOf(formatText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fleet.fail("format", "it must be json or yaml");
      }
      byte[] document = fleet.text("document").getBytes(StandardCharsets.UTF_8);
      try {
        templates =
            Optional.of(fleetFiles.readSection(document, format, fleet.path() + ".document"));
      } catch (FleetFileException e) {
        throw new InvalidFieldException(fleet.path() + ".document", e.getMessage());
      }
      given = Optional.of(new FleetFiles.GivenFleet(format, document));
    }
    Optional<FleetFiles.GivenFleet> givenFleet = given;
    Optional<FleetFiles.ProjectTemplates> givenTemplates = templates;
    try {
      parts.restore(
          projectId,
          saved,
          state ->
              givenFleet.ifPresent(
                  fleet -> seeder.replace(project, fleet, givenTemplates.orElseThrow())));
    } catch (CphException e) {
      throw saved.fail(e.getMessage());
    }
  }

  // --- save ---

  /**
   * Writes the snapshot now, unless nothing changed since the last write.
   *
   * @return what was written; empty file when no state directory is set
   */
  public synchronized Written write() throws IOException {
    if (file == null) {
      return new Written(Optional.empty(), 0, Duration.ZERO, true);
    }
    long started = System.nanoTime();
    Map<String, byte[]> saved = new TreeMap<>();
    projects.eachProject(
        state -> {
          ObjectNode project = Saved.object();
          seeder
              .given(state.project())
              .ifPresent(
                  fleet -> {
                    ObjectNode given = project.putObject("given_fleet");
                    given.put("format", fleet.format().name().toLowerCase(Locale.ROOT));
                    given.put("document", new String(fleet.document(), StandardCharsets.UTF_8));
                  });
          project.set("parts", parts.save(state));
          saved.put(state.project().value(), json.writeValueAsBytes(project));
        });
    byte[] faultBytes = json.writeValueAsBytes(savedFaults());
    ClockMode mode = clock.mode();
    Duration offset = clock.offset();
    Instant now = clock.instant();
    ObjectNode clockNode = Saved.object();
    clockNode.put("mode", mode.wire());
    clockNode.put("offset_ms", offset.toMillis());

    MessageDigest digest = sha256();
    digest.update(json.writeValueAsBytes(clockNode));
    if (mode == ClockMode.MANUAL) {
      digest.update(now.toString().getBytes(StandardCharsets.UTF_8));
    }
    digest.update(faultBytes);
    saved.forEach(
        (id, project) -> {
          digest.update(id.getBytes(StandardCharsets.UTF_8));
          digest.update(project);
        });
    byte[] hash = digest.digest();
    if (Arrays.equals(hash, lastDigest)) {
      return new Written(Optional.of(file.path()), 0, elapsed(started), true);
    }

    clockNode.put("now", now.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("{\"format\":" + FORMAT + ",\"saved_at\":").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(json.writeValueAsBytes(wall.instant().toString()));
    out.writeBytes(",\"clock\":".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(json.writeValueAsBytes(clockNode));
    out.writeBytes(",\"faults\":".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(faultBytes);
    out.writeBytes(",\"projects\":{".getBytes(StandardCharsets.UTF_8));
    boolean first = true;
    for (Map.Entry<String, byte[]> project : saved.entrySet()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.writeBytes(json.writeValueAsBytes(project.getKey()));
      out.write(':');
      out.writeBytes(project.getValue());
    }
    out.writeBytes("}}\n".getBytes(StandardCharsets.UTF_8));
    byte[] content = out.toByteArray();
    file.write(content);
    lastDigest = hash;
    return new Written(Optional.of(file.path()), content.length, elapsed(started), false);
  }

  private ObjectNode savedFaults() {
    FaultPlan.Saved plan = faults.saved();
    ObjectNode out = Saved.object();
    out.put("counter", plan.counter());
    ArrayNode rules = out.putArray("rules");
    for (FaultPlan.SavedRule rule : plan.rules()) {
      ObjectNode one = rules.addObject();
      one.set("rule", json.valueToTree(rule.rule()));
      one.put("matched", rule.matched());
      if (rule.remaining() != null) {
        one.put("remaining", rule.remaining().longValue());
      }
      one.put("draws", rule.draws());
    }
    return out;
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private void writeQuietly() {
    try {
      Written written = write();
      if (!written.skipped()) {
        log.debug("State: wrote {} bytes in {}", written.bytes(), written.took());
      }
    } catch (IOException | RuntimeException e) {
      log.error("State: the snapshot could not be written to {}", file.path(), e);
    }
  }

  // --- lifecycle: the periodic writes and the last one ---

  @Override
  public synchronized void start() {
    if (file == null) {
      return;
    }
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("cph-state-writer-");
    scheduler.setDaemon(true);
    scheduler.initialize();
    Duration interval = properties.interval();
    scheduler.scheduleWithFixedDelay(this::writeQuietly, Instant.now().plus(interval), interval);
    writer = scheduler;
  }

  @Override
  public void stop() {
    ThreadPoolTaskScheduler scheduler;
    synchronized (this) {
      scheduler = writer;
      writer = null;
    }
    if (scheduler == null) {
      return;
    }
    scheduler.shutdown();
    writeQuietly();
    log.info("State: saved to {}", file.path());
  }

  @Override
  public synchronized boolean isRunning() {
    return writer != null;
  }

  /**
   * Started before the web server and stopped after it: the last write comes once no request can
   * change the state any more.
   */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }
}
