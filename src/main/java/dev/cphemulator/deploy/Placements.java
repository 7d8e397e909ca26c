package dev.cphemulator.deploy;

import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The placements of all projects; a project starts with nothing placed. Thread-safe. */
@Component
class Placements implements ProjectScoped {

  private final Map<String, ProjectPlacements> projects = new ConcurrentHashMap<>();

  ProjectPlacements of(ProjectId project) {
    return projects.computeIfAbsent(project.value(), id -> new ProjectPlacements());
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
