package dev.cphemulator.apps;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caps on one project's catalogue, CPH's own quotas by default. Applications and versions a fleet
 * file seeds count toward them.
 *
 * @param maxApps the most applications a project may hold (CPH: 10,000 per tenant)
 * @param maxVersions the most application versions a project may hold (CPH: 100,000 per tenant)
 */
@ConfigurationProperties("cph.emulator.apps")
@Validated
public record AppProperties(
    @DefaultValue("10000") @PositiveOrZero(message = "must not be negative") int maxApps,
    @DefaultValue("100000") @PositiveOrZero(message = "must not be negative") int maxVersions) {

  /** CPH's quotas. */
  public static AppProperties cphQuotas() {
    return new AppProperties(10_000, 100_000);
  }
}
