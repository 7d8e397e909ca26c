package dev.cphemulator.admin;

import dev.cphemulator.admin.Operator.ProjectJobs;
import dev.cphemulator.admin.Operator.ResetDone;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Paging;
import dev.cphemulator.seed.FleetFiles;
import dev.cphemulator.seed.FleetSection;
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

/**
 * Resets, fleets per project, server and phone statuses, and a project's jobs as they are, over
 * HTTP ({@link Operator} and {@link Operator.Project}).
 */
@RestController
@RequestMapping("/_emulator")
class ProjectController {

  private final Operator operator;

  ProjectController(Operator operator) {
    this.operator = operator;
  }

  /** A status to set, as CPH's number. */
  record StatusChange(Integer status) {}

  /**
   * Everything back to the fleet template: all projects forgotten, faults as the fleet file sets
   * them.
   */
  @PostMapping("/reset")
  ResetDone resetAll() {
    return operator.reset();
  }

  /**
   * One project back to its template: its fleet, catalogue, jobs and placements. It waits for the
   * project's requests in flight, and the project's next requests wait for it.
   */
  @PostMapping("/projects/{project_id}/reset")
  ResetDone resetProject(@PathVariable("project_id") String projectId) {
    return operator.project(projectId).reset();
  }

  /** The project's fleet as it is now, in the fleet file's schema. */
  @GetMapping("/projects/{project_id}/fleet")
  FleetSection fleet(@PathVariable("project_id") String projectId) {
    return operator.project(projectId).fleet();
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
    FleetFiles.Format format =
        contentType != null && contentType.toLowerCase().contains("yaml")
            ? FleetFiles.Format.YAML
            : FleetFiles.Format.JSON;
    return operator.project(projectId).replaceFleet(body, format);
  }

  @PutMapping("/projects/{project_id}/servers/{server_id}/status")
  Server serverStatus(
      @PathVariable("project_id") String projectId,
      @PathVariable("server_id") String serverId,
      @RequestBody StatusChange change) {
    return operator.project(projectId).setServerStatus(serverId, statusOf(change));
  }

  @PutMapping("/projects/{project_id}/phones/{phone_id}/status")
  Phone phoneStatus(
      @PathVariable("project_id") String projectId,
      @PathVariable("phone_id") String phoneId,
      @RequestBody StatusChange change) {
    return operator.project(projectId).setPhoneStatus(phoneId, statusOf(change));
  }

  /**
   * The jobs the project holds, in the order they were stored, with type, parent and any stalling
   * rule: one page at a time ({@code offset} from 0, {@code limit} 1 to {@value
   * Operator.Project#MAX_JOBS_PAGE}, default 100), with {@code count}, how many there are in all.
   */
  @GetMapping("/projects/{project_id}/jobs")
  ProjectJobs projectJobs(
      @PathVariable("project_id") String projectId,
      @RequestParam(name = "offset", required = false) String offset,
      @RequestParam(name = "limit", required = false) String limit) {
    Paging paging = Paging.of(offset, limit, Operator.Project.MAX_JOBS_PAGE);
    return operator.project(projectId).jobs(paging.offset(), paging.limit());
  }

  private static int statusOf(StatusChange change) {
    if (change == null || change.status() == null) {
      throw CphError.OPERATOR_BAD_REQUEST.exception("Give status, CPH's number for it.");
    }
    return change.status();
  }
}
