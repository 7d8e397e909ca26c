package dev.cphemulator.fleet;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.ProjectTemplates;
import dev.cphemulator.kernel.SavedParts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The fleet part of every project's state, and the templates it is made from: the one an operator
 * put for the project, else the one the fleet file gives for that project, else the default one.
 */
@Component
public class Fleets extends ProjectTemplates<FleetTemplate> implements SavedParts {

  private final ProjectState.Part<ProjectFleet> part =
      new ProjectState.Part<>(
          "fleet",
          project -> new ProjectFleet(templateFor(project.value())),
          fleet -> {},
          new FleetCodec(this::templateFor));

  public Fleets() {
    super(FleetTemplate.empty());
  }

  @Override
  public List<ProjectState.Part<?>> savedParts() {
    return List.of(part);
  }

  /** The project's fleet; the caller holds the state's lock. */
  public ProjectFleet of(ProjectState state) {
    return state.part(part);
  }
}
