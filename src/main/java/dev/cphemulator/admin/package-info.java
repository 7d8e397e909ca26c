/**
 * The operator API: reset, fleets per project, the clock, fault rules, server and phone statuses.
 * What a test or a script uses to set the scene and move time.
 *
 * <p>One interface, {@link dev.cphemulator.admin.Operator}, the module's only public type, served
 * two ways: in-process, as a bean a test running the emulator in its own JVM calls directly, and
 * over HTTP under {@code /_emulator/}, a path no CPH operation can take, by controllers that only
 * bind the request (paths, query strings, bodies in snake_case JSON, durations written {@code
 * "5s"}) and call the interface. Refusals are the error catalogue's {@code CphException}s, which
 * HTTP answers with the same error body as CPH's.
 *
 * <p>May use every other feature but {@code auth}; no feature uses it.
 */
@ApplicationModule(
    allowedDependencies = {
      "kernel",
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
