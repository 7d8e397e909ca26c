package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.jobs.Job;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deploy and undeploy, the two actions with a parent job per server.
 *
 * <p>DeployAppVersionToServer fans each server out into one type-30 job, one type-31 push per
 * version and one type-32 install per phone per version; an install starts when its version's push
 * on that server succeeded.
 *
 * <p>UndeployAppVersionFromServer is its mirror image: one type-40 job per server, one type-41
 * package removal per version and one type-42 uninstall per phone per version, in the same order.
 * The 41s and 42s are independent of each other (uninstalling needs no package), all start at once,
 * and the 40 ends when all have ended, failed if any failed. A version that is not deployed, pushed
 * or installed there is no error: its jobs succeed and change nothing.
 *
 * <p>Work is linear in the size of the answer: one look-up per id, one job per entry. The caller
 * holds the project's lock (taken once, at the request's edge); nothing here locks.
 */
@Service
class Deployments {

  private final AppActions actions;

  Deployments(AppActions actions) {
    this.actions = actions;
  }

  ServerActionResponse deploy(ProjectState state, RequestId requestId, ServerAppAction body) {
    AppAction action = actions.open(state, requestId, body.distinctAppVersionIds());
    for (String serverId : body.distinctServerIds()) {
      if (action.takes(serverId, JobType.DEPLOY)) {
        deployOn(action, serverId);
      }
    }
    return action.submit();
  }

  ServerActionResponse undeploy(ProjectState state, RequestId requestId, ServerAppAction body) {
    AppAction action = actions.open(state, requestId, body.distinctAppVersionIds());
    for (String serverId : body.distinctServerIds()) {
      if (action.takes(serverId, JobType.UNDEPLOY)) {
        undeployFrom(action, serverId);
      }
    }
    return action.submit();
  }

  private static void deployOn(AppAction action, String serverId) {
    List<AppVersion> versions = action.versions();
    List<Job> pushes = new ArrayList<>(versions.size());
    Job deploy =
        action.listed(
            action
                .job(JobType.DEPLOY)
                .server(serverId)
                .work(action.markDeployed(serverId, pushes))
                .add());
    for (AppVersion version : versions) {
      pushes.add(
          action.listed(
              action
                  .job(JobType.PUSH)
                  .server(serverId)
                  .appVersion(version.appVersionId())
                  .parent(deploy)
                  .work(action.push(serverId, version))
                  .add()));
    }
    List<Phone> phones = action.fleet().phonesOf(serverId);
    for (int v = 0; v < versions.size(); v++) {
      AppVersion version = versions.get(v);
      for (Phone phone : phones) {
        action.listed(
            action
                .job(JobType.INSTALL)
                .server(serverId)
                .phone(phone.phoneId())
                .appVersion(version.appVersionId())
                .parent(deploy)
                .after(pushes.get(v))
                .work(action.install(serverId, phone.phoneId(), version))
                .add());
      }
    }
  }

  private static void undeployFrom(AppAction action, String serverId) {
    Job undeploy = action.listed(action.job(JobType.UNDEPLOY).server(serverId).add());
    for (AppVersion version : action.versions()) {
      action.listed(
          action
              .job(JobType.REMOVE)
              .server(serverId)
              .appVersion(version.appVersionId())
              .parent(undeploy)
              .work(action.remove(serverId, version))
              .add());
    }
    List<Phone> phones = action.fleet().phonesOf(serverId);
    for (AppVersion version : action.versions()) {
      for (Phone phone : phones) {
        action.listed(
            action
                .job(JobType.UNINSTALL)
                .server(serverId)
                .phone(phone.phoneId())
                .appVersion(version.appVersionId())
                .parent(undeploy)
                .work(action.uninstall(phone.phoneId(), version))
                .add());
      }
    }
  }
}
