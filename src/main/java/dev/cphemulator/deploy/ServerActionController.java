package dev.cphemulator.deploy;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.RequestId;
import dev.cphemulator.web.CphPaths;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST .../servers/action}: the server app actions, one per request (the four server app
 * actions).
 */
@RestController
@RequestMapping(CphPaths.BASE + "/servers")
class ServerActionController {

  private final Deployments deployments;
  private final Packages packages;

  ServerActionController(Deployments deployments, Packages packages) {
    this.deployments = deployments;
    this.packages = packages;
  }

  @PostMapping(path = "/action", consumes = MediaType.APPLICATION_JSON_VALUE)
  ServerActionResponse act(
      ProjectState state, RequestId requestId, @Valid @RequestBody ServerActionRequest body) {
    List<String> present = body.present();
    if (present.size() != 1) {
      throw CphError.ACTION_NOT_ONE.exception(String.join(", ", ServerActionRequest.ACTIONS));
    }
    body.action().checkServerIds();
    if (body.batchDeployAppVersion() != null) {
      return deployments.deploy(state, requestId, body.batchDeployAppVersion());
    }
    if (body.batchPushAppVersion() != null) {
      return packages.push(state, requestId, body.batchPushAppVersion());
    }
    if (body.batchRemoveAppVersion() != null) {
      return packages.remove(state, requestId, body.batchRemoveAppVersion());
    }
    return deployments.undeploy(state, requestId, body.batchUndeployAppVersion());
  }
}
