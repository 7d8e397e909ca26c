package dev.cphemulator.apps;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One project's catalogue, copied from its template on first use. Thread-safe. */
public final class ProjectCatalogue {

  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, AppVersion> versions = new ConcurrentHashMap<>();

  ProjectCatalogue(CatalogueTemplate template) {
    template.apps().forEach(app -> apps.put(app.appId(), app));
    template.versions().forEach(version -> versions.put(version.appVersionId(), version));
  }

  public Optional<App> app(String appId) {
    return Optional.ofNullable(apps.get(appId));
  }

  public Optional<AppVersion> version(String appVersionId) {
    return Optional.ofNullable(versions.get(appVersionId));
  }
}
