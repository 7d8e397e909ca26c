package dev.cphemulator.deploy;

import jakarta.validation.Valid;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST .../phones/{phone_id}/action}: {@code update_app_version} is the one
 * action CPH documents there (UpdateAppVersionOfPhone). Unknown keys are refused, as on every body.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PhoneActionRequest(@Valid PhoneAppAction updateAppVersion) {

  static final String UPDATE_APP_VERSION = "update_app_version";
}
