package dev.cphemulator.lifecycle;

import dev.cphemulator.fleet.Change;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.fleet.PhoneWasReset;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobBatch;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.web.CphError;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.RequestId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RestartCloudPhone, ResetCloudPhone and StopCloudPhone (SPEC 2.D.3).
 *
 * <p>The request as a whole is checked first (400, nothing changes). Then each distinct phone, in
 * the order given, either moves to its transitional status and gets a job, or gets a per-item error
 * inside the 200 answer (SPEC 1.6): {@code CPS.0005} for a phone the project does not have, the
 * server's refusal if its server is not running, the action's refusal if the phone's status does
 * not allow it. The status move is atomic per phone, so of two requests racing for one phone
 * exactly one starts a job. If the batch cannot be submitted, every move is undone.
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
      ProjectId project, RequestId requestId, PhoneAction action, List<PhoneProperty> phones) {
    return start(project, requestId, action, targets(phones));
  }

  /** Stop: bare phone ids. */
  PhoneActionResponse stop(ProjectId project, RequestId requestId, List<String> phoneIds) {
    List<PhoneProperty> phones = null;
    if (phoneIds != null) {
      phones = new ArrayList<>(phoneIds.size());
      for (String id : phoneIds) {
        phones.add(new PhoneProperty(id, null));
      }
    }
    return start(project, requestId, PhoneAction.STOP, targets(phones));
  }

  private PhoneActionResponse start(
      ProjectId project, RequestId requestId, PhoneAction action, List<PhoneProperty> targets) {
    ProjectFleet fleet = fleets.of(project);
    JobBatch batch = jobs.batch(project, requestId);
    List<PhoneJob> answer = new ArrayList<>(targets.size());
    List<Change<Phone>> moved = new ArrayList<>(targets.size());
    try {
      for (PhoneProperty target : targets) {
        String phoneId = target.phoneId();
        Optional<Phone> phone = fleet.phone(phoneId);
        if (phone.isEmpty()) {
          answer.add(PhoneJob.refused(phoneId, JobError.of(CphError.PHONE_NOT_FOUND)));
          continue;
        }
        String serverId = phone.get().serverId();
        Optional<JobError> serverDown =
            fleet
                .server(serverId)
                .flatMap(server -> ServerRestarts.phonesRefusedOn(server.status()));
        if (serverDown.isPresent()) {
          answer.add(PhoneJob.refused(phoneId, serverDown.get()));
          continue;
        }
        Change<Phone> change =
            fleet
                .changePhoneStatusIf(phoneId, action::startsFrom, action.during(), clock.instant())
                .orElseThrow();
        if (!change.changed()) {
          answer.add(PhoneJob.refused(phoneId, action.refusal(change.before().status())));
          continue;
        }
        moved.add(change);
        Job job =
            batch
                .job(action.jobType())
                .server(serverId)
                .phone(phoneId)
                .work(work(project, fleet, action, phoneId, target.property()))
                .add();
        answer.add(PhoneJob.started(phoneId, job));
      }
      batch.submit();
    } catch (RuntimeException e) {
      moved.forEach(fleet::revert);
      throw e;
    }
    return new PhoneActionResponse(requestId.value(), answer);
  }

  /**
   * What the phone's job does when it ends: the final status, and the attributes if it succeeded.
   */
  private JobWork work(
      ProjectId project, ProjectFleet fleet, PhoneAction action, String phoneId, String property) {
    return new JobWork() {
      @Override
      public void ended(Job job) {
        fleet.changePhoneStatusIf(
            phoneId,
            status -> status == action.during(),
            action.after(job.succeeded()),
            job.endTime());
        if (!job.succeeded()) {
          return;
        }
        if (action == PhoneAction.RESET) {
          fleet.clearProperty(phoneId);
          events.publishEvent(new PhoneWasReset(project, phoneId));
        }
        if (property != null) {
          fleet.changeProperty(phoneId, merged(fleet.property(phoneId).orElseThrow(), property));
        }
      }
    };
  }

  /**
   * The phones of the request, each once (the first mention wins), checked as a whole: a missing or
   * empty list, a missing id or a property that is not a JSON object fails the request.
   */
  private List<PhoneProperty> targets(List<PhoneProperty> phones) {
    if (phones == null || phones.isEmpty()) {
      throw CphError.PHONE_ID_LIST_EMPTY.exception();
    }
    if (phones.size() > MAX_PHONES) {
      throw CphError.INVALID_PARAMETER.exception(
          "phones",
          "it holds " + phones.size() + " phones, at most " + MAX_PHONES + " are allowed");
    }
    Map<String, PhoneProperty> distinct = new LinkedHashMap<>();
    for (int i = 0; i < phones.size(); i++) {
      PhoneProperty phone = phones.get(i);
      if (phone == null || phone.phoneId() == null || phone.phoneId().isBlank()) {
        throw CphError.PHONE_ID_INVALID.exception();
      }
      if (phone.property() != null) {
        checkProperty("phones[" + i + "].property", phone.property());
      }
      distinct.putIfAbsent(phone.phoneId(), phone);
    }
    return List.copyOf(distinct.values());
  }

  private void checkProperty(String field, String property) {
    if (property.getBytes(StandardCharsets.UTF_8).length > PhoneProperty.MAX_BYTES) {
      throw CphError.INVALID_PARAMETER.exception(
          field, "it is longer than " + PhoneProperty.MAX_BYTES + " bytes");
    }
    JsonNode parsed;
    try {
      parsed = json.readTree(property);
    } catch (JacksonException e) {
      parsed = null;
    }
    if (parsed == null || !parsed.isObject()) {
      throw CphError.INVALID_PARAMETER.exception(
          field,
          "it must be a JSON object written as a string, e.g. \"{\\\"com.cph.mainkeys\\\":1}\"");
    }
  }

  /** The attributes {@code given} laid over {@code current}, both JSON objects as text. */
  private String merged(String current, String given) {
    ObjectNode base = (ObjectNode) json.readTree(current);
    base.setAll((ObjectNode) json.readTree(given));
    return json.writeValueAsString(base);
  }
}
