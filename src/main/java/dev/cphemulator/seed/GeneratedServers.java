package dev.cphemulator.seed;

import dev.cphemulator.fleet.PhoneStatus;
import dev.cphemulator.fleet.ServerStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code generate} shorthand: {@code count} servers with {@code phones_per_server} phones each.
 * Ids are derived from {@code name_prefix} and the position, so the same file gives the same ids on
 * every run; names are {@code <name_prefix>-0001} and on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GeneratedServers(
    @NotNull @Min(1) @Max(100_000) Integer count,
    @NotNull @Min(0) @Max(1_000) Integer phonesPerServer,
    @Size(min = 1, max = 40)
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "use letters, digits, '-' or '_'")
        String namePrefix,
    ServerStatus status,
    PhoneStatus phoneStatus,
    String serverModelName,
    String phoneModelName,
    String availabilityZone) {

  String prefix() {
    return namePrefix == null ? "gen" : namePrefix;
  }
}
