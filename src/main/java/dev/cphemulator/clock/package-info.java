/**
 * The emulator's one source of time: a {@link java.time.Clock} that either follows wall time
 * ({@code real}) or stands still until an operator or a test moves it ({@code manual}). Every
 * timestamp and every job deadline comes from it. Depends on nothing else in the emulator.
 */
@ApplicationModule(allowedDependencies = {})
package dev.cphemulator.clock;

import org.springframework.modulith.ApplicationModule;
