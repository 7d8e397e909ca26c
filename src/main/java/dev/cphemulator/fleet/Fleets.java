package dev.cphemulator.fleet;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.ProjectTemplates;
import org.springframework.stereotype.Component;

/**
 * The fleet part of every project's state, and the templates it is made from: the one an operator
 * put for the project, else the one the fleet file gives for that project, else the default one.
 */
@Component
public class Fleets extends ProjectTemplates<FleetTemplate> {

  private final ProjectState.Part<ProjectFleet> part =
      new ProjectState.Part<>("fleet", project -> new ProjectFleet(templateFor(project.value())));

  public Fleets() {
    super(FleetTemplate.empty());
  }

  /** The project's fleet; the caller holds the state's lock. */
  public ProjectFleet of(ProjectState state) {
    return state.part(part);
  }
}
