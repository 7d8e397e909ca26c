/**
 * The phone and server lifecycle actions of the official SDK: RestartCloudPhone, ResetCloudPhone,
 * StopCloudPhone and RestartCloudPhoneServer. Each action moves its targets to a transitional
 * status at once (restarting, resetting, stopping), starts one job per target, and moves them to
 * their final status when the job ends (running or stopped, or the matching failed status). Under
 * the project's lock, each action checks every target first, submits its batch of jobs, and only
 * then moves statuses: nothing to undo if the batch is refused.
 *
 * <p>A package of its own because it joins two features the house layout keeps apart: the fleet,
 * which depends only on {@code kernel} and {@code web}, and the job engine, which knows nothing of
 * fleets. Putting the actions in {@code fleet} would make it depend on {@code jobs}; putting them
 * in {@code jobs} would make the engine know phones. Depends on {@code fleet}, {@code jobs}, {@code
 * kernel} and {@code web}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web", "fleet", "jobs"})
package dev.cphemulator.lifecycle;

import org.springframework.modulith.ApplicationModule;
