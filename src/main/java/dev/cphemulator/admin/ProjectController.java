package dev.cphemulator.admin;

import dev.cphemulator.apps.App;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.apps.ProjectCatalogue;
import dev.cphemulator.clock.VirtualClock;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.JobPage;
import dev.cphemulator.jobs.JobView;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.seed.FleetFileException;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSection;
import dev.cphemulator.seed.FleetSeeder;
import dev.cphemulator.web.CphError;
import dev.cphemulator.web.Paging;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectState;
import dev.cphemulator.web.Projects;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Resets, fleets per project, server and phone statuses, and a project's jobs as they are. */
@RestController
@RequestMapping("/_emulator")
class ProjectController {

  private final Projects projects;
  private final Fleets fleets;
  private final Catalogues catalogues;
  private final Jobs jobs;
  private final FleetFiles files;
  private final FleetSeeder seeder;
  private final VirtualClock clock;

  ProjectController(
      Projects projects,
      Fleets fleets,
      Catalogues catalogues,
      Jobs jobs,
      FleetFiles files,
      FleetSeeder seeder,
      VirtualClock clock) {
    this.projects = projects;
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.jobs = jobs;
    this.files = files;
    this.seeder = seeder;
    this.clock = clock;
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ResetDone(String reset, List<String> projects) {}

  /** A status to set, as CPH's number. */
  record StatusChange(Integer status) {}

  /** A project's jobs, every field the engine knows, for a person looking at a test. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ProjectJobs(String projectId, int count, List<JobView> jobs) {}

  /** The largest page of jobs the operator API answers. */
  static final int MAX_JOBS_PAGE = 1000;

  /**
   * Everything back to the fleet template: all projects forgotten, faults as the fleet file sets
   * them.
   */
  @PostMapping("/reset")
  ResetDone resetAll() {
    List<String> known = projects.ids();
    projects.resetAll(seeder::reinstallFaults);
    return new ResetDone("all", known);
  }

  /**
   * One project back to its template: its fleet, catalogue, jobs and placements. It waits for the
   * project's requests in flight, and the project's next requests wait for it.
   */
  @PostMapping("/projects/{project_id}/reset")
  ResetDone resetProject(@PathVariable("project_id") String projectId) {
    ProjectId project = new ProjectId(projectId);
    projects.reset(project);
    return new ResetDone("project", List.of(project.value()));
  }

  /** The project's fleet as it is now, in the fleet file's schema. */
  @GetMapping("/projects/{project_id}/fleet")
  FleetSection fleet(@PathVariable("project_id") String projectId) {
    return projects.inside(projectId, this::describe);
  }

  /**
   * Replaces the project's fleet and catalogue with a fleet section (JSON, or YAML with a YAML
   * content type) and starts the project afresh: its jobs and placements are dropped. The fleet
   * stays the project's template across its resets, until {@code POST /_emulator/reset}.
   */
  @PutMapping(path = "/projects/{project_id}/fleet", consumes = MediaType.ALL_VALUE)
  FleetSection replaceFleet(
      @PathVariable("project_id") String projectId,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestBody byte[] body) {
    ProjectId project = new ProjectId(projectId);
    FleetFiles.Format format =
        contentType != null && contentType.toLowerCase().contains("yaml")
            ? FleetFiles.Format.YAML
            : FleetFiles.Format.JSON;
    FleetFiles.ProjectTemplates templates;
    try {
      templates = files.readSection(body, format, "in the request body");
    } catch (FleetFileException e) {
      throw CphError.FLEET_INVALID.exception(e.field(), e.problem());
    }
    return projects.alone(
        project,
        state -> {
          seeder.replace(project, templates);
          return describe(state);
        });
  }

  @PutMapping("/projects/{project_id}/servers/{server_id}/status")
  Server serverStatus(
      @PathVariable("project_id") String projectId,
      @PathVariable("server_id") String serverId,
      @RequestBody StatusChange change) {
    ServerStatus status = statusOf(change, ServerStatus::fromWire);
    return projects.inside(
        projectId,
        state -> {
          jobs.catchUp(state);
          return fleets
              .of(state)
              .changeStatus(serverId, status, now())
              .orElseThrow(CphError.SERVER_NOT_FOUND::exception);
        });
  }

  @PutMapping("/projects/{project_id}/phones/{phone_id}/status")
  Phone phoneStatus(
      @PathVariable("project_id") String projectId,
      @PathVariable("phone_id") String phoneId,
      @RequestBody StatusChange change) {
    PhoneStatus status = statusOf(change, PhoneStatus::fromWire);
    return projects.inside(
        projectId,
        state -> {
          jobs.catchUp(state);
          return fleets
              .of(state)
              .changePhoneStatus(phoneId, status, now())
              .orElseThrow(CphError.PHONE_NOT_FOUND::exception);
        });
  }

  /**
   * The jobs the project holds, in the order they were stored, with type, parent and any stalling
   * rule: one page at a time ({@code offset} from 0, {@code limit} 1 to {@value #MAX_JOBS_PAGE},
   * default 100), with {@code count}, how many there are in all.
   */
  @GetMapping("/projects/{project_id}/jobs")
  ProjectJobs projectJobs(
      @PathVariable("project_id") String projectId,
      @RequestParam(name = "offset", required = false) String offset,
      @RequestParam(name = "limit", required = false) String limit) {
    Paging paging = Paging.of(offset, limit, MAX_JOBS_PAGE);
    return projects.inside(
        projectId,
        state -> {
          jobs.catchUp(state);
          JobPage page = jobs.page(state, paging.offset(), paging.limit());
          return new ProjectJobs(state.project().value(), page.count(), page.jobs());
        });
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

  private static <S> S statusOf(StatusChange change, IntFunction<S> fromWire) {
    if (change == null || change.status() == null) {
      throw CphError.OPERATOR_BAD_REQUEST.exception("Give status, CPH's number for it.");
    }
    try {
      return fromWire.apply(change.status());
    } catch (IllegalArgumentException e) {
      throw CphError.OPERATOR_BAD_REQUEST.exception(e.getMessage());
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
