package dev.cphemulator.lifecycle;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle actions of the official SDK: RestartCloudPhone, ResetCloudPhone, StopCloudPhone and
 * RestartCloudPhoneServer.
 */
@RestController
@RequestMapping(CphPaths.BASE)
class LifecycleController {

  private final PhoneActions phones;
  private final ServerRestarts servers;

  LifecycleController(PhoneActions phones, ServerRestarts servers) {
    this.phones = phones;
    this.servers = servers;
  }

  @PostMapping(path = "/phones/batch-restart", consumes = MediaType.APPLICATION_JSON_VALUE)
  PhoneActionResponse restartCloudPhone(
      ProjectState state, RequestId requestId, @RequestBody RestartCloudPhoneRequest body) {
    return phones.act(state, requestId, PhoneAction.RESTART, body.phones());
  }

  @PostMapping(path = "/phones/batch-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
  PhoneActionResponse resetCloudPhone(
      ProjectState state, RequestId requestId, @RequestBody ResetCloudPhoneRequest body) {
    return phones.act(state, requestId, PhoneAction.RESET, body.phones());
  }

  @PostMapping(path = "/phones/batch-stop", consumes = MediaType.APPLICATION_JSON_VALUE)
  PhoneActionResponse stopCloudPhone(
      ProjectState state, RequestId requestId, @RequestBody StopCloudPhoneRequest body) {
    return phones.stop(state, requestId, body.phoneIds());
  }

  @PostMapping(path = "/servers/batch-restart", consumes = MediaType.APPLICATION_JSON_VALUE)
  RestartCloudPhoneServerResponse restartCloudPhoneServer(
      ProjectState state, RequestId requestId, @RequestBody RestartCloudPhoneServerRequest body) {
    return servers.restart(state, requestId, body.serverIds());
  }
}
