package dev.cphemulator.kernel;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many projects the emulator holds state for: each distinct project id a client names takes
 * one, until the emulator is reset as a whole.
 *
 * @param projects how many distinct project ids the emulator keeps state for
 */
@ConfigurationProperties("cph.emulator.limits")
@Validated
public record ProjectLimits(@DefaultValue("1000") @Min(1) int projects) {}
