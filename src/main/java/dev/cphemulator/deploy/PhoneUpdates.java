package dev.cphemulator.deploy;

import dev.cphemulator.apps.AppVersion;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.jobs.JobError;
import dev.cphemulator.jobs.JobType;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * UpdateAppVersionOfPhone: one type-32 install per version on one phone, listed without {@code
 * server_id}. Installing a version replaces any other version of its application on the phone.
 *
 * <p>Checked for the whole request, in this order, each a 4xx that creates nothing: the phone
 * exists ({@code CPS.0005}), every version exists ({@code CPS.9201}), every version is pushed to
 * the phone's server ({@code CPS.9207}). A server that cannot take app actions then gives each
 * version a per-item error, as the server actions do; a phone that is not running gets its jobs,
 * which fail when due, as deploy's installs do.
 */
@Service
class PhoneUpdates {

  private final AppActions actions;

  PhoneUpdates(AppActions actions) {
    this.actions = actions;
  }

  ServerActionResponse update(
      ProjectState state, RequestId requestId, Phone phone, PhoneAppAction body) {
    String phoneId = phone.phoneId();
    String serverId = phone.serverId();
    AppAction action = actions.open(state, requestId, body.distinctAppVersionIds());
    for (AppVersion version : action.versions()) {
      if (!action.placed().isPushed(serverId, version.appVersionId())) {
        throw CphError.APP_VERSION_NOT_PUSHED.exception(version.appVersionId(), serverId);
      }
    }
    Optional<JobError> refused = action.refusal(serverId);
    for (AppVersion version : action.versions()) {
      if (refused.isPresent()) {
        action.listed(
            ActionJob.phoneError(
                JobType.INSTALL.wire(), phoneId, version.appVersionId(), refused.get()));
        continue;
      }
      action.listedWithoutServer(
          action
              .job(JobType.INSTALL)
              .server(serverId)
              .phone(phoneId)
              .appVersion(version.appVersionId())
              .work(action.install(serverId, phoneId, version))
              .add());
    }
    return action.submit();
  }
}
