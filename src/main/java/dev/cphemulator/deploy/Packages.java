package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import org.springframework.stereotype.Service;

/**
 * Push and remove, the two actions on packages alone: one job per server per version (server by
 * server, versions in request order), no parent and no phones.
 *
 * <p>PushAppVersionToServer: type-31 jobs; the package is on the server, nothing is installed.
 * RemoveAppVersionFromServer: type-41 jobs; the package leaves the server (so the version is no
 * longer deployed there), installed copies stay on the phones; removing a package that is not there
 * succeeds.
 */
@Service
class Packages {

  private final AppActions actions;

  Packages(AppActions actions) {
    this.actions = actions;
  }

  ServerActionResponse push(ProjectState state, RequestId requestId, ServerAppAction body) {
    return eachServerAndVersion(state, requestId, body, JobType.PUSH);
  }

  ServerActionResponse remove(ProjectState state, RequestId requestId, ServerAppAction body) {
    return eachServerAndVersion(state, requestId, body, JobType.REMOVE);
  }

  /** One push (31) or removal (41) per server and version. */
  private ServerActionResponse eachServerAndVersion(
      ProjectState state, RequestId requestId, ServerAppAction body, JobType type) {
    AppAction action = actions.open(state, requestId, body.distinctAppVersionIds());
    for (String serverId : body.distinctServerIds()) {
      if (!action.takes(serverId, type)) {
        continue;
      }
      for (AppVersion version : action.versions()) {
        JobWork work =
            type == JobType.PUSH
                ? action.push(serverId, version)
                : action.remove(serverId, version);
        action.listed(
            action.job(type).server(serverId).appVersion(version.appVersionId()).work(work).add());
      }
    }
    return action.submit();
  }
}
