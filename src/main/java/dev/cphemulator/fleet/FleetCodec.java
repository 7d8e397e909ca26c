package dev.cphemulator.fleet;

import dev.cphemulator.kernel.PartCodec;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a project's fleet as what changed over its template: the status and update time of each
 * server and phone that moved, and the phone properties set. The template itself is not saved; the
 * fleet is made again from the project's template, so a fleet of a million phones costs the saved
 * state nothing until its phones change.
 */
final class FleetCodec implements PartCodec<ProjectFleet> {

  private final Function<String, FleetTemplate> templates;

  FleetCodec(Function<String, FleetTemplate> templates) {
    this.templates = templates;
  }

  @Override
  public JsonNode save(ProjectFleet fleet) {
    ObjectNode out = Saved.object();
    ArrayNode servers = out.putArray("servers");
    new TreeMap<>(fleet.changedServers())
        .values()
        .forEach(
            server -> {
              ObjectNode one = servers.addObject();
              one.put("server_id", server.serverId());
              one.put("status", server.status().wire());
              Saved.put(one, "update_time", server.updateTime());
            });
    ArrayNode phones = out.putArray("phones");
    new TreeMap<>(fleet.changedPhones())
        .values()
        .forEach(
            phone -> {
              ObjectNode one = phones.addObject();
              one.put("phone_id", phone.phoneId());
              one.put("status", phone.status().wire());
              Saved.put(one, "update_time", phone.updateTime());
            });
    ObjectNode properties = out.putObject("properties");
    new TreeMap<>(fleet.properties()).forEach(properties::put);
    return out;
  }

  @Override
  public ProjectFleet restore(ProjectState state, Saved saved) {
    FleetTemplate template = templates.apply(state.project().value());
    ProjectFleet fleet = new ProjectFleet(template);
    for (Saved one : saved.list("servers")) {
      String id = one.text("server_id");
      Server server =
          template
              .server(id)
              .orElseThrow(() -> one.fail("server_id", "the project's fleet has no server " + id));
      ServerStatus status = status(one, ServerStatus::fromWire);
      fleet.changedServers().put(id, server.withStatus(status, one.instant("update_time")));
    }
    for (Saved one : saved.list("phones")) {
      String id = one.text("phone_id");
      Phone phone =
          template
              .phone(id)
              .orElseThrow(() -> one.fail("phone_id", "the project's fleet has no phone " + id));
      PhoneStatus status = status(one, PhoneStatus::fromWire);
      fleet.changedPhones().put(id, phone.withStatus(status, one.instant("update_time")));
    }
    for (Map.Entry<String, Saved> property : saved.entries("properties").entrySet()) {
      String id = property.getKey();
      if (template.phone(id).isEmpty()) {
        throw property.getValue().fail("the project's fleet has no phone " + id);
      }
      fleet.properties().put(id, property.getValue().asText());
    }
    return fleet;
  }

  private static <S> S status(Saved one, IntFunction<S> fromWire) {
    long wire = one.number("status");
    try {
      return fromWire.apply((int) wire);
    } catch (IllegalArgumentException e) {
      throw one.fail("status", e.getMessage());
    }
  }
}
