package dev.cphemulator.jobs;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How jobs run.
 *
 * @param durations how long each type of job takes, by key ({@code push: 3s}); parents take none
 * @param jitter up to this much is added to each duration, drawn from a generator seeded with
 *     {@code seed} and the project id
 * @param seed seeds the jitter
 * @param history the most jobs kept, all projects together; the oldest ended jobs go first, running
 *     jobs never. A kept job takes about 400 bytes of heap, so the default (100,000) needs about 40
 *     MB
 * @param tick how often jobs are moved forward while the clock follows wall time
 */
@ConfigurationProperties("cph.emulator.jobs")
@Validated
public record JobProperties(
    Map<JobType, @DurationMin(nanos = 0, message = NOT_NEGATIVE) Duration> durations,
    @DefaultValue("0s") @DurationMin(nanos = 0, message = NOT_NEGATIVE) Duration jitter,
    @DefaultValue("42") long seed,
    @DefaultValue("100000") @Min(1) int history,
    @DefaultValue("100ms") @DurationMin(nanos = 0, inclusive = false, message = "must be positive")
        Duration tick) {

  static final String NOT_NEGATIVE = "must not be negative";

  public JobProperties {
    EnumMap<JobType, Duration> all = new EnumMap<>(JobType.class);
    for (JobType type : JobType.values()) {
      all.put(type, type.isParent() ? Duration.ZERO : Duration.ofSeconds(2));
    }
    if (durations != null) {
      all.putAll(durations);
    }
    durations = Map.copyOf(all);
  }

  Duration durationOf(JobType type) {
    return durations.get(type);
  }
}
