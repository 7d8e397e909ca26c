package dev.cphemulator.fleet;

import dev.cphemulator.web.ProjectStates;
import org.springframework.stereotype.Component;

/**
 * The fleets of all projects. A project's fleet is made on first use from its template: the one an
 * operator put for it, else the one the fleet file gives for that project, else the default one.
 * Thread-safe.
 */
@Component
public class Fleets extends ProjectStates<FleetTemplate, ProjectFleet> {

  public Fleets() {
    super(FleetTemplate.empty(), ProjectFleet::new);
  }
}
