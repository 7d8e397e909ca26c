package dev.cphemulator.seed;

import dev.cphemulator.apps.App;
import dev.cphemulator.faults.FaultRule;
import dev.cphemulator.fleet.Server;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A fleet file: the default fleet every project starts from ({@code servers}, {@code generate},
 * {@code apps}), fleets of their own for named {@code projects}, and fault rules active from the
 * start.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FleetFile(
    List<@NotNull @Valid Server> servers,
    List<@NotNull @Valid GeneratedServers> generate,
    List<@NotNull @Valid App> apps,
    Map<String, @NotNull @Valid FleetSection> projects,
    List<@NotNull @Valid FaultRule> faults) {

  public FleetFile {
    servers = servers == null ? List.of() : servers;
    generate = generate == null ? List.of() : generate;
    apps = apps == null ? List.of() : apps;
    projects = projects == null ? Map.of() : projects;
    faults = faults == null ? List.of() : faults;
  }

  FleetSection defaults() {
    return new FleetSection(servers, generate, apps);
  }
}
