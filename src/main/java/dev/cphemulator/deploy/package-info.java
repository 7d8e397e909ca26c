/**
 * Application placement on the fleet: the actions of {@code POST .../servers/action} (deploy, push,
 * remove, undeploy) and {@code POST .../phones/{id}/action} (UpdateAppVersionOfPhone), the jobs
 * they fan out into, and where each version ends up (pushed to a server, deployed on it, installed
 * on phones), which {@code GET .../servers/{id}/apps}, {@code GET .../phones/{id}/apps}, {@code GET
 * .../apps/{id}/servers} and {@code GET .../apps/{id}/phones} show.
 *
 * <p>Every action opens one {@link dev.cphemulator.deploy.AppAction} on the project's state ({@link
 * dev.cphemulator.deploy.AppActions#open}): the same version look-up, server refusal and job works;
 * the use case (say {@link dev.cphemulator.deploy.Deployments}) builds its jobs in a plain loop and
 * submits them. It all runs under the project's lock, taken at the request's edge, and so do the
 * job works. A project's placements are a part of its state; they tell the catalogue which versions
 * are in use ({@link dev.cphemulator.apps.VersionUsage}), together with the project's running jobs
 * that name the version. Depends on {@code fleet}, {@code apps}, {@code jobs}, {@code kernel} and
 * {@code web}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web", "fleet", "apps", "jobs", "faults"})
package dev.cphemulator.deploy;

import org.springframework.modulith.ApplicationModule;
