package dev.cphemulator.admin;

import dev.cphemulator.apps.App;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.apps.ProjectCatalogue;
import dev.cphemulator.clock.ClockMode;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.JobPage;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import dev.cphemulator.seed.FleetFileException;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSection;
import dev.cphemulator.seed.FleetSeeder;
import dev.cphemulator.web.JsonErrors;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The emulator's own state, operated in-process: the one implementation of {@link Operator}. */
@Component
class EmulatorOperator implements Operator {

  /** Where a fleet or a rule comes from, as a fleet file's reader names its source. */
  private static final String GIVEN = "given to the operator";

  private final Projects projects;
  private final Fleets fleets;
  private final Catalogues catalogues;
  private final Jobs jobs;
  private final FleetFiles files;
  private final FleetSeeder seeder;
  private final VirtualClock clock;
  private final FaultPlan plan;
  private final Validator validator;
  private final Clock clockOperations = new ClockOperations();
  private final Faults faultOperations = new FaultOperations();

  EmulatorOperator(
      Projects projects,
      Fleets fleets,
      Catalogues catalogues,
      Jobs jobs,
      FleetFiles files,
      FleetSeeder seeder,
      VirtualClock clock,
      FaultPlan plan,
      Validator validator) {
    this.projects = projects;
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.jobs = jobs;
    this.files = files;
    this.seeder = seeder;
    this.clock = clock;
    this.plan = plan;
    this.validator = validator;
  }

  @Override
  public ResetDone reset() {
    List<String> known = projects.ids();
    projects.resetAll(seeder::reinstallFaults);
    return new ResetDone("all", known);
  }

  @Override
  public Project project(String projectId) {
    return new ProjectOperations(projectId);
  }

  @Override
  public Clock clock() {
    return clockOperations;
  }

  @Override
  public Faults faults() {
    return faultOperations;
  }

  private final class ProjectOperations implements Project {

    private final String projectId;

    ProjectOperations(String projectId) {
      this.projectId = projectId;
    }

    @Override
    public String id() {
      return projectId;
    }

    @Override
    public ResetDone reset() {
      ProjectId project = new ProjectId(projectId);
      projects.reset(project);
      return new ResetDone("project", List.of(project.value()));
    }

    @Override
    public FleetSection fleet() {
      return projects.inside(projectId, EmulatorOperator.this::describe);
    }

    @Override
    public FleetSection replaceFleet(FleetSection section) {
      ProjectId project = new ProjectId(projectId);
      if (section == null) {
        throw CphError.OPERATOR_BAD_REQUEST.exception("Give a fleet section.");
      }
      return replace(
          project, () -> files.readSection(section, GIVEN), () -> files.written(section));
    }

    @Override
    public FleetSection replaceFleet(byte[] document, FleetFiles.Format format) {
      ProjectId project = new ProjectId(projectId);
      if (document == null || format == null) {
        throw CphError.OPERATOR_BAD_REQUEST.exception("Give a fleet section and its format.");
      }
      return replace(
          project,
          () -> files.readSection(document, format, GIVEN),
          () -> new FleetFiles.GivenFleet(format, document.clone()));
    }

    private FleetSection replace(
        ProjectId project,
        Supplier<FleetFiles.ProjectTemplates> read,
        Supplier<FleetFiles.GivenFleet> given) {
      FleetFiles.ProjectTemplates templates;
      try {
        templates = read.get();
      } catch (FleetFileException e) {
        throw CphError.FLEET_INVALID.exception(e.field(), e.problem());
      }
      return projects.alone(
          project,
          state -> {
            seeder.replace(project, given.get(), templates);
            return describe(state);
          });
    }

    @Override
    public Server setServerStatus(String serverId, ServerStatus status) {
      required(status);
      return caughtUp(
          fleet -> fleet.changeStatus(serverId, status, clock.instant()),
          CphError.SERVER_NOT_FOUND);
    }

    @Override
    public Server setServerStatus(String serverId, int status) {
      return setServerStatus(serverId, statusOf(status, ServerStatus::fromWire));
    }

    @Override
    public Phone setPhoneStatus(String phoneId, PhoneStatus status) {
      required(status);
      return caughtUp(
          fleet -> fleet.changePhoneStatus(phoneId, status, clock.instant()),
          CphError.PHONE_NOT_FOUND);
    }

    /**
     * Applies {@code change} to the project's fleet, its jobs brought up to the clock first, all
     * under the project's lock; refuses with {@code missing} when it finds nothing to change.
     */
    private <T> T caughtUp(Function<ProjectFleet, Optional<T>> change, CphError missing) {
      return projects.inside(
          projectId,
          state -> {
            jobs.catchUp(state);
            return change.apply(fleets.of(state)).orElseThrow(missing::exception);
          });
    }

    @Override
    public Phone setPhoneStatus(String phoneId, int status) {
      return setPhoneStatus(phoneId, statusOf(status, PhoneStatus::fromWire));
    }

    @Override
    public ProjectJobs jobs(int offset, int limit) {
      if (offset < 0 || limit < 1 || limit > MAX_JOBS_PAGE) {
        throw CphError.INVALID_PAGING.exception();
      }
      return projects.inside(
          projectId,
          state -> {
            jobs.catchUp(state);
            JobPage page = jobs.page(state, offset, limit);
            return new ProjectJobs(state.project().value(), page.count(), page.jobs());
          });
    }
  }

  private final class ClockOperations implements Clock {

    @Override
    public ClockState read() {
      return new ClockState(clock.instant(), clock.mode());
    }

    @Override
    public ClockState change(ClockMode mode, Instant now) {
      if (mode == null && now == null) {
        throw CphError.OPERATOR_BAD_REQUEST.exception("Give mode (real or manual), now, or both.");
      }
      // one step: a time refused leaves the mode as it was too
      move(() -> clock.change(mode, now));
      jobs.catchUpAll();
      return read();
    }

    @Override
    public ClockState advance(Duration step) {
      if (step == null) {
        throw CphError.OPERATOR_BAD_REQUEST.exception(
            "Give by, a duration such as \"5s\" or \"PT1M\".");
      }
      move(() -> clock.advance(step));
      jobs.catchUpAll();
      return read();
    }

    @Override
    public Settled settle() {
      Jobs.Settled settled = jobs.settle();
      return new Settled(settled.now(), clock.mode(), settled.stillRunning(), settled.steps());
    }

    private static void move(Runnable move) {
      try {
        move.run();
      } catch (IllegalArgumentException e) {
        throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
      }
    }
  }

  private final class FaultOperations implements Faults {

    @Override
    public List<RuleState> list() {
      return plan.rules().stream().map(FaultOperations::view).toList();
    }

    @Override
    public RuleState get(String id) {
      return plan.rule(id)
          .map(FaultOperations::view)
          .orElseThrow(() -> CphError.FAULT_NOT_FOUND.exception(id));
    }

    @Override
    public RuleState add(FaultRule rule) {
      if (rule == null) {
        throw CphError.OPERATOR_BAD_REQUEST.exception("Give a fault rule.");
      }
      validator.validate(rule).stream()
          .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
          .ifPresent(
              violation -> {
                throw CphError.INVALID_PARAMETER.exception(
                    JsonErrors.snakeCase(violation.getPropertyPath().toString()),
                    violation.getMessage());
              });
      try {
        FleetFiles.checkFault(rule, GIVEN, "rule");
      } catch (FleetFileException e) {
        throw CphError.OPERATOR_BAD_REQUEST.exception(e.field() + ": " + e.problem());
      }
      FaultRule added;
      try {
        added = plan.add(rule);
      } catch (IllegalArgumentException e) {
        throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
      }
      return plan.rule(added.id()).map(FaultOperations::view).orElseThrow();
    }

    @Override
    public Removed remove(String id) {
      if (!plan.remove(id)) {
        throw CphError.FAULT_NOT_FOUND.exception(id);
      }
      jobs.catchUpAll();
      return new Removed(List.of(id));
    }

    @Override
    public Removed removeAll() {
      List<String> ids = plan.rules().stream().map(state -> state.rule().id()).toList();
      plan.clear();
      jobs.catchUpAll();
      return new Removed(ids);
    }

    private static RuleState view(FaultPlan.RuleState state) {
      return new RuleState(state.rule(), state.matched(), state.remaining());
    }
  }

  private FleetSection describe(ProjectState state) {
    jobs.catchUp(state);
    ProjectFleet fleet = fleets.of(state);
    ProjectCatalogue catalogue = catalogues.of(state);
    List<Server> servers =
        fleet.servers().stream()
            .map(server -> server.withPhones(fleet.phonesOf(server.serverId())))
            .toList();
    List<App> apps =
        catalogue.apps().stream()
            .map(
                app ->
                    new App(
                        app.appId(),
                        app.name(),
                        app.packageName(),
                        app.description(),
                        app.createTime(),
                        app.updateTime(),
                        catalogue.versionsOf(app.appId())))
            .toList();
    return new FleetSection(servers, List.of(), apps);
  }

  private static void required(Object status) {
    if (status == null) {
      throw CphError.OPERATOR_BAD_REQUEST.exception("Give status, CPH's number for it.");
    }
  }

  private static <S> S statusOf(int status, IntFunction<S> fromWire) {
    try {
      return fromWire.apply(status);
    } catch (IllegalArgumentException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
    }
  }
}
