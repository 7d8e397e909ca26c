package dev.cphemulator.jobs;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record JobProperties(
    Map<JobType, Duration> durations,
    @DefaultValue("0s") Duration jitter,
    @DefaultValue("42") long seed,
    @DefaultValue("100000") int history,
    @DefaultValue("100ms") Duration tick) {

  public JobProperties {
    EnumMap<JobType, Duration> all = new EnumMap<>(JobType.class);
    for (JobType type : JobType.values()) {
      all.put(type, type.isParent() ? Duration.ZERO : Duration.ofSeconds(2));
    }
    if (durations != null) {
      durations.forEach(
          (type, duration) -> {
            if (duration.isNegative()) {
              throw new IllegalArgumentException(
                  "cph.emulator.jobs.durations." + type.key() + " must not be negative");
            }
            all.put(type, duration);
          });
    }
    durations = Map.copyOf(all);
    if (jitter.isNegative()) {
      throw new IllegalArgumentException("cph.emulator.jobs.jitter must not be negative");
    }
    if (history < 1) {
      throw new IllegalArgumentException("cph.emulator.jobs.history must be at least 1");
    }
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("cph.emulator.jobs.tick must be positive");
    }
  }

  Duration durationOf(JobType type) {
    return durations.get(type);
  }
}
