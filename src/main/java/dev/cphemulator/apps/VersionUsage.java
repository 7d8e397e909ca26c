package dev.cphemulator.apps;

import dev.cphemulator.web.ProjectId;
import java.util.Optional;

/**
 * Where an application version is in use, told by the feature that places versions on the fleet.
 * The catalogue asks before it deletes a version (DeleteAppVersion, SPEC 2.A.7) without depending
 * on that feature: the dependency points from placements to the catalogue, never back.
 *
 * <p>Called while the project's catalogue is locked against changes, so an answer stays true until
 * the deletion is done, provided the implementation counts a version as used from the moment an
 * action names it in a job until that job's effect is in place (no gap in between).
 */
public interface VersionUsage {

  /**
   * Why the version cannot be deleted now ({@code "pushed to 1 server, installed on 3 phones"}), or
   * empty if nothing uses it.
   */
  Optional<String> usage(ProjectId project, String appVersionId);
}
