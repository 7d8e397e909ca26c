package dev.cphemulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.CphViolations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The servers of a RestartCloudPhoneServer, checked as a whole: each problem and its CPH error. */
class ServerTargetsTests {

  @Test
  void aMissingOrEmptyServerListIsCps9104() {
    assertRefused(null, "CPS.9104", "Parameter: server_id list is empty.");
    assertRefused(List.of(), "CPS.9104", "Parameter: server_id list is empty.");
  }

  @Test
  void moreThan100ServersIsAnInvalidParameterThatCountsThem() {
    assertThatCode(() -> check(Collections.nCopies(100, "s"))).doesNotThrowAnyException();
    assertRefused(
        Collections.nCopies(101, "s"),
        "CPS.9001",
        "Parameter: server_ids is invalid: it holds 101 ids, at most 100 are allowed");
  }

  @Test
  void aMissingOrBlankServerIdIsCps0016() {
    assertRefused(Arrays.asList("s", null), "CPS.0016", "server_id is invalid.");
    assertRefused(List.of("s", ""), "CPS.0016", "server_id is invalid.");
    assertRefused(List.of("s", " \t"), "CPS.0016", "server_id is invalid.");
  }

  @Test
  void theListsOwnProblemWinsOverItsIds() {
    assertRefused(
        new ArrayList<>(Collections.nCopies(101, "")),
        "CPS.9001",
        "Parameter: server_ids is invalid: it holds 101 ids, at most 100 are allowed");
  }

  private static void check(List<String> serverIds) {
    CphViolations.check(new ServerTargets(serverIds));
  }

  private static void assertRefused(List<String> serverIds, String code, String message) {
    assertThatThrownBy(() -> check(serverIds))
        .isInstanceOfSatisfying(
            CphException.class, e -> assertThat(e.error().code()).isEqualTo(code))
        .hasMessage(message);
  }
}
