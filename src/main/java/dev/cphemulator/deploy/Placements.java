package dev.cphemulator.deploy;

import dev.cphemulator.apps.VersionUsage;
import dev.cphemulator.fleet.PhoneWasReset;
import dev.cphemulator.jobs.Jobs;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.SavedParts;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The placements part of every project's state; a project starts with nothing placed. Tells the
 * catalogue whether a version is in use: placed somewhere, or named by a running job of the
 * project.
 */
@Component
class Placements implements VersionUsage, SavedParts {

  private final ProjectState.Part<ProjectPlacements> part =
      new ProjectState.Part<>(
          "placements", project -> new ProjectPlacements(), placed -> {}, new PlacementsCodec());
  private final Jobs jobs;

  Placements(Jobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public List<ProjectState.Part<?>> savedParts() {
    return List.of(part);
  }

  /** The project's placements; the caller holds the state's lock. */
  ProjectPlacements of(ProjectState state) {
    return state.part(part);
  }

  @Override
  public Optional<String> usage(ProjectState state, String appVersionId) {
    return of(state).usage(appVersionId, jobs.runningNaming(state, appVersionId));
  }

  /** A reset phone keeps none of its applications (ResetCloudPhone restores the factory state). */
  @EventListener
  void phoneWasReset(PhoneWasReset reset) {
    of(reset.state()).wipe(reset.phoneId());
  }
}
