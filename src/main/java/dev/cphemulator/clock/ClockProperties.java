package dev.cphemulator.clock;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mode {@code real} (the default) or {@code manual}
 * @param start where a clock starts; absent means now
 */
@ConfigurationProperties("cph.emulator.clock")
public record ClockProperties(@DefaultValue("real") ClockMode mode, Instant start) {}
