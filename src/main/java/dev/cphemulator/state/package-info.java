/**
 * Snapshots: the emulator's state written to {@code cph.emulator.state.dir} on shutdown and every
 * {@code cph.emulator.state.interval}, and read back at start-up before the first request, so that
 * a restart (even a {@code kill -9}) loses at most one interval. One JSON file, written atomically
 * (a temporary file forced to disk, then renamed over the old one), versioned by its {@code
 * format}; the format is in {@code docs/snapshots.md}.
 *
 * <p>Project state is saved by the one mechanism of {@code kernel}: each part of a project's state
 * carries a codec, and {@link dev.cphemulator.kernel.ProjectSnapshots} saves and restores them, one
 * project's lock at a time. This module adds what spans projects: the clock, the fault rules and
 * the fleets operators gave. Depends on {@code kernel}, {@code web}, {@code clock}, {@code faults}
 * and {@code seed}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web", "clock", "faults", "seed"})
package dev.cphemulator.state;

import org.springframework.modulith.ApplicationModule;
