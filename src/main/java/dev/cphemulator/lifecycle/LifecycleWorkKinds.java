package dev.cphemulator.lifecycle;

import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.ProjectFleet;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.WorkKinds;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Makes the works of running phone and server jobs again after a restart: a phone action with its
 * phone and the {@code property} it sets, a server restart with its server and the phones that
 * restart with it.
 */
@Component
class LifecycleWorkKinds implements WorkKinds {

  static final String PHONE_ACTION = "phone-action";
  static final String SERVER_RESTART = "server-restart";

  private final Fleets fleets;
  private final PhoneActions phoneActions;
  private final ServerRestarts serverRestarts;

  LifecycleWorkKinds(Fleets fleets, PhoneActions phoneActions, ServerRestarts serverRestarts) {
    this.fleets = fleets;
    this.phoneActions = phoneActions;
    this.serverRestarts = serverRestarts;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PHONE_ACTION, SERVER_RESTART);
  }

  @Override
  public JobWork rebuild(ProjectState state, Job job, String kind, Saved args, RestoredJobs jobs) {
    ProjectFleet fleet = fleets.of(state);
    if (kind.equals(PHONE_ACTION)) {
      String name = args.text("action");
      PhoneAction action;
      try {
        action = PhoneAction.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw args.fail("action", "'" + name + "' is not RESTART, RESET or STOP");
      }
      String phoneId = args.text("phone_id");
      if (fleet.phone(phoneId).isEmpty()) {
        throw args.fail("phone_id", "the project's fleet has no phone " + phoneId);
      }
      return phoneActions.work(state, fleet, action, phoneId, args.optText("property"));
    }
    String serverId = args.text("server_id");
    if (fleet.server(serverId).isEmpty()) {
      throw args.fail("server_id", "the project's fleet has no server " + serverId);
    }
    List<String> phoneIds = args.texts("phone_ids");
    for (String phoneId : phoneIds) {
      if (fleet.phone(phoneId).isEmpty()) {
        throw args.fail("phone_ids", "the project's fleet has no phone " + phoneId);
      }
    }
    return serverRestarts.work(fleet, serverId, phoneIds);
  }
}
