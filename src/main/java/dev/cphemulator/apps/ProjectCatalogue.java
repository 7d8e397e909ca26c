package dev.cphemulator.apps;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One project's catalogue: its applications and their versions, copied from its template on first
 * use, then changed by CreateApp, CreateAppVersion, DeleteApp and DeleteAppVersion.
 *
 * <p>A part of the project's state: not thread-safe, guarded by the state's lock, so each rule is
 * checked and applied in one step: a {@code version_code} is unique within its application, the
 * caps hold, an application is deleted only without versions, a version only when nothing uses it
 * (asked first, under the same lock).
 *
 * <p>Lists are ordered by creation time, ties broken by the order of creation, so that versions
 * made in the same virtual second keep their order.
 */
public final class ProjectCatalogue {

  private static final Comparator<StoredApp> OLDEST_FIRST_APPS =
      Comparator.<StoredApp, Instant>comparing(stored -> stored.app.createTime())
          .thenComparingLong(stored -> stored.sequence);
  private static final Comparator<StoredVersion> OLDEST_FIRST_VERSIONS =
      Comparator.<StoredVersion, Instant>comparing(stored -> stored.version.createTime())
          .thenComparingLong(StoredVersion::sequence);

  private final AppProperties limits;
  private final Map<String, StoredApp> apps = new HashMap<>();
  private final Map<String, StoredVersion> versions = new HashMap<>();
  private long sequence;

  private static final class StoredApp {
    private final App app;
    private final long sequence;

    /** Version ids by version code: the index that keeps codes unique within the app. */
    private final Map<String, String> versionIds = new LinkedHashMap<>();

    StoredApp(App app, long sequence) {
      this.app = app;
      this.sequence = sequence;
    }
  }

  private record StoredVersion(AppVersion version, long sequence) {}

  /** An application as ListApps shows it, with the launch activity of its newest version. */
  record ListedApp(App app, String launchActivity) {}

  /** What CreateAppVersion gives, apart from the ids and times the catalogue sets. */
  record NewVersion(
      String appId,
      String versionCode,
      String versionName,
      String launchActivity,
      String bucketName,
      String objectPath) {}

  ProjectCatalogue(CatalogueTemplate template, AppProperties limits) {
    this.limits = limits;
    for (App app : template.apps()) {
      apps.put(app.appId(), new StoredApp(app, sequence++));
    }
    for (AppVersion version : template.versions()) {
      versions.put(version.appVersionId(), new StoredVersion(version, sequence++));
      apps.get(version.appId()).versionIds.put(version.versionCode(), version.appVersionId());
    }
  }

  /** An empty catalogue, to be filled from a saved state ({@link CatalogueCodec}). */
  ProjectCatalogue(AppProperties limits) {
    this.limits = limits;
  }

  // --- the saved state ---

  /** What the catalogue saves: each application and version with its order, and the sequence. */
  record SavedCatalogue(
      List<Map.Entry<App, Long>> apps, List<Map.Entry<AppVersion, Long>> versions, long sequence) {}

  SavedCatalogue saved() {
    List<Map.Entry<App, Long>> savedApps =
        apps.values().stream()
            .sorted(Comparator.comparingLong(stored -> stored.sequence))
            .map(stored -> Map.entry(stored.app, stored.sequence))
            .toList();
    List<Map.Entry<AppVersion, Long>> savedVersions =
        versions.values().stream()
            .sorted(Comparator.comparingLong(StoredVersion::sequence))
            .map(stored -> Map.entry(stored.version, stored.sequence))
            .toList();
    return new SavedCatalogue(savedApps, savedVersions, sequence);
  }

  /**
   * Puts back a saved application.
   *
   * @return false if its id is taken
   */
  boolean restoreApp(App app, long order) {
    return apps.putIfAbsent(app.appId(), new StoredApp(app, order)) == null;
  }

  /**
   * Puts back a saved version; versions come in the order they were made.
   *
   * @return why it cannot be put back, or empty
   */
  Optional<String> restoreVersion(AppVersion version, long order) {
    StoredApp app = apps.get(version.appId());
    if (app == null) {
      return Optional.of("its app_id '" + version.appId() + "' is not an application");
    }
    if (versions.containsKey(version.appVersionId()) || apps.containsKey(version.appVersionId())) {
      return Optional.of("its app_version_id '" + version.appVersionId() + "' is taken");
    }
    if (app.versionIds.containsKey(version.versionCode())) {
      return Optional.of("its version_code '" + version.versionCode() + "' is taken");
    }
    versions.put(version.appVersionId(), new StoredVersion(version, order));
    app.versionIds.put(version.versionCode(), version.appVersionId());
    return Optional.empty();
  }

  void restoreSequence(long next) {
    this.sequence = next;
  }

  // --- reads ---

  public Optional<App> app(String appId) {
    return Optional.ofNullable(apps.get(appId)).map(stored -> stored.app);
  }

  public Optional<AppVersion> version(String appVersionId) {
    return Optional.ofNullable(versions.get(appVersionId)).map(StoredVersion::version);
  }

  /** Every application, oldest first. */
  public List<App> apps() {
    return apps.values().stream().sorted(OLDEST_FIRST_APPS).map(s -> s.app).toList();
  }

  /** The versions of an application, oldest first; empty for an unknown application. */
  public List<AppVersion> versionsOf(String appId) {
    StoredApp app = apps.get(appId);
    if (app == null) {
      return List.of();
    }
    return app.versionIds.values().stream()
        .map(versions::get)
        .sorted(OLDEST_FIRST_VERSIONS)
        .map(StoredVersion::version)
        .toList();
  }

  /** How many applications and versions the project holds. */
  public int appCount() {
    return apps.size();
  }

  public int versionCount() {
    return versions.size();
  }

  /**
   * The applications whose name contains {@code nameContains} (ignoring case; null or empty: all),
   * newest first, each with the launch activity of its newest version (empty if it has none).
   */
  List<ListedApp> list(String nameContains) {
    String wanted =
        nameContains == null || nameContains.isEmpty()
            ? null
            : nameContains.toLowerCase(Locale.ROOT);
    return apps.values().stream()
        .filter(
            stored -> wanted == null || stored.app.name().toLowerCase(Locale.ROOT).contains(wanted))
        .sorted(OLDEST_FIRST_APPS.reversed())
        .map(stored -> new ListedApp(stored.app, launchActivityOf(stored)))
        .toList();
  }

  /**
   * The versions an app action names, in the order given.
   *
   * @throws dev.cphemulator.kernel.CphException {@code CPS.9201} naming the first unknown id
   */
  public List<AppVersion> versions(List<String> appVersionIds) {
    List<AppVersion> found = new ArrayList<>(appVersionIds.size());
    for (String id : appVersionIds) {
      StoredVersion stored = versions.get(id);
      if (stored == null) {
        throw CphError.APP_VERSION_NOT_IN_CATALOGUE.exception(id);
      }
      found.add(stored.version);
    }
    return found;
  }

  // --- changes ---

  /** Adds an application without versions (CreateApp). */
  App addApp(String name, String packageName, String description, Instant now) {
    if (apps.size() >= limits.maxApps()) {
      throw CphError.APP_LIMIT_REACHED.exception(apps.size());
    }
    String id = freshId();
    App app =
        new App(id, name, packageName, description == null ? "" : description, now, now, null);
    apps.put(id, new StoredApp(app, sequence++));
    return app;
  }

  /** Adds a version to its application (CreateAppVersion). */
  AppVersion addVersion(NewVersion given, Instant now) {
    StoredApp app = apps.get(given.appId());
    if (app == null) {
      throw CphError.APP_NOT_FOUND.exception(given.appId());
    }
    if (app.versionIds.containsKey(given.versionCode())) {
      throw CphError.VERSION_CODE_TAKEN.exception(given.versionCode(), given.appId());
    }
    if (versions.size() >= limits.maxVersions()) {
      throw CphError.APP_VERSION_LIMIT_REACHED.exception(versions.size());
    }
    String id = freshId();
    AppVersion version =
        new AppVersion(
            id,
            given.appId(),
            given.versionCode(),
            given.versionName(),
            given.launchActivity(),
            given.bucketName(),
            given.objectPath(),
            now,
            now);
    versions.put(id, new StoredVersion(version, sequence++));
    app.versionIds.put(given.versionCode(), id);
    return version;
  }

  /** Deletes an application that has no versions left (DeleteApp). */
  App removeApp(String appId) {
    StoredApp app = apps.get(appId);
    if (app == null) {
      throw CphError.APP_NOT_FOUND.exception(appId);
    }
    if (!app.versionIds.isEmpty()) {
      throw CphError.APP_HAS_VERSIONS.exception(appId, app.versionIds.size());
    }
    apps.remove(appId);
    return app.app;
  }

  /**
   * Deletes a version (DeleteAppVersion) unless {@code usage} says what uses it; the caller asked,
   * under the same lock, so the answer still holds.
   */
  AppVersion removeVersion(String appVersionId, Optional<String> usage) {
    StoredVersion stored = versions.get(appVersionId);
    if (stored == null) {
      throw CphError.APP_VERSION_NOT_FOUND.exception(appVersionId);
    }
    if (usage.isPresent()) {
      throw CphError.APP_VERSION_IN_USE.exception(appVersionId, usage.get());
    }
    versions.remove(appVersionId);
    apps.get(stored.version.appId()).versionIds.remove(stored.version.versionCode());
    return stored.version;
  }

  private String launchActivityOf(StoredApp app) {
    return app.versionIds.values().stream()
        .map(versions::get)
        .max(OLDEST_FIRST_VERSIONS)
        .map(stored -> stored.version.launchActivity())
        .orElse("");
  }

  /** A new id, unused by any application or version of the project. */
  private String freshId() {
    String id;
    do {
      id = Ids.newId();
    } while (apps.containsKey(id) || versions.containsKey(id));
    return id;
  }
}
