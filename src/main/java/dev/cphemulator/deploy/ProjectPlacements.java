package dev.cphemulator.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one project's application versions are: packages pushed to servers, versions deployed on
 * servers, versions installed on phones (one version per application per phone). A part of the
 * project's state: not thread-safe, guarded by the state's lock.
 *
 * <p>"Deployed" implies "pushed": a deploy marks a version deployed only while its package is on
 * the server, and removing the package (job 41, in RemoveAppVersionFromServer and in
 * UndeployAppVersionFromServer) takes both away. Phones keep what they installed until a job 42
 * uninstalls it or the phone is reset (ResetCloudPhone).
 *
 * <p>A version counts as in use (DeleteAppVersion) while it is pushed, deployed, installed, or
 * named by a job that has not ended (the project's jobs count those). A job ends and applies its
 * effect under the same lock, so "in use" never blinks off in between.
 */
final class ProjectPlacements {

  /** A version on a server or a phone. */
  record Placement(String where, String appVersionId) {}

  private final Links pushed = new Links();
  private final Links deployed = new Links();
  private final Links installs = new Links();
  private final Map<String, Map<String, String>> installedApps = new HashMap<>();

  Links pushed() {
    return pushed;
  }

  Links deployed() {
    return deployed;
  }

  Links installs() {
    return installs;
  }

  /** The versions installed on each phone, by application (for the saved state). */
  Map<String, Map<String, String>> installedApps() {
    return installedApps;
  }

  void push(String serverId, String appVersionId) {
    pushed.add(serverId, appVersionId);
  }

  boolean isPushed(String serverId, String appVersionId) {
    return pushed.has(serverId, appVersionId);
  }

  /** Takes the version's package off the server: it is neither pushed nor deployed there. */
  void removePackage(String serverId, String appVersionId) {
    pushed.remove(serverId, appVersionId);
    deployed.remove(serverId, appVersionId);
  }

  /** Marks a version deployed on a server, if its package is (still) there. */
  void deploy(String serverId, String appVersionId) {
    if (pushed.has(serverId, appVersionId)) {
      deployed.add(serverId, appVersionId);
    }
  }

  /** The versions deployed on a server, in the order they were first deployed. */
  List<String> deployedOn(String serverId) {
    return deployed.to(serverId);
  }

  /** Installs a version on a phone, replacing any other version of the same application. */
  void install(String phoneId, String appId, String appVersionId) {
    String before =
        installedApps
            .computeIfAbsent(phoneId, id -> new LinkedHashMap<>())
            .put(appId, appVersionId);
    if (before != null && !before.equals(appVersionId)) {
      installs.remove(phoneId, before);
    }
    installs.add(phoneId, appVersionId);
  }

  /** Uninstalls a version from a phone; nothing happens if another version (or none) is there. */
  void uninstall(String phoneId, String appId, String appVersionId) {
    Map<String, String> apps = installedApps.get(phoneId);
    if (apps != null && apps.remove(appId, appVersionId)) {
      installs.remove(phoneId, appVersionId);
      if (apps.isEmpty()) {
        installedApps.remove(phoneId);
      }
    }
  }

  /** Forgets everything installed on a phone. */
  void wipe(String phoneId) {
    Map<String, String> apps = installedApps.remove(phoneId);
    if (apps != null) {
      apps.values().forEach(version -> installs.remove(phoneId, version));
    }
  }

  /** The versions installed on a phone, one per application, in the order first installed. */
  List<String> installedOn(String phoneId) {
    return new ArrayList<>(installedApps.getOrDefault(phoneId, Map.of()).values());
  }

  /** The servers each version is deployed on: version by version, servers in deployment order. */
  List<Placement> deployedWith(List<String> appVersionIds) {
    return placementsOf(deployed, appVersionIds);
  }

  /** The phones each version is installed on: version by version, phones in install order. */
  List<Placement> installedWith(List<String> appVersionIds) {
    return placementsOf(installs, appVersionIds);
  }

  /** What keeps the version from being deleted, or empty if nothing does. */
  Optional<String> usage(String appVersionId, int runningJobs) {
    List<String> uses = new ArrayList<>(4);
    count(uses, pushed.countFrom(appVersionId), "pushed to %d server(s)");
    count(uses, deployed.countFrom(appVersionId), "deployed on %d server(s)");
    count(uses, installs.countFrom(appVersionId), "installed on %d phone(s)");
    count(uses, runningJobs, "named by %d running job(s)");
    return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
  }

  private static void count(List<String> uses, int count, String template) {
    if (count > 0) {
      uses.add(template.formatted(count));
    }
  }

  private static List<Placement> placementsOf(Links links, List<String> appVersionIds) {
    List<Placement> out = new ArrayList<>();
    for (String versionId : appVersionIds) {
      for (String where : links.from(versionId)) {
        out.add(new Placement(where, versionId));
      }
    }
    return out;
  }
}
