/**
 * The operator API under {@code /_emulator/}, a path no CPH operation can take: reset, fleets per
 * project, the clock, fault rules, server and phone statuses. What a test or a script uses to set
 * the scene and move time. Its bodies are snake_case JSON and its errors the same error body as
 * CPH's. Works on a project under its lock, as a CPH request does ({@link
 * dev.cphemulator.web.Projects#inside}, or {@link dev.cphemulator.web.Projects#alone} to drop its
 * state first). May use every other feature but {@code auth}.
 */
@ApplicationModule(
    allowedDependencies = {
      "web",
      "clock",
      "fleet",
      "apps",
      "faults",
      "jobs",
      "deploy",
      "lifecycle",
      "seed"
    })
package dev.cphemulator.admin;

import org.springframework.modulith.ApplicationModule;
