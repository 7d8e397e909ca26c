package dev.cphemulator.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one project's application versions are: packages pushed to servers, versions deployed on
 * servers, versions installed on phones (one version per application per phone). Thread-safe;
 * every method is short and synchronized.
 */
final class ProjectPlacements {

  private final Map<String, Set<String>> pushed = new HashMap<>();
  private final Map<String, Set<String>> deployed = new HashMap<>();
  private final Map<String, Map<String, String>> installed = new HashMap<>();

  synchronized void push(String serverId, String appVersionId) {
    pushed.computeIfAbsent(serverId, id -> new LinkedHashSet<>()).add(appVersionId);
  }

  synchronized boolean isPushed(String serverId, String appVersionId) {
    return pushed.getOrDefault(serverId, Set.of()).contains(appVersionId);
  }

  synchronized void deploy(String serverId, String appVersionId) {
    deployed.computeIfAbsent(serverId, id -> new LinkedHashSet<>()).add(appVersionId);
  }

  /** The versions deployed on a server, in the order they were first deployed. */
  synchronized List<String> deployedOn(String serverId) {
    return new ArrayList<>(deployed.getOrDefault(serverId, Set.of()));
  }

  /** Installs a version on a phone, replacing any other version of the same application. */
  synchronized void install(String phoneId, String appId, String appVersionId) {
    installed.computeIfAbsent(phoneId, id -> new LinkedHashMap<>()).put(appId, appVersionId);
  }

  /** The versions installed on a phone, one per application, in the order first installed. */
  synchronized List<String> installedOn(String phoneId) {
    return new ArrayList<>(installed.getOrDefault(phoneId, Map.of()).values());
  }
}
