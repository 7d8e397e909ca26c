package dev.cphemulator.lifecycle;

import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.fleet.Server;
import dev.cphemulator.fleet.ServerStatus;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobBatch;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.jobs.WorkDescription;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphViolations;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * RestartCloudPhoneServer. CPH does not document what a server restart shows, so the emulator's
 * choice is:
 *
 * <ul>
 *   <li>a running (5) or abnormal (2) server can restart; it shows 13 (starting) while its job
 *       runs, then 5, or 2 if the job failed;
 *   <li>its phones that are up or whose last action failed restart with it: 4 (restarting) while
 *       the job runs, then 2, or -6 if it failed. Stopped, frozen and creating phones stay as they
 *       are; a phone in the middle of its own action is left to it;
 *   <li>a server that is restarting (13) or stopping (11) gets {@code CPS.9107}, a frozen one CPH's
 *       {@code CPS.1028}, any other {@code CPS.9101}; an unknown one {@code CPS.0097}, the code the
 *       Terraform provider looks for. All inside the 200 answer, as CPH reports a batch.
 * </ul>
 *
 * <p>One job per server (no job per phone): CPH's answer has one ServerJob per server. Every server
 * is checked and the batch submitted before any status moves, so a request refused as a whole (the
 * history is full) leaves nothing to undo.
 */
@Service
class ServerRestarts {

  /** Servers per request, as for the app actions (CPH documents 100 for share-apps). */
  static final int MAX_SERVERS = 100;

  private static final Set<ServerStatus> RESTARTABLE =
      EnumSet.of(ServerStatus.RUNNING, ServerStatus.ABNORMAL);
  private static final Set<ServerStatus> BUSY =
      EnumSet.of(ServerStatus.STARTING, ServerStatus.STOPPING);

  private final Fleets fleets;
  private final Jobs jobs;
  private final Clock clock;

  ServerRestarts(Fleets fleets, Jobs jobs, Clock clock) {
    this.fleets = fleets;
    this.jobs = jobs;
    this.clock = clock;
  }

  /** Why the phones of a server in this status take no action, or empty if it is running. */
  static Optional<JobError> phonesRefusedOn(ServerStatus status) {
    if (status == ServerStatus.RUNNING) {
      return Optional.empty();
    }
    return Optional.of(refusal(status));
  }

  private static JobError refusal(ServerStatus status) {
    if (status == ServerStatus.FROZEN) {
      return JobError.of(CphError.SERVER_FROZEN);
    }
    return BUSY.contains(status)
        ? JobError.of(CphError.SERVER_BUSY, status.wire())
        : JobError.of(CphError.SERVER_NOT_RUNNING, status.wire());
  }

  RestartCloudPhoneServerResponse restart(
      ProjectState state, RequestId requestId, List<String> serverIds) {
    List<String> targets = targets(serverIds);
    ProjectFleet fleet = fleets.of(state);
    JobBatch batch = jobs.batch(state, requestId);
    Instant now = clock.instant();
    List<ServerJob> answer = new ArrayList<>(targets.size());
    Map<String, List<String>> restarting = new LinkedHashMap<>();
    for (String serverId : targets) {
      Optional<Server> server = fleet.server(serverId);
      if (server.isEmpty()) {
        answer.add(ServerJob.refused(serverId, JobError.of(CphError.SERVER_ID_INVALID)));
        continue;
      }
      if (!RESTARTABLE.contains(server.get().status())) {
        answer.add(ServerJob.refused(serverId, refusal(server.get().status())));
        continue;
      }
      List<String> phones = new ArrayList<>();
      for (Phone phone : fleet.phonesOf(serverId)) {
        if (PhoneAction.UP_OR_FAILED.contains(phone.status())) {
          phones.add(phone.phoneId());
        }
      }
      restarting.put(serverId, phones);
      Job job =
          batch
              .job(JobType.SERVER_RESTART)
              .server(serverId)
              .work(work(fleet, serverId, phones))
              .add();
      answer.add(ServerJob.started(serverId, job));
    }
    batch.submit(); // refused whole when the history is full: nothing moved yet
    restarting.forEach(
        (serverId, phones) -> {
          fleet.changeStatus(serverId, ServerStatus.STARTING, now);
          phones.forEach(phoneId -> fleet.changePhoneStatus(phoneId, PhoneStatus.RESTARTING, now));
        });
    return new RestartCloudPhoneServerResponse(requestId.value(), answer);
  }

  JobWork work(ProjectFleet fleet, String serverId, List<String> phoneIds) {
    return new JobWork() {
      @Override
      public WorkDescription describe() {
        return WorkDescription.of(
            LifecycleWorkKinds.SERVER_RESTART, "server_id", serverId, "phone_ids", phoneIds);
      }

      @Override
      public void ended(Job job) {
        Instant at = job.endTime();
        boolean ok = job.succeeded();
        if (fleet.server(serverId).orElseThrow().status() == ServerStatus.STARTING) {
          fleet.changeStatus(serverId, ok ? ServerStatus.RUNNING : ServerStatus.ABNORMAL, at);
        }
        for (String phoneId : phoneIds) {
          if (fleet.phone(phoneId).orElseThrow().status() == PhoneStatus.RESTARTING) {
            fleet.changePhoneStatus(phoneId, PhoneAction.RESTART.after(ok), at);
          }
        }
      }
    };
  }

  /**
   * The servers of the request, each once (at its first position), once they pass the checks of the
   * request as a whole ({@link ServerTargets}).
   */
  private static List<String> targets(List<String> serverIds) {
    CphViolations.check(new ServerTargets(serverIds));
    return List.copyOf(new LinkedHashSet<>(serverIds));
  }
}
