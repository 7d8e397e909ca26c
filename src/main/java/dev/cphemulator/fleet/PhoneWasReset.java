package dev.cphemulator.fleet;

import dev.cphemulator.web.ProjectId;

/**
 * A phone went back to its factory state (ResetCloudPhone succeeded): whatever was installed on it
 * is gone. Published as a Spring application event, synchronously, at the reset job's end.
 */
public record PhoneWasReset(ProjectId project, String phoneId) {}
