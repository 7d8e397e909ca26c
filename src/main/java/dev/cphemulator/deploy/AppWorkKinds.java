package dev.cphemulator.deploy;

import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.jobs.WorkKinds;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Saved;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Makes the works of the app actions' running jobs again after a restart ({@link AppWorks}). */
@Component
class AppWorkKinds implements WorkKinds {

  private final Fleets fleets;
  private final Placements placements;

  AppWorkKinds(Fleets fleets, Placements placements) {
    this.fleets = fleets;
    this.placements = placements;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(
        AppWorks.PUSH,
        AppWorks.INSTALL,
        AppWorks.REMOVE,
        AppWorks.UNINSTALL,
        AppWorks.MARK_DEPLOYED);
  }

  @Override
  public JobWork rebuild(ProjectState state, Job job, String kind, Saved args, RestoredJobs jobs) {
    AppWorks works = new AppWorks(fleets.of(state), placements.of(state));
    return switch (kind) {
      case AppWorks.PUSH -> works.push(args.text("server_id"), args.text("app_version_id"));
      case AppWorks.INSTALL ->
          works.install(
              args.text("server_id"),
              args.text("phone_id"),
              args.text("app_id"),
              args.text("app_version_id"));
      case AppWorks.REMOVE -> works.remove(args.text("server_id"), args.text("app_version_id"));
      case AppWorks.UNINSTALL ->
          works.uninstall(args.text("phone_id"), args.text("app_id"), args.text("app_version_id"));
      case AppWorks.MARK_DEPLOYED -> markDeployed(works, args, jobs);
      default -> throw args.fail("'" + kind + "' is not a kind of app work");
    };
  }

  private static JobWork markDeployed(AppWorks works, Saved args, RestoredJobs jobs) {
    List<String> ids = args.texts("push_job_ids");
    List<String> versions = args.texts("push_app_version_ids");
    if (ids.size() != versions.size()) {
      throw args.fail("push_app_version_ids", "it must name one version per push job");
    }
    Set<String> succeeded = new HashSet<>(args.texts("succeeded_push_job_ids"));
    Map<String, Job> live = new HashMap<>();
    for (String id : ids) {
      if (!succeeded.contains(id)) {
        // a push that had not succeeded is running (and kept), or failed: only the first counts
        try {
          live.put(id, jobs.job(args, id));
        } catch (RuntimeException failedAndGone) {
          // it ended and left the history: it failed, as it had not succeeded
        }
      }
    }
    return works.markDeployed(args.text("server_id"), ids, versions, succeeded, live);
  }
}
