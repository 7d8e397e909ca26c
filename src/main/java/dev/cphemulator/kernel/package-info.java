/**
 * The CPH kernel every feature stands on, with no HTTP in it: the error catalogue ({@link
 * dev.cphemulator.kernel.CphError}) and its one exception, the one mapping from a Bean Validation
 * constraint on a request to its error ({@link dev.cphemulator.kernel.CphViolations}), ids, request
 * ids, the time format, paging, project ids as namespaces, and the state every feature's data lives
 * in.
 *
 * <p>{@link dev.cphemulator.kernel.ProjectState}: one per project, with one lock and the parts the
 * features plug in by typed key ({@link dev.cphemulator.kernel.ProjectState.Part}). {@link
 * dev.cphemulator.kernel.Projects} admits projects (up to {@link
 * dev.cphemulator.kernel.ProjectLimits}), locks them and drops a state whole on reset; {@link
 * dev.cphemulator.kernel.ProjectTemplates} are the templates parts are made from. Locks are taken
 * emulator first (shared, exclusive only for a reset of every project), then one project, never
 * two. The HTTP edge ({@code web}) takes a project's lock once per CPH request, and releases it
 * once the answer is made, before writing it.
 */
@ApplicationModule(allowedDependencies = {})
package dev.cphemulator.kernel;

import org.springframework.modulith.ApplicationModule;
