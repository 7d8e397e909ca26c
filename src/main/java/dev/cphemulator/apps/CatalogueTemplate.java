package dev.cphemulator.apps;

import dev.cphemulator.kernel.Ids;
import dev.cphemulator.kernel.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable catalogue: applications with their versions, every field filled with a stable
 * default where a file left it out. Shared by every project that starts from it.
 */
public final class CatalogueTemplate {

  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private final List<App> apps;
  private final List<AppVersion> versions;

  private CatalogueTemplate(List<App> apps, List<AppVersion> versions) {
    this.apps = List.copyOf(apps);
    this.versions = List.copyOf(versions);
  }

  public static CatalogueTemplate empty() {
    return new CatalogueTemplate(List.of(), List.of());
  }

  /**
   * Builds a catalogue from applications as a file gives them (each with its {@code versions}).
   *
   * @throws InvalidFieldException naming the first field that is wrong
   */
  public static CatalogueTemplate of(List<App> given) {
    List<App> apps = new ArrayList<>();
    List<AppVersion> versions = new ArrayList<>();
    Map<String, Integer> appWhere = new HashMap<>();
    Map<String, String> versionWhere = new HashMap<>();
    for (int i = 0; i < given.size(); i++) {
      App app = given.get(i);
      String appId =
          app.appId() != null ? app.appId() : Ids.stable("app", app.packageName(), "" + i);
      Integer earlier = appWhere.putIfAbsent(appId, i);
      if (earlier != null) {
        throw new InvalidFieldException(
            "apps[" + i + "].app_id", "'" + appId + "' is already used by apps[" + earlier + "]");
      }
      Instant created =
          app.createTime() != null ? app.createTime() : EPOCH.plus(Duration.ofMinutes(i));
      apps.add(
          new App(
              appId,
              app.name(),
              app.packageName(),
              app.description() != null ? app.description() : "",
              created,
              app.updateTime() != null ? app.updateTime() : created,
              null));
      List<AppVersion> appVersions = app.versions() == null ? List.of() : app.versions();
      Set<String> codes = new HashSet<>();
      for (int k = 0; k < appVersions.size(); k++) {
        AppVersion v = appVersions.get(k);
        String here = "apps[" + i + "].versions[" + k + "]";
        if (!codes.add(v.versionCode())) {
          throw new InvalidFieldException(
              here + ".version_code", "'" + v.versionCode() + "' is already a version of this app");
        }
        if (v.appId() != null && !v.appId().equals(appId)) {
          throw new InvalidFieldException(
              here + ".app_id",
              "'" + v.appId() + "' is not the app that lists the version; leave it out");
        }
        String versionId =
            v.appVersionId() != null
                ? v.appVersionId()
                : Ids.stable("app-version", appId, v.versionCode());
        String other = versionWhere.putIfAbsent(versionId, here);
        if (other != null) {
          throw new InvalidFieldException(
              here + ".app_version_id", "'" + versionId + "' is already used by " + other);
        }
        Instant versionCreated =
            v.createTime() != null ? v.createTime() : created.plus(Duration.ofMinutes(k + 1L));
        versions.add(
            new AppVersion(
                versionId,
                appId,
                v.versionCode(),
                v.versionName() != null ? v.versionName() : v.versionCode(),
                v.launchActivity() != null
                    ? v.launchActivity()
                    : app.packageName() + ".MainActivity",
                v.bucketName() != null ? v.bucketName() : "cph-emulator-apps",
                v.objectPath() != null
                    ? v.objectPath()
                    : app.packageName() + "/" + v.versionCode() + ".tar",
                versionCreated,
                v.updateTime() != null ? v.updateTime() : versionCreated));
      }
    }
    return new CatalogueTemplate(apps, versions);
  }

  /** The applications, without their versions, in the order given. */
  public List<App> apps() {
    return apps;
  }

  /** Every version of every application, in the order given. */
  public List<AppVersion> versions() {
    return versions;
  }
}
