package dev.cphemulator.deploy;

import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.RequestId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Runs an app action: looks up the versions it names (an unknown one fails the whole request with
 * {@code CPS.9201}), lets the action fan out into jobs, and submits them, all while the catalogue
 * holds those versions against deletion. Nothing is stored if the fan-out throws.
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

  ServerActionResponse run(
      ProjectId project,
      RequestId requestId,
      List<String> appVersionIds,
      Consumer<AppAction> fanOut) {
    List<ActionJob> answer =
        catalogues
            .of(project)
            .withVersions(
                appVersionIds,
                versions -> {
                  AppAction action =
                      new AppAction(
                          fleets.of(project),
                          placements.of(project),
                          versions,
                          jobs.batch(project, requestId));
                  fanOut.accept(action);
                  return action.submit();
                });
    return new ServerActionResponse(requestId.value(), answer);
  }
}
