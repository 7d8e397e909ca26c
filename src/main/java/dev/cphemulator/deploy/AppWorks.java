package dev.cphemulator.deploy;

import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.WorkDescription;
import dev.cphemulator.kernel.CphError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The works of the app actions' jobs on one project's fleet and placements: push (31), install
 * (32), remove (41), uninstall (42), and deploy's (30) mark as deployed. Each describes itself as
 * data ({@link WorkDescription}), so that {@link AppWorkKinds} makes it again after a restart.
 */
final class AppWorks {

  static final String PUSH = "push";
  static final String INSTALL = "install";
  static final String REMOVE = "remove";
  static final String UNINSTALL = "uninstall";
  static final String MARK_DEPLOYED = "mark-deployed";

  private final ProjectFleet fleet;
  private final ProjectPlacements placed;

  AppWorks(ProjectFleet fleet, ProjectPlacements placed) {
    this.fleet = fleet;
    this.placed = placed;
  }

  /** Job 31: the package reaches the server, if the server is still running then. */
  JobWork push(String serverId, String appVersionId) {
    return work(
        () -> WorkDescription.of(PUSH, "server_id", serverId, "app_version_id", appVersionId),
        () -> fleet.server(serverId).flatMap(server -> AppAction.serverDown(server.status())),
        () -> placed.push(serverId, appVersionId));
  }

  /**
   * Job 32: the version is installed on the phone, replacing any other version of its application,
   * if the phone is running and the package is on its server.
   */
  JobWork install(String serverId, String phoneId, String appId, String appVersionId) {
    return work(
        () ->
            WorkDescription.of(
                INSTALL,
                "server_id",
                serverId,
                "phone_id",
                phoneId,
                "app_id",
                appId,
                "app_version_id",
                appVersionId),
        () ->
            phoneDown(phoneId)
                .or(
                    () ->
                        placed.isPushed(serverId, appVersionId)
                            ? Optional.empty()
                            : Optional.of(
                                JobError.of(
                                    CphError.APP_VERSION_NOT_PUSHED, appVersionId, serverId))),
        () -> placed.install(phoneId, appId, appVersionId));
  }

  /**
   * Job 41: the package leaves the server (so the version is no longer deployed there either), if
   * the server is running. Succeeds when there was no package to remove.
   */
  JobWork remove(String serverId, String appVersionId) {
    return work(
        () -> WorkDescription.of(REMOVE, "server_id", serverId, "app_version_id", appVersionId),
        () -> fleet.server(serverId).flatMap(server -> AppAction.serverDown(server.status())),
        () -> placed.removePackage(serverId, appVersionId));
  }

  /**
   * Job 42: the version is uninstalled from the phone, if the phone is running. Succeeds when the
   * version was not installed there; another version of the same application stays.
   */
  JobWork uninstall(String phoneId, String appId, String appVersionId) {
    return work(
        () ->
            WorkDescription.of(
                UNINSTALL, "phone_id", phoneId, "app_id", appId, "app_version_id", appVersionId),
        () -> phoneDown(phoneId),
        () -> placed.uninstall(phoneId, appId, appVersionId));
  }

  /**
   * Job 30's effect: the versions whose push succeeded are deployed on the server, in push order.
   * {@code pushes} is filled by the caller after this work is made.
   */
  JobWork markDeployed(String serverId, List<Job> pushes) {
    return new MarkDeployed(serverId, pushes, Set.of(), Map.of(), List.of());
  }

  /**
   * Job 30's effect made again after a restart: {@code pushIds} and {@code versionIds} are the
   * pushes in order; {@code succeededBefore} those that had succeeded when the state was saved
   * (they may have left the history since); {@code live} the pushes still kept, by id.
   */
  JobWork markDeployed(
      String serverId,
      List<String> pushIds,
      List<String> versionIds,
      Set<String> succeededBefore,
      Map<String, Job> live) {
    return new MarkDeployed(serverId, List.of(), succeededBefore, live, zip(pushIds, versionIds));
  }

  private static List<String[]> zip(List<String> ids, List<String> versions) {
    List<String[]> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(new String[] {ids.get(i), versions.get(i)});
    }
    return out;
  }

  /** One push of a deploy: its job id and version, and the job itself while it is kept. */
  private record Push(String jobId, String versionId, Job job) {}

  /** Deploy's work: the pushes as jobs (when new) or as ids and versions (when restored). */
  private final class MarkDeployed implements JobWork {

    private final String serverId;
    private final List<Job> pushes;
    private final Set<String> succeededBefore;
    private final Map<String, Job> live;
    private final List<String[]> restored;

    MarkDeployed(
        String serverId,
        List<Job> pushes,
        Set<String> succeededBefore,
        Map<String, Job> live,
        List<String[]> restored) {
      this.serverId = serverId;
      this.pushes = pushes;
      this.succeededBefore = succeededBefore;
      this.live = live;
      this.restored = restored;
    }

    /** The pushes in order, each with its job when it is still kept. */
    private List<Push> outcomes() {
      List<Push> out = new ArrayList<>();
      for (Job push : pushes) {
        out.add(new Push(push.id(), push.appVersionId(), push));
      }
      for (String[] push : restored) {
        out.add(new Push(push[0], push[1], live.get(push[0])));
      }
      return out;
    }

    private boolean succeeded(Push push) {
      return succeededBefore.contains(push.jobId())
          || (push.job() != null && push.job().succeeded());
    }

    @Override
    public void ended(Job job) {
      for (Push push : outcomes()) {
        if (succeeded(push)) {
          placed.deploy(serverId, push.versionId());
        }
      }
    }

    @Override
    public WorkDescription describe() {
      List<String> ids = new ArrayList<>();
      List<String> versions = new ArrayList<>();
      List<String> succeeded = new ArrayList<>();
      for (Push push : outcomes()) {
        ids.add(push.jobId());
        versions.add(push.versionId());
        if (succeeded(push)) {
          succeeded.add(push.jobId());
        }
      }
      return WorkDescription.of(
          MARK_DEPLOYED,
          "server_id",
          serverId,
          "push_job_ids",
          ids,
          "push_app_version_ids",
          versions,
          "succeeded_push_job_ids",
          succeeded);
    }
  }

  private Optional<JobError> phoneDown(String phoneId) {
    return fleet
        .phone(phoneId)
        .filter(phone -> !phone.status().takesInstalls())
        .map(phone -> JobError.of(CphError.PHONE_NOT_RUNNING, phone.status().wire()));
  }

  /**
   * A work on one version: checked when due, its effect applied only on success. Its description is
   * made only when a snapshot asks for it, not on the deploy's path.
   */
  private static JobWork work(
      Supplier<WorkDescription> description, Supplier<Optional<JobError>> check, Runnable effect) {
    return new JobWork() {
      @Override
      public Optional<JobError> check() {
        return check.get();
      }

      @Override
      public void ended(Job job) {
        if (job.succeeded()) {
          effect.run();
        }
      }

      @Override
      public WorkDescription describe() {
        return description.get();
      }
    };
  }
}
