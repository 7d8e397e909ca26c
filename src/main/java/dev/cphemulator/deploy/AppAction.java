package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobBatch;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.RequestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One app action being answered (deploy, push, remove, undeploy, update): the project's fleet and
 * placements, the versions named, the batch of jobs and the {@code jobs} of the answer, built in
 * answer order. Every action family uses the same pieces: the server refusal (CPH's per-item
 * errors) and the four job works, push (31), install (32), remove (41) and uninstall (42).
 *
 * <p>Built and submitted under the project's lock, and its job works run under it too, so they read
 * and change the fleet and placements directly. A version stays in use while a running job names
 * it: the project's jobs answer that ({@link dev.cphemulator.jobs.Jobs#runningNaming}).
 */
final class AppAction {

  private final ProjectFleet fleet;
  private final ProjectPlacements placed;
  private final List<AppVersion> versions;
  private final JobBatch batch;
  private final RequestId requestId;
  private final List<ActionJob> answer = new ArrayList<>();
  private final AppWorks works;

  AppAction(
      ProjectFleet fleet,
      ProjectPlacements placed,
      List<AppVersion> versions,
      JobBatch batch,
      RequestId requestId) {
    this.fleet = fleet;
    this.placed = placed;
    this.versions = versions;
    this.batch = batch;
    this.requestId = requestId;
    this.works = new AppWorks(fleet, placed);
  }

  ProjectFleet fleet() {
    return fleet;
  }

  ProjectPlacements placed() {
    return placed;
  }

  /** The versions named, each once, in the order first given. */
  List<AppVersion> versions() {
    return versions;
  }

  /** Starts describing a job of the batch. */
  JobBatch.Builder job(JobType type) {
    return batch.job(type);
  }

  /** Lists a created job in the answer, with its type's shape; returns it. */
  Job listed(Job job) {
    answer.add(ActionJob.of(job));
    return job;
  }

  /** Lists a created job in the answer without its server (UpdateAppVersionOfPhone's shape). */
  Job listedWithoutServer(Job job) {
    answer.add(ActionJob.withoutServer(job));
    return job;
  }

  /** Lists a per-item error. */
  void listed(ActionJob refusal) {
    answer.add(refusal);
  }

  /**
   * Whether the server can take app actions now; if it cannot, the answer lists one per-item error
   * of {@code type} for it instead of jobs.
   */
  boolean takes(String serverId, JobType type) {
    Optional<JobError> refused = refusal(serverId);
    refused.ifPresent(why -> answer.add(ActionJob.serverError(type.wire(), serverId, why)));
    return refused.isEmpty();
  }

  /**
   * Why a server cannot take an app action now, if it cannot: unknown to the project ({@code
   * CPS.0097}), frozen ({@code CPS.1028}) or not running ({@code CPS.9101}).
   */
  Optional<JobError> refusal(String serverId) {
    return fleet
        .server(serverId)
        .map(server -> serverDown(server.status()))
        .orElseGet(() -> Optional.of(JobError.of(CphError.SERVER_ID_INVALID)));
  }

  /** Stores and starts the jobs (or stores none, if the history is full); returns the answer. */
  ServerActionResponse submit() {
    batch.submit();
    return new ServerActionResponse(requestId.value(), answer);
  }

  // --- the job works (AppWorks) ---

  /** Job 31: the package reaches the server, if the server is still running then. */
  JobWork push(String serverId, AppVersion version) {
    return works.push(serverId, version.appVersionId());
  }

  /** Job 32: the version is installed on the phone, if it is running and the package is there. */
  JobWork install(String serverId, String phoneId, AppVersion version) {
    return works.install(serverId, phoneId, version.appId(), version.appVersionId());
  }

  /** Job 41: the package leaves the server, if the server is running. */
  JobWork remove(String serverId, AppVersion version) {
    return works.remove(serverId, version.appVersionId());
  }

  /** Job 42: the version is uninstalled from the phone, if the phone is running. */
  JobWork uninstall(String phoneId, AppVersion version) {
    return works.uninstall(phoneId, version.appId(), version.appVersionId());
  }

  /** Job 30's effect: the versions whose push succeeded are deployed on the server. */
  JobWork markDeployed(String serverId, List<Job> pushes) {
    return works.markDeployed(serverId, pushes);
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
}
