package dev.cphemulator.deploy;

import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code update_app_version} (UpdateAppVersionOfPhone): the versions to install on the
 * phone. Up to 100, as in the server actions; repeated ids count once, at their first position.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PhoneAppAction(
    @NotNull(message = "it is required", payload = InvalidParameter.class)
        @Size(
            min = 1,
            max = 100,
            message = "it must hold 1 to 100 ids",
            payload = InvalidParameter.class)
        List<
                @NotBlank(
                    message = "it must be a non-empty string",
                    payload = InvalidParameter.class)
                @Size(
                    max = 64,
                    message = "it must be at most 64 characters",
                    payload = InvalidParameter.class)
                String>
            appVersionIds) {

  /** The version ids, each once, in the order first given. */
  List<String> distinctAppVersionIds() {
    return new ArrayList<>(new LinkedHashSet<>(appVersionIds));
  }
}
