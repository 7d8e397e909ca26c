package dev.cphemulator.apps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One project's catalogue, copied from its template on first use. Thread-safe. */
public final class ProjectCatalogue {

  private static final Comparator<App> OLDEST_FIRST_APPS =
      Comparator.comparing(App::createTime).thenComparing(App::appId);
  private static final Comparator<AppVersion> OLDEST_FIRST_VERSIONS =
      Comparator.comparing(AppVersion::createTime).thenComparing(AppVersion::appVersionId);

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

  /** Every application, oldest first. */
  public List<App> apps() {
    return apps.values().stream().sorted(OLDEST_FIRST_APPS).toList();
  }

  /** The versions of an application, oldest first. */
  public List<AppVersion> versionsOf(String appId) {
    return versions.values().stream()
        .filter(version -> version.appId().equals(appId))
        .sorted(OLDEST_FIRST_VERSIONS)
        .toList();
  }
}
