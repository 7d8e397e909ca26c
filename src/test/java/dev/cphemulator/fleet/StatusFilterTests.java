package dev.cphemulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The status filter of the phone and server lists, read from its text. */
class StatusFilterTests {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t"})
  void aMissingOrBlankStatusIsNoFilter(String sent) {
    assertThat(StatusFilter.read(sent, PhoneStatus::fromWire)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "+2", "02", "\u0662"}) // the last an Arabic-Indic 2
  void aWholeNumberIsReadAsJavaReadsOne(String sent) {
    assertThat(StatusFilter.read(sent, PhoneStatus::fromWire)).isEqualTo(PhoneStatus.RUNNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "1.5", "2.0", "1e0", " 2", "2 ", "99999999999", "0x2"})
  void textThatIsNotAWholeNumberIsStatusInvalid(String sent) {
    assertStatusInvalid(sent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "9", "-4"})
  void aNumberThatIsNoPhoneStatusIsStatusInvalid(String sent) {
    assertStatusInvalid(sent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "99", "-1"})
  void aNumberThatIsNoServerStatusIsStatusInvalid(String sent) {
    assertThatThrownBy(() -> StatusFilter.read(sent, ServerStatus::fromWire))
        .isInstanceOfSatisfying(
            CphException.class, e -> assertThat(e.error()).isEqualTo(CphError.STATUS_INVALID));
  }

  private static void assertStatusInvalid(String sent) {
    assertThatThrownBy(() -> StatusFilter.read(sent, PhoneStatus::fromWire))
        .as("status '%s'", sent)
        .isInstanceOfSatisfying(
            CphException.class, e -> assertThat(e.error()).isEqualTo(CphError.STATUS_INVALID));
  }
}
