package dev.cphemulator.lifecycle;

import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.PhoneWasReset;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobBatch;
import dev.cphemulator.jobs.JobError;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RestartCloudPhone, ResetCloudPhone and StopCloudPhone.
 *
 * <p>The request as a whole is checked first (400, nothing changes). Then each distinct phone, in
 * the order given, either moves to its transitional status and gets a job, or gets a per-item error
 * inside the 200 answer, as CPH reports a batch: {@code CPS.0005} for a phone the project does not
 * have, the server's refusal if its server is not running, the action's refusal if the phone's
 * status does not allow it. Everything is checked first and the batch submitted (it may be refused
 * whole when the history is full); only then do the phones move, so a refused request leaves
 * nothing to undo. The request holds the project's lock, so of two requests for one phone exactly
 * one starts a job.
 *
 * <p>A restart or reset that gives a {@code property} sets those attributes when its job succeeds:
 * a restart on top of the phone's current attributes, a reset on top of the defaults (a reset
 * restores the factory state). A job that fails changes no attribute. A reset that succeeds also
 * announces {@link PhoneWasReset}: the phone's installed applications are gone.
 */
@Service
class PhoneActions {

  /** Phones per request: CPH documents no limit; the emulator takes up to a phone list page. */
  static final int MAX_PHONES = 200;

  private final Fleets fleets;
  private final Jobs jobs;
  private final Clock clock;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  PhoneActions(
      Fleets fleets, Jobs jobs, Clock clock, JsonMapper json, ApplicationEventPublisher events) {
    this.fleets = fleets;
    this.jobs = jobs;
    this.clock = clock;
    this.json = json;
    this.events = events;
  }

  /** Restart or reset: phones with optional properties. */
  PhoneActionResponse act(
      ProjectState state, RequestId requestId, PhoneAction action, List<PhoneProperty> phones) {
    return start(state, requestId, action, targets(phones));
  }

  /** Stop: bare phone ids. */
  PhoneActionResponse stop(ProjectState state, RequestId requestId, List<String> phoneIds) {
    List<PhoneProperty> phones = null;
    if (phoneIds != null) {
      phones = new ArrayList<>(phoneIds.size());
      for (String id : phoneIds) {
        phones.add(new PhoneProperty(id, null));
      }
    }
    return start(state, requestId, PhoneAction.STOP, targets(phones));
  }

  private PhoneActionResponse start(
      ProjectState state, RequestId requestId, PhoneAction action, List<PhoneProperty> targets) {
    ProjectFleet fleet = fleets.of(state);
    JobBatch batch = jobs.batch(state, requestId);
    Instant now = clock.instant();
    List<PhoneJob> answer = new ArrayList<>(targets.size());
    List<String> starting = new ArrayList<>(targets.size());
    for (PhoneProperty target : targets) {
      String phoneId = target.phoneId();
      Optional<Phone> phone = fleet.phone(phoneId);
      if (phone.isEmpty()) {
        answer.add(PhoneJob.refused(phoneId, JobError.of(CphError.PHONE_NOT_FOUND)));
        continue;
      }
      String serverId = phone.get().serverId();
      Optional<JobError> serverDown =
          fleet.server(serverId).flatMap(server -> ServerRestarts.phonesRefusedOn(server.status()));
      if (serverDown.isPresent()) {
        answer.add(PhoneJob.refused(phoneId, serverDown.get()));
        continue;
      }
      PhoneStatus status = phone.get().status();
      if (!action.startsFrom(status)) {
        answer.add(PhoneJob.refused(phoneId, action.refusal(status)));
        continue;
      }
      starting.add(phoneId);
      Job job =
          batch
              .job(action.jobType())
              .server(serverId)
              .phone(phoneId)
              .work(work(state, fleet, action, phoneId, target.property()))
              .add();
      answer.add(PhoneJob.started(phoneId, job));
    }
    batch.submit(); // refused whole when the history is full: nothing moved yet
    for (String phoneId : starting) {
      fleet.changePhoneStatus(phoneId, action.during(), now);
    }
    return new PhoneActionResponse(requestId.value(), answer);
  }

  /**
   * What the phone's job does when it ends: the final status, and the attributes if it succeeded.
   */
  JobWork work(
      ProjectState state, ProjectFleet fleet, PhoneAction action, String phoneId, String property) {
    return new JobWork() {
      @Override
      public WorkDescription describe() {
        return WorkDescription.of(
            LifecycleWorkKinds.PHONE_ACTION,
            "action",
            action.name(),
            "phone_id",
            phoneId,
            "property",
            property);
      }

      @Override
      public void ended(Job job) {
        if (fleet.phone(phoneId).orElseThrow().status() == action.during()) {
          fleet.changePhoneStatus(phoneId, action.after(job.succeeded()), job.endTime());
        }
        if (!job.succeeded()) {
          return;
        }
        if (action == PhoneAction.RESET) {
          fleet.clearProperty(phoneId);
          events.publishEvent(new PhoneWasReset(state, phoneId));
        }
        if (property != null) {
          fleet.changeProperty(phoneId, merged(fleet.property(phoneId).orElseThrow(), property));
        }
      }
    };
  }

  /**
   * The phones of the request, each once (the first mention wins), once they pass the checks of the
   * request as a whole ({@link PhoneTargets}).
   */
  private List<PhoneProperty> targets(List<PhoneProperty> phones) {
    CphViolations.check(new PhoneTargets(phones));
    Map<String, PhoneProperty> distinct = new LinkedHashMap<>();
    for (PhoneProperty phone : phones) {
      distinct.putIfAbsent(phone.phoneId(), phone);
    }
    return List.copyOf(distinct.values());
  }

  /** The attributes {@code given} laid over {@code current}, both JSON objects as text. */
  private String merged(String current, String given) {
    ObjectNode base = (ObjectNode) json.readTree(current);
    base.setAll((ObjectNode) json.readTree(given));
    return json.writeValueAsString(base);
  }
}
