package dev.cphemulator.lifecycle;

import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.EmulatorTest;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The checks of a phone batch as a client meets them, in every one of the three actions. */
class PhoneBatchCheckTests extends EmulatorTest {

  private static final String TOO_MANY =
      "Parameter: phones is invalid: it holds 201 phones, at most 200 are allowed";

  @Test
  void aStopOfTooManyPhonesNamesThemPhonesAsRestartAndResetDo() {
    String ids = String.join(",", Collections.nCopies(201, "\"x\""));
    cph()
        .body("{\"phone_ids\":[" + ids + "]}")
        .post("/phones/batch-stop")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body("error_msg", equalTo(TOO_MANY));
    String phones = String.join(",", Collections.nCopies(201, "{\"phone_id\":\"x\"}"));
    for (String action : new String[] {"batch-restart", "batch-reset"}) {
      cph()
          .body("{\"phones\":[" + phones + "]}")
          .post("/phones/" + action)
          .then()
          .statusCode(400)
          .body("error_code", equalTo("CPS.9001"))
          .body("error_msg", equalTo(TOO_MANY));
    }
  }

  @Test
  void aPropertyThatIsNotAJsonObjectIsNamedByThePhonesPlace() {
    cph()
        .body("{\"phones\":[{\"phone_id\":\"x\"},{\"phone_id\":\"y\",\"property\":\"{} {}\"}]}")
        .post("/phones/batch-restart")
        .then()
        .statusCode(400)
        .body("error_code", equalTo("CPS.9001"))
        .body(
            "error_msg",
            equalTo(
                "Parameter: phones[1].property is invalid: it must be a JSON object written as a"
                    + " string, e.g. \"{\\\"com.cph.mainkeys\\\":1}\""));
  }
}
