package dev.cphemulator.deploy;

import dev.cphemulator.apps.App;
import dev.cphemulator.apps.AppProperties;
import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.apps.CatalogueTemplate;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.fleet.FleetTemplate;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.kernel.RequestId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The deploy use case without HTTP: {@code servers} servers of {@code phones} phones, two versions.
 * 100 x 30 x 2 is the 6,300-job deploy the foundation issue asks to answer in milliseconds. Each
 * call takes the project's lock once, as a request does. Run: {@code ./mvnw -B -Pbench test-compile
 * exec:exec -Dbench.args="DeployBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeployBenchmark {

  @Param({"10", "100"})
  int servers;

  @Param({"30", "60"})
  int phones;

  private Deployments deployments;
  private Projects projects;
  private Fleets fleets;
  private Catalogues catalogues;
  private Jobs jobs;
  private ServerAppAction action;
  private final ProjectId project = new ProjectId("bench");
  private int request;

  @Setup(Level.Trial)
  public void setUp() {
    List<Server> fleet = new ArrayList<>();
    List<String> serverIds = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      String id = "server-" + i;
      serverIds.add(id);
      fleet.add(
          new Server(
              id, null, null, null, null, null, null, null, null, null, null, null, null, null,
              null, null, null, null, null, phones, null));
    }
    Fleets fleets = new Fleets();
    fleets.useTemplates(FleetTemplate.of(fleet), Map.of());
    Catalogues catalogues = new Catalogues(AppProperties.cphQuotas());
    catalogues.useTemplates(
        CatalogueTemplate.of(
            List.of(
                new App(
                    "app",
                    "bench",
                    "com.example.bench",
                    null,
                    null,
                    null,
                    List.of(version("v1", "1"), version("v2", "2"))))),
        Map.of());
    VirtualClock clock = new VirtualClock(Clock.systemUTC(), ClockMode.MANUAL, null);
    projects = new Projects(1, Stream::empty);
    jobs =
        new Jobs(
            new dev.cphemulator.jobs.JobProperties(
                Map.of(JobType.PUSH, Duration.ofSeconds(3)),
                Duration.ZERO,
                42,
                1_000_000,
                Duration.ofMillis(100)),
            new FaultPlan(),
            clock,
            projects);
    this.fleets = fleets;
    this.catalogues = catalogues;
    deployments = new Deployments(new AppActions(fleets, catalogues, jobs, new Placements(jobs)));
    action = new ServerAppAction(List.of("v1", "v2"), serverIds);
  }

  private static AppVersion version(String id, String code) {
    return new AppVersion(id, null, code, null, null, null, null, null, null);
  }

  /**
   * Drops the project's state (and so the jobs of the previous call) so that every call starts from
   * the same state; the fleet and catalogue are made again here, outside the measurement.
   */
  @Setup(Level.Invocation)
  public void resetProject() {
    projects.alone(project, state -> List.of(fleets.of(state), catalogues.of(state)));
  }

  /** A deploy as a request runs it: the project's lock taken once, then the use case. */
  @Benchmark
  public ServerActionResponse deploy() {
    return projects.inside(
        project.value(),
        state -> deployments.deploy(state, new RequestId("r" + request++), action));
  }
}
