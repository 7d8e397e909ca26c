package dev.cphemulator.apps;

import dev.cphemulator.kernel.ProjectState;
import java.util.Optional;

/**
 * Where an application version is in use, told by the feature that places versions on the fleet.
 * The catalogue asks before it deletes a version (DeleteAppVersion) without depending on that
 * feature: the dependency points from placements to the catalogue, never back.
 *
 * <p>Called under the project's lock, so an answer stays true until the deletion is done.
 */
public interface VersionUsage {

  /**
   * Why the version cannot be deleted now ({@code "pushed to 1 server, installed on 3 phones"}), or
   * empty if nothing uses it.
   */
  Optional<String> usage(ProjectState state, String appVersionId);
}
