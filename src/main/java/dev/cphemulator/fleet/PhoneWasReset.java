package dev.cphemulator.fleet;

import dev.cphemulator.kernel.ProjectState;

/**
 * A phone went back to its factory state (ResetCloudPhone succeeded): whatever was installed on it
 * is gone. Published as a Spring application event, synchronously, at the reset job's end, while
 * the project's lock is held: listeners change {@code state} directly.
 */
public record PhoneWasReset(ProjectState state, String phoneId) {}
