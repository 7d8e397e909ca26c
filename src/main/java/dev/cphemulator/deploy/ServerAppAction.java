package dev.cphemulator.deploy;

import dev.cphemulator.kernel.CphViolations;
import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.CphViolations.ServerIdMalformed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of every server app action: which versions, on which servers (deploy, push, remove,
 * undeploy). Up to 100 ids each (the limit CPH documents for its newer share-apps API). Repeated
 * ids count once, at their first position. A malformed server id is CPH's {@code CPS.0016} ({@link
 * #checkServerIds}), any other bad field the emulator's {@code CPS.9001}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerAppAction(
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
            appVersionIds,
    @NotNull(message = "it is required", payload = InvalidParameter.class)
        @Size(
            min = 1,
            max = 100,
            message = "it must hold 1 to 100 ids",
            payload = InvalidParameter.class)
        List<
                @NotBlank(
                    groups = ServerAppAction.ServerIds.class,
                    payload = ServerIdMalformed.class)
                @Size(
                    max = ServerAppAction.MAX_SERVER_ID,
                    groups = ServerAppAction.ServerIds.class,
                    payload = ServerIdMalformed.class)
                String>
            serverIds) {

  /** The longest server id the emulator holds (fleet ids are 1 to 64 characters). */
  static final int MAX_SERVER_ID = 64;

  /**
   * The checks of each server id, made by {@link #checkServerIds} once the rest of the body passed
   * and the body is known to hold one action.
   */
  interface ServerIds {}

  /**
   * Refuses a server id that is missing, blank or longer than any server id can be with CPH's own
   * code for a malformed server id, {@code CPS.0016} "server_id is invalid." from CPH's error
   * table, as RestartCloudPhoneServer does. CPH's documented codes take precedence over the
   * emulator's {@code CPS.9001}.
   */
  void checkServerIds() {
    CphViolations.check(this, ServerIds.class);
  }

  /** The version ids, each once, in the order first given. */
  List<String> distinctAppVersionIds() {
    return new ArrayList<>(new LinkedHashSet<>(appVersionIds));
  }

  /** The server ids, each once, in the order first given. */
  List<String> distinctServerIds() {
    return new ArrayList<>(new LinkedHashSet<>(serverIds));
  }
}
