/**
 * Jobs: the asynchronous tasks that CPH actions start, their lifecycle on the virtual clock, and
 * the queries ShowJob and ListJobs.
 *
 * <p>A job runs from the moment it is created (status 1) until its time is up, then ends with 2 or
 * -1. Jobs move forward lazily, never on sleeping threads: whenever a request reads a project, when
 * the clock is moved, and on a background tick while the clock follows wall time. A project's jobs
 * are a part of its {@link dev.cphemulator.kernel.ProjectState} and move under that state's one
 * lock, so a tick and a poll never race, and the same events in the same order give the same
 * result. The tick skips a project whose lock is busy (the request holding it caught it up on
 * entry); {@code settle} waits for it. Only the emulator-wide counts (kept, running, against the
 * history cap) and the queue of ended jobs to evict are shared between projects, and they are
 * atomic.
 *
 * <p>The engine knows nothing of fleets or deployments: whoever creates a job hands it a {@link
 * dev.cphemulator.jobs.JobWork} that checks its preconditions when its time is up and applies its
 * effect when it ends. Faults are asked at that same moment. Depends on {@code kernel}, {@code
 * web}, {@code clock} and {@code faults}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web", "clock", "faults"})
package dev.cphemulator.jobs;

import org.springframework.modulith.ApplicationModule;
