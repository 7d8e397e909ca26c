/**
 * Application placement on the fleet: the actions of {@code POST .../servers/action} (deploy, push,
 * remove, undeploy; SPEC 2.A.11-2.A.14) and {@code POST .../phones/{id}/action} (update, SPEC
 * 2.A.16), the jobs they fan out into, and where each version ends up (pushed to a server, deployed
 * on it, installed on phones), which {@code GET .../servers/{id}/apps}, {@code GET
 * .../phones/{id}/apps}, {@code GET .../apps/{id}/servers} and {@code GET .../apps/{id}/phones}
 * show.
 *
 * <p>Every action goes through {@link dev.cphemulator.deploy.AppActions} and one {@link
 * dev.cphemulator.deploy.AppAction}: the same version look-up, server refusal and job works. The
 * placements tell the catalogue which versions are in use ({@link
 * dev.cphemulator.apps.VersionUsage}). Depends on {@code fleet}, {@code apps}, {@code jobs} and
 * {@code web}.
 */
@ApplicationModule(allowedDependencies = {"web", "fleet", "apps", "jobs", "faults"})
package dev.cphemulator.deploy;

import org.springframework.modulith.ApplicationModule;
