package dev.cphemulator.state;

import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how often the emulator saves its state.
 *
 * @param dir the directory the snapshot is written to and read from at start-up; absent (the
 *     default) means nothing is saved and every start is fresh
 * @param interval how often the snapshot is written while the emulator runs (it is also written on
 *     shutdown); at least 100ms
 */
@ConfigurationProperties("cph.emulator.state")
@Validated
public record StateProperties(
    Path dir,
    @DefaultValue("5s") @DurationMin(millis = 100, message = "must be at least 100ms")
        Duration interval) {}
