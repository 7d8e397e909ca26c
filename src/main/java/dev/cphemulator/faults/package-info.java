/**
 * Faults as data: rules that make matching jobs fail with a chosen error, or stall until the rule
 * is removed, held in one {@link dev.cphemulator.faults.FaultPlan} that the job engine asks at one
 * place, when a job's time is up. Randomness comes from a generator seeded per rule, so a run
 * replays. Depends only on {@code kernel}.
 */
@ApplicationModule(allowedDependencies = {"kernel"})
package dev.cphemulator.faults;

import org.springframework.modulith.ApplicationModule;
