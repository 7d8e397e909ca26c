package dev.cphemulator.deploy;

import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens an app action on a project's state: looks up the versions it names (an unknown one fails
 * the whole request with {@code CPS.9201}, before anything is built) and hands the action the
 * project's fleet, placements and a fresh batch of jobs. Nothing is stored until the action is
 * submitted.
 */
@Component
class AppActions {

  private final Fleets fleets;
  private final Catalogues catalogues;
  private final Jobs jobs;
  private final Placements placements;

  AppActions(Fleets fleets, Catalogues catalogues, Jobs jobs, Placements placements) {
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.jobs = jobs;
    this.placements = placements;
  }

  /** An action on the versions named, each once; the caller holds the state's lock. */
  AppAction open(ProjectState state, RequestId requestId, List<String> appVersionIds) {
    return new AppAction(
        fleets.of(state),
        placements.of(state),
        catalogues.of(state).versions(appVersionIds),
        jobs.batch(state, requestId),
        requestId);
  }
}
