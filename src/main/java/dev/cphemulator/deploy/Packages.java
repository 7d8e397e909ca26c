package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.jobs.JobWork;
import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.RequestId;
import org.springframework.stereotype.Service;

/**
 * Push and remove, the two actions on packages alone: one job per server per version (server by
 * server, versions in request order), no parent and no phones.
 *
 * <p>PushAppVersionToServer (SPEC 2.A.13): type-31 jobs; the package is on the server, nothing is
 * installed. RemoveAppVersionFromServer (SPEC 2.A.12): type-41 jobs; the package leaves the server
 * (so the version is no longer deployed there), installed copies stay on the phones; removing a
 * package that is not there succeeds.
 */
@Service
class Packages {

  /** The work of one package job: {@link AppAction#push} or {@link AppAction#remove}. */
  @FunctionalInterface
  private interface PackageWork {
    JobWork of(AppAction action, String serverId, AppVersion version);
  }

  private final AppActions actions;

  Packages(AppActions actions) {
    this.actions = actions;
  }

  ServerActionResponse push(ProjectId project, RequestId requestId, ServerAppAction body) {
    return eachServerAndVersion(project, requestId, body, JobType.PUSH, AppAction::push);
  }

  ServerActionResponse remove(ProjectId project, RequestId requestId, ServerAppAction body) {
    return eachServerAndVersion(project, requestId, body, JobType.REMOVE, AppAction::remove);
  }

  private ServerActionResponse eachServerAndVersion(
      ProjectId project,
      RequestId requestId,
      ServerAppAction body,
      JobType type,
      PackageWork work) {
    return actions.run(
        project,
        requestId,
        body.distinctAppVersionIds(),
        action ->
            action.forEachServer(
                body.distinctServerIds(),
                type,
                serverId -> {
                  for (AppVersion version : action.versions()) {
                    action.listed(
                        action
                            .job(type)
                            .server(serverId)
                            .appVersion(version.appVersionId())
                            .work(work.of(action, serverId, version))
                            .add());
                  }
                }));
  }
}
