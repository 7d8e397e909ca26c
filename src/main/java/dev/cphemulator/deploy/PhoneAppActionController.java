package dev.cphemulator.deploy;

import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.fleet.Phone;
import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST .../phones/{phone_id}/action} with {@code update_app_version}
 * (UpdateAppVersionOfPhone), the one app action aimed at a single phone.
 */
@RestController
@RequestMapping(CphPaths.BASE + "/phones")
class PhoneAppActionController {

  private final Fleets fleets;
  private final PhoneUpdates updates;

  PhoneAppActionController(Fleets fleets, PhoneUpdates updates) {
    this.fleets = fleets;
    this.updates = updates;
  }

  @PostMapping(path = "/{phone_id}/action", consumes = MediaType.APPLICATION_JSON_VALUE)
  ServerActionResponse act(
      ProjectState state,
      RequestId requestId,
      @PathVariable("phone_id") String phoneId,
      @Valid @RequestBody PhoneActionRequest body) {
    Phone phone = fleets.of(state).phone(phoneId).orElseThrow(CphError.PHONE_NOT_FOUND::exception);
    if (body.updateAppVersion() == null) {
      throw CphError.ACTION_NOT_ONE.exception(PhoneActionRequest.UPDATE_APP_VERSION);
    }
    return updates.update(state, requestId, phone, body.updateAppVersion());
  }
}
