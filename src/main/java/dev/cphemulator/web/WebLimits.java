package dev.cphemulator.web;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Caps on what one request can make the emulator hold (the cap on projects is {@link
 * dev.cphemulator.kernel.ProjectLimits}).
 *
 * @param bodySize the largest request body accepted (larger gets 413)
 * @param bodyTimeout how long a request body may take to arrive whole, from the end of its headers
 *     (longer gets 408 and the connection closed)
 */
@ConfigurationProperties("cph.emulator.limits")
@Validated
public record WebLimits(
    @DefaultValue("1MB") DataSize bodySize,
    @DefaultValue("10s") @DurationMin(millis = 1, message = "must be at least 1ms")
        Duration bodyTimeout) {}
