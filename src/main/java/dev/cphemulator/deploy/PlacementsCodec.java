package dev.cphemulator.deploy;

import dev.cphemulator.kernel.PartCodec;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a project's placements: the links pushed, deployed and installed, each from both ends in
 * the order the links were made (so the lists by server and by version read as before), and the
 * version of each application installed on each phone.
 */
final class PlacementsCodec implements PartCodec<ProjectPlacements> {

  @Override
  public JsonNode save(ProjectPlacements placements) {
    ObjectNode out = Saved.object();
    save(out.putObject("pushed"), placements.pushed());
    save(out.putObject("deployed"), placements.deployed());
    save(out.putObject("installs"), placements.installs());
    ObjectNode installed = out.putObject("installed_apps");
    new TreeMap<>(placements.installedApps())
        .forEach(
            (phoneId, apps) -> {
              ObjectNode phone = installed.putObject(phoneId);
              apps.forEach(phone::put);
            });
    return out;
  }

  private static void save(ObjectNode out, Links links) {
    saveSide(out.putObject("by_from"), links.forward());
    saveSide(out.putObject("by_to"), links.backward());
  }

  private static void saveSide(ObjectNode out, Map<String, Set<String>> side) {
    new TreeMap<>(side).forEach((key, values) -> Saved.strings(out, key, values));
  }

  @Override
  public ProjectPlacements restore(ProjectState state, Saved saved) {
    ProjectPlacements placements = new ProjectPlacements();
    restore(saved.object("pushed"), placements.pushed());
    restore(saved.object("deployed"), placements.deployed());
    restore(saved.object("installs"), placements.installs());
    for (Map.Entry<String, Saved> phone : saved.entries("installed_apps").entrySet()) {
      Map<String, String> apps = new LinkedHashMap<>();
      for (Map.Entry<String, Saved> app : phone.getValue().entries().entrySet()) {
        apps.put(app.getKey(), app.getValue().asText());
      }
      placements.installedApps().put(phone.getKey(), apps);
    }
    return placements;
  }

  private static void restore(Saved saved, Links links) {
    restoreSide(saved, "by_from", links.forward());
    restoreSide(saved, "by_to", links.backward());
    long forward = links.forward().values().stream().mapToLong(Set::size).sum();
    long backward = 0;
    for (Map.Entry<String, Set<String>> to : links.backward().entrySet()) {
      for (String from : to.getValue()) {
        backward++;
        if (!links.has(from, to.getKey())) {
          throw saved.fail("by_to." + to.getKey(), "'" + from + "' is not linked to it in by_from");
        }
      }
    }
    if (forward != backward) {
      throw saved.fail("by_from and by_to must hold the same links");
    }
  }

  private static void restoreSide(Saved saved, String field, Map<String, Set<String>> side) {
    for (Map.Entry<String, Saved> entry : saved.entries(field).entrySet()) {
      List<String> values = entry.getValue().texts();
      if (values.isEmpty()) {
        throw entry.getValue().fail("it must name at least one id");
      }
      side.put(entry.getKey(), new LinkedHashSet<>(values));
    }
  }
}
