package dev.cphemulator.deploy;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST .../servers/action}: exactly one of four actions (the dispatch rule CPH
 * documents for UndeployAppVersionFromServer). Unknown keys are refused, as on every body.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerActionRequest(
    @Valid ServerAppAction batchDeployAppVersion,
    @Valid ServerAppAction batchPushAppVersion,
    @Valid ServerAppAction batchRemoveAppVersion,
    @Valid ServerAppAction batchUndeployAppVersion) {

  static final List<String> ACTIONS =
      List.of(
          "batch_deploy_app_version",
          "batch_push_app_version",
          "batch_remove_app_version",
          "batch_undeploy_app_version");

  /** The one action the body holds; call only once {@link #present()} has exactly one name. */
  ServerAppAction action() {
    for (ServerAppAction action :
        new ServerAppAction[] {
          batchDeployAppVersion, batchPushAppVersion, batchRemoveAppVersion, batchUndeployAppVersion
        }) {
      if (action != null) {
        return action;
      }
    }
    throw new IllegalStateException("no action in the body");
  }

  /** The names of the actions the body holds. */
  List<String> present() {
    List<String> names = new ArrayList<>();
    ServerAppAction[] actions = {
      batchDeployAppVersion, batchPushAppVersion, batchRemoveAppVersion, batchUndeployAppVersion
    };
    for (int i = 0; i < actions.length; i++) {
      if (actions[i] != null) {
        names.add(ACTIONS.get(i));
      }
    }
    return names;
  }
}
