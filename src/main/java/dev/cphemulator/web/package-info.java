/**
 * The CPH wire conventions shared by every feature: the error catalogue and its one exception, the
 * error body and the advice that renders it (for our errors and Spring's own), request ids, project
 * ids as namespaces, paging, the time format, body limits. Depends on nothing else in the emulator.
 *
 * <p>It also owns the kernel every feature's state lives in: {@link
 * dev.cphemulator.web.ProjectState}, one per project, with one lock and the parts the features plug
 * in by typed key ({@link dev.cphemulator.web.ProjectState.Part}); {@link
 * dev.cphemulator.web.Projects}, which admits projects, locks them and drops a state whole on
 * reset; and {@link dev.cphemulator.web.ProjectTemplates}, the templates parts are made from.
 * {@link dev.cphemulator.web.ProjectFilter} holds the project's lock for the whole of a CPH
 * request: requests of one project run one at a time (the simplest discipline that needs no lock,
 * callback or undo behind the edge), while different projects run in parallel. Locks are taken
 * emulator first (shared, exclusive only for a reset of every project), then one project, never
 * two.
 */
@ApplicationModule(allowedDependencies = {})
package dev.cphemulator.web;

import org.springframework.modulith.ApplicationModule;
