package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.apps.ProjectCatalogue;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobBatch;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.web.CphError;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The server app actions. DeployAppVersionToServer (SPEC 2.A.11) fans each server out into one
 * type-30 job, one type-31 push per version and one type-32 install per phone per version; an
 * install starts when its version's push on that server succeeded.
 *
 * <p>Work is linear in the size of the answer: one look-up per id, one job per entry, and the
 * project's job lock is taken once, to submit the whole batch.
 */
@Service
class Deployments {

  private final Fleets fleets;
  private final Catalogues catalogues;
  private final Jobs jobs;
  private final Placements placements;

  Deployments(Fleets fleets, Catalogues catalogues, Jobs jobs, Placements placements) {
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.jobs = jobs;
    this.placements = placements;
  }

  ServerActionResponse deploy(ProjectId project, RequestId requestId, ServerAppAction action) {
    ProjectFleet fleet = fleets.of(project);
    List<AppVersion> versions = versionsOf(project, action.distinctAppVersionIds());
    ProjectPlacements placed = placements.of(project);
    JobBatch batch = jobs.batch(project, requestId);
    List<ActionJob> answer = new ArrayList<>();
    for (String serverId : action.distinctServerIds()) {
      Optional<ActionJob> refused = refusal(fleet, serverId, JobType.DEPLOY);
      if (refused.isPresent()) {
        answer.add(refused.get());
        continue;
      }
      List<Job> pushes = new ArrayList<>(versions.size());
      Job deploy =
          batch
              .job(JobType.DEPLOY)
              .server(serverId)
              .work(
                  new JobWork() {
                    @Override
                    public void ended(Job job) {
                      pushes.stream()
                          .filter(Job::succeeded)
                          .forEach(push -> placed.deploy(serverId, push.appVersionId()));
                    }
                  })
              .add();
      answer.add(ActionJob.of(deploy));
      for (AppVersion version : versions) {
        Job push =
            batch
                .job(JobType.PUSH)
                .server(serverId)
                .appVersion(version.appVersionId())
                .parent(deploy)
                .work(pushWork(fleet, placed, serverId, version))
                .add();
        pushes.add(push);
        answer.add(ActionJob.of(push));
      }
      List<Phone> phones = fleet.phonesOf(serverId);
      for (int v = 0; v < versions.size(); v++) {
        AppVersion version = versions.get(v);
        for (Phone phone : phones) {
          Job install =
              batch
                  .job(JobType.INSTALL)
                  .server(serverId)
                  .phone(phone.phoneId())
                  .appVersion(version.appVersionId())
                  .parent(deploy)
                  .after(pushes.get(v))
                  .work(installWork(fleet, placed, phone.phoneId(), version))
                  .add();
          answer.add(ActionJob.of(install));
        }
      }
    }
    batch.submit();
    return new ServerActionResponse(requestId.value(), answer);
  }

  /** The versions named, each of which must be in the project's catalogue. */
  private List<AppVersion> versionsOf(ProjectId project, List<String> ids) {
    ProjectCatalogue catalogue = catalogues.of(project);
    List<AppVersion> versions = new ArrayList<>(ids.size());
    for (String id : ids) {
      versions.add(
          catalogue
              .version(id)
              .orElseThrow(() -> CphError.APP_VERSION_NOT_IN_CATALOGUE.exception(id)));
    }
    return versions;
  }

  /** Why a server cannot take an app action now (SPEC 1.6 per-item errors), if it cannot. */
  static Optional<ActionJob> refusal(ProjectFleet fleet, String serverId, JobType type) {
    Optional<JobError> why =
        fleet
            .server(serverId)
            .map(server -> serverDown(server.status()))
            .orElseGet(() -> Optional.of(JobError.of(CphError.SERVER_ID_INVALID)));
    return why.map(error -> ActionJob.serverError(type.wire(), serverId, error));
  }

  /** The error for a server in this status, or empty if it is running. */
  static Optional<JobError> serverDown(ServerStatus status) {
    if (status.takesAppActions()) {
      return Optional.empty();
    }
    return Optional.of(
        status == ServerStatus.FROZEN
            ? JobError.of(CphError.SERVER_FROZEN)
            : JobError.of(CphError.SERVER_NOT_RUNNING, status.wire()));
  }

  private static JobWork pushWork(
      ProjectFleet fleet, ProjectPlacements placed, String serverId, AppVersion version) {
    return new JobWork() {
      @Override
      public Optional<JobError> check() {
        return fleet.server(serverId).flatMap(server -> serverDown(server.status()));
      }

      @Override
      public void ended(Job job) {
        if (job.succeeded()) {
          placed.push(serverId, version.appVersionId());
        }
      }
    };
  }

  private static JobWork installWork(
      ProjectFleet fleet, ProjectPlacements placed, String phoneId, AppVersion version) {
    return new JobWork() {
      @Override
      public Optional<JobError> check() {
        return fleet
            .phone(phoneId)
            .filter(phone -> !phone.status().takesInstalls())
            .map(phone -> JobError.of(CphError.PHONE_NOT_RUNNING, phone.status().wire()));
      }

      @Override
      public void ended(Job job) {
        if (job.succeeded()) {
          placed.install(phoneId, version.appId(), version.appVersionId());
        }
      }
    };
  }
}
