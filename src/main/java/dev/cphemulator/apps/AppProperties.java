package dev.cphemulator.apps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caps on one project's catalogue, CPH's own quotas by default (SPEC 1.9). Applications and
 * versions a fleet file seeds count toward them.
 *
 * @param maxApps the most applications a project may hold (CPH: 10,000 per tenant)
 * @param maxVersions the most application versions a project may hold (CPH: 100,000 per tenant)
 */
@ConfigurationProperties("cph.emulator.apps")
public record AppProperties(
    @DefaultValue("10000") int maxApps, @DefaultValue("100000") int maxVersions) {

  public AppProperties {
    if (maxApps < 0) {
      throw new IllegalArgumentException("cph.emulator.apps.max-apps must not be negative");
    }
    if (maxVersions < 0) {
      throw new IllegalArgumentException("cph.emulator.apps.max-versions must not be negative");
    }
  }

  /** CPH's quotas. */
  public static AppProperties cphQuotas() {
    return new AppProperties(10_000, 100_000);
  }
}
