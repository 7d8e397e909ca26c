/**
 * The emulated fleet: cloud phone servers and the phones they host, per project. A project starts
 * from a shared, immutable {@link dev.cphemulator.fleet.FleetTemplate} and records only what
 * changed (statuses), so a new project costs nothing however large the fleet. Depends only on
 * {@code web}.
 */
@ApplicationModule(allowedDependencies = {"web"})
package dev.cphemulator.fleet;

import org.springframework.modulith.ApplicationModule;
