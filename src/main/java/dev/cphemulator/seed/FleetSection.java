package dev.cphemulator.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cphemulator.apps.App;
import dev.cphemulator.fleet.Server;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What one project starts from: servers listed one by one, servers generated in bulk (appended
 * after the listed ones), and applications with their versions. Also the body of {@code GET} and
 * {@code PUT /_emulator/projects/{project_id}/fleet}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FleetSection(
    List<@NotNull @Valid Server> servers,
    List<@NotNull @Valid GeneratedServers> generate,
    List<@NotNull @Valid App> apps) {

  public FleetSection {
    servers = servers == null ? List.of() : servers;
    generate = generate == null ? List.of() : generate;
    apps = apps == null ? List.of() : apps;
  }
}
