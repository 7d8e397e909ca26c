package dev.cphemulator.deploy;

import dev.cphemulator.apps.VersionUsage;
import dev.cphemulator.fleet.PhoneWasReset;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The placements of all projects; a project starts with nothing placed. Thread-safe. Tells the
 * catalogue whether a version is in use, so that it refuses to delete one that is.
 */
@Component
class Placements implements ProjectScoped, VersionUsage {

  private final Map<String, ProjectPlacements> projects = new ConcurrentHashMap<>();

  ProjectPlacements of(ProjectId project) {
    return projects.computeIfAbsent(project.value(), id -> new ProjectPlacements());
  }

  @Override
  public Optional<String> usage(ProjectId project, String appVersionId) {
    ProjectPlacements placed = projects.get(project.value());
    return placed == null ? Optional.empty() : placed.usage(appVersionId);
  }

  /** A reset phone keeps none of its applications (ResetCloudPhone restores the factory state). */
  @EventListener
  void phoneWasReset(PhoneWasReset reset) {
    of(reset.project()).wipe(reset.phoneId());
  }

  @Override
  public void forget(String projectId) {
    projects.remove(projectId);
  }

  @Override
  public void forgetAll() {
    projects.clear();
  }
}
