/**
 * The emulated fleet: cloud phone servers and the phones they host, per project. A project starts
 * from a shared, immutable {@link dev.cphemulator.fleet.FleetTemplate} and records only what
 * changed (statuses), so a new project costs nothing however large the fleet. A project's {@link
 * dev.cphemulator.fleet.ProjectFleet} is a part of its {@link dev.cphemulator.kernel.ProjectState}:
 * plain maps, read and changed under the state's lock. Depends only on {@code kernel} and {@code
 * web}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web"})
package dev.cphemulator.fleet;

import org.springframework.modulith.ApplicationModule;
