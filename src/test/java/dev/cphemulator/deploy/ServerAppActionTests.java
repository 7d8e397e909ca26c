package dev.cphemulator.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The server ids of a server app action: CPH's {@code CPS.0016} for a malformed one, checked only
 * when asked for, after the body's own checks ({@code @Valid}) and the one-action check.
 */
class ServerAppActionTests {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final List<String> VERSIONS = List.of("v1");

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void aMissingBlankOrTooLongServerIdIsCps0016() {
    for (List<String> ids :
        List.of(
            Arrays.asList("s", null), List.of("s", ""), List.of("  "), List.of("s".repeat(65)))) {
      assertThatThrownBy(() -> new ServerAppAction(VERSIONS, ids).checkServerIds())
          .as("server ids %s", ids)
          .isInstanceOfSatisfying(
              CphException.class,
              e -> assertThat(e.error()).isEqualTo(CphError.SERVER_ID_MALFORMED))
          .hasMessage("server_id is invalid.");
    }
  }

  @Test
  void aServerIdOf64CharactersIsWellFormed() {
    assertThatCode(() -> new ServerAppAction(VERSIONS, List.of("s".repeat(64))).checkServerIds())
        .doesNotThrowAnyException();
  }

  @Test
  void theBodysOwnChecksLeaveServerIdsToCheckServerIds() {
    assertThat(VALIDATOR.validate(new ServerAppAction(VERSIONS, Arrays.asList("", null))))
        .isEmpty();
  }
}
