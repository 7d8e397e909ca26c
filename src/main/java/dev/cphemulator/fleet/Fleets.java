package dev.cphemulator.fleet;

import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectScoped;
import dev.cphemulator.web.ProjectStates;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The fleets of all projects. A project's fleet is made on first use from its template: the one the
 * fleet file gives for that project, else the default one. Thread-safe.
 */
@Component
public class Fleets implements ProjectScoped {

  private final ProjectStates<FleetTemplate, ProjectFleet> states =
      new ProjectStates<>(FleetTemplate.empty(), ProjectFleet::new);

  /** Sets the templates projects start from; projects already in use keep their fleet. */
  public void useTemplates(FleetTemplate defaults, Map<String, FleetTemplate> perProject) {
    states.useTemplates(defaults, perProject);
  }

  /** The project's fleet, made from its template on first use. */
  public ProjectFleet of(ProjectId project) {
    return states.of(project);
  }

  /** Gives one project a fleet of its own (kept across resets of that project). */
  public void replace(ProjectId project, FleetTemplate template) {
    states.replace(project, template);
  }

  @Override
  public void forget(String projectId) {
    states.forget(projectId);
  }

  @Override
  public void forgetAll() {
    states.forgetAll();
  }
}
