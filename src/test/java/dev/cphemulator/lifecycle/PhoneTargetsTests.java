package dev.cphemulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.CphViolations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phones of a restart, reset or stop, checked as a whole: each problem and its CPH error. */
class PhoneTargetsTests {

  private static final String NOT_AN_OBJECT =
      "it must be a JSON object written as a string, e.g. \"{\\\"com.cph.mainkeys\\\":1}\"";

  @Test
  void aMissingOrEmptyPhoneListIsCps0009() {
    assertRefused(null, "CPS.0009", "Parameter: phone_id list is empty.");
    assertRefused(List.of(), "CPS.0009", "Parameter: phone_id list is empty.");
  }

  @Test
  void moreThan200PhonesIsAnInvalidParameterThatCountsThem() {
    assertThatCode(() -> check(phones(200))).doesNotThrowAnyException();
    assertRefused(
        phones(201),
        "CPS.9001",
        "Parameter: phones is invalid: it holds 201 phones, at most 200 are allowed");
  }

  @Test
  void aMissingPhoneOrAMissingOrBlankIdIsCps0004() {
    for (PhoneProperty phone :
        Arrays.asList(null, new PhoneProperty(null, null), new PhoneProperty(" ", "{}"))) {
      assertRefused(
          Arrays.asList(new PhoneProperty("a", null), phone), "CPS.0004", "Invalid phone id.");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[1]", "1", "\"text\"", "null", "", " ", "{", "{} {}", "{\"a\":1,\"a\":2}"})
  void aPropertyThatIsNotOneJsonObjectIsAnInvalidParameterNamingIt(String property) {
    assertRefused(
        List.of(new PhoneProperty("a", "{}"), new PhoneProperty("b", property)),
        "CPS.9001",
        "Parameter: phones[1].property is invalid: " + NOT_AN_OBJECT);
  }

  @Test
  void aPropertyIsMeasuredInUtf8BytesUpTo2048() {
    String justFits = "{\"k\":\"" + "é".repeat(1020) + "\"}"; // 1028 characters
    assertThat(justFits.getBytes(StandardCharsets.UTF_8)).hasSize(2048);

    assertThatCode(() -> check(List.of(new PhoneProperty("a", justFits))))
        .doesNotThrowAnyException();
    assertRefused(
        List.of(new PhoneProperty("a", justFits.replace("{", "{ "))),
        "CPS.9001",
        "Parameter: phones[0].property is invalid: it is longer than 2048 bytes");
  }

  @Test
  void aPhonesIdIsCheckedBeforeItsProperty() {
    assertRefused(List.of(new PhoneProperty(" ", "[1]")), "CPS.0004", "Invalid phone id.");
  }

  @Test
  void theFirstPhoneWithAProblemWinsByItsPosition() {
    List<PhoneProperty> laterIdWrong = phones(11);
    laterIdWrong.set(2, new PhoneProperty("p2", "[2]"));
    laterIdWrong.set(10, new PhoneProperty("", null));
    assertRefused(
        laterIdWrong, "CPS.9001", "Parameter: phones[2].property is invalid: " + NOT_AN_OBJECT);

    List<PhoneProperty> laterPropertyWrong = phones(11);
    laterPropertyWrong.set(2, new PhoneProperty("", null));
    laterPropertyWrong.set(10, new PhoneProperty("p10", "[10]"));
    assertRefused(laterPropertyWrong, "CPS.0004", "Invalid phone id.");
  }

  @Test
  void theListsOwnProblemWinsOverItsPhones() {
    List<PhoneProperty> tooMany = new ArrayList<>(Collections.nCopies(201, null));
    assertRefused(
        tooMany,
        "CPS.9001",
        "Parameter: phones is invalid: it holds 201 phones, at most 200 are allowed");
  }

  private static List<PhoneProperty> phones(int count) {
    List<PhoneProperty> phones = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      phones.add(new PhoneProperty("p" + i, null));
    }
    return phones;
  }

  private static void check(List<PhoneProperty> phones) {
    CphViolations.check(new PhoneTargets(phones));
  }

  private static void assertRefused(List<PhoneProperty> phones, String code, String message) {
    assertThatThrownBy(() -> check(phones))
        .isInstanceOfSatisfying(
            CphException.class, e -> assertThat(e.error().code()).isEqualTo(code))
        .hasMessage(message);
  }
}
