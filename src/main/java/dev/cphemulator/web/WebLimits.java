package dev.cphemulator.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caps on what one client can make the emulator hold.
 *
 * @param projects how many distinct project ids the emulator keeps state for
 * @param bodySize the largest request body accepted (larger gets 413)
 */
@ConfigurationProperties("cph.emulator.limits")
public record WebLimits(
    @DefaultValue("1000") int projects, @DefaultValue("1MB") DataSize bodySize) {}
