package dev.cphemulator.apps;

import dev.cphemulator.kernel.PartCodec;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a project's catalogue whole: every application and version (those of the template too, as
 * deletes may have removed some), each with the order it was made in, and the next order to give.
 * Caps are not checked again: a catalogue saved within the caps stays as it was.
 */
final class CatalogueCodec implements PartCodec<ProjectCatalogue> {

  private final AppProperties limits;

  CatalogueCodec(AppProperties limits) {
    this.limits = limits;
  }

  @Override
  public JsonNode save(ProjectCatalogue catalogue) {
    ProjectCatalogue.SavedCatalogue saved = catalogue.saved();
    ObjectNode out = Saved.object();
    out.put("sequence", saved.sequence());
    ArrayNode apps = out.putArray("apps");
    for (Map.Entry<App, Long> entry : saved.apps()) {
      App app = entry.getKey();
      ObjectNode one = apps.addObject();
      one.put("sequence", entry.getValue());
      one.put("app_id", app.appId());
      one.put("name", app.name());
      one.put("package_name", app.packageName());
      one.put("description", app.description());
      Saved.put(one, "create_time", app.createTime());
      Saved.put(one, "update_time", app.updateTime());
    }
    ArrayNode versions = out.putArray("versions");
    for (Map.Entry<AppVersion, Long> entry : saved.versions()) {
      AppVersion version = entry.getKey();
      ObjectNode one = versions.addObject();
      one.put("sequence", entry.getValue());
      one.put("app_version_id", version.appVersionId());
      one.put("app_id", version.appId());
      one.put("version_code", version.versionCode());
      one.put("version_name", version.versionName());
      one.put("launch_activity", version.launchActivity());
      one.put("bucket_name", version.bucketName());
      one.put("object_path", version.objectPath());
      Saved.put(one, "create_time", version.createTime());
      Saved.put(one, "update_time", version.updateTime());
    }
    return out;
  }

  @Override
  public ProjectCatalogue restore(ProjectState state, Saved saved) {
    ProjectCatalogue catalogue = new ProjectCatalogue(limits);
    long next = saved.number("sequence");
    for (Saved one : saved.list("apps")) {
      App app =
          new App(
              one.text("app_id"),
              one.text("name"),
              one.text("package_name"),
              one.optText("description"),
              one.instant("create_time"),
              one.instant("update_time"),
              null);
      if (!catalogue.restoreApp(app, order(one, next))) {
        throw one.fail("app_id", "'" + app.appId() + "' is taken");
      }
    }
    for (Saved one : saved.list("versions")) {
      AppVersion version =
          new AppVersion(
              one.text("app_version_id"),
              one.text("app_id"),
              one.text("version_code"),
              one.optText("version_name"),
              one.optText("launch_activity"),
              one.optText("bucket_name"),
              one.optText("object_path"),
              one.instant("create_time"),
              one.instant("update_time"));
      Optional<String> refused = catalogue.restoreVersion(version, order(one, next));
      if (refused.isPresent()) {
        throw one.fail(refused.get());
      }
    }
    catalogue.restoreSequence(next);
    return catalogue;
  }

  private static long order(Saved one, long next) {
    long order = one.number("sequence");
    if (order < 0 || order >= next) {
      throw one.fail("sequence", "it must be from 0 to the catalogue's sequence, " + (next - 1));
    }
    return order;
  }
}
