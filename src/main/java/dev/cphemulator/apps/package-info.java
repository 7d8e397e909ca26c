/**
 * The application catalogue, per project: applications and their versions, and the operations that
 * list, show, create and delete them (the catalogue operations). The fleet file seeds it; the app
 * actions of {@code deploy} name its versions. A project's {@link
 * dev.cphemulator.apps.ProjectCatalogue} is a part of its {@link
 * dev.cphemulator.kernel.ProjectState}: plain maps under the state's lock, so every rule is checked
 * and applied in one step.
 *
 * <p>Depends only on {@code kernel} and {@code web}. Whether a version is in use lives with the
 * placements in {@code deploy}; the catalogue asks through {@link
 * dev.cphemulator.apps.VersionUsage}, which {@code deploy} implements, so the dependency keeps
 * pointing one way.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web"})
package dev.cphemulator.apps;

import org.springframework.modulith.ApplicationModule;
