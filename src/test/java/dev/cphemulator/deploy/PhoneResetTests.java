package dev.cphemulator.deploy;

import static dev.cphemulator.support.DefaultFleet.DOC_APP_VERSION;
import static dev.cphemulator.support.DefaultFleet.DOC_SERVER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.cphemulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneResetTests extends EmulatorTest {

  @Test
  void aResetPhoneLosesItsApplicationsAndTheOtherPhonesKeepThem() {
    List<String> phones =
        deploy(List.of(DOC_APP_VERSION), List.of(DOC_SERVER)).getList("jobs.phone_id").stream()
            .filter(java.util.Objects::nonNull)
            .map(Object::toString)
            .toList();
    settle();
    String reset = phones.get(0);

    cph()
        .body(Map.of("phones", List.of(Map.of("phone_id", reset))))
        .post("/phones/batch-reset")
        .then()
        .statusCode(200)
        .body("jobs[0].phone_id", equalTo(reset));
    cph()
        .get("/phones/{id}/apps", reset)
        .then()
        .body("apps", hasSize(1)); // not before the job ends
    settle();

    cph().get("/phones/{id}", reset).then().body("status", equalTo(2));
    cph().get("/phones/{id}/apps", reset).then().body("apps", hasSize(0));
    cph().get("/phones/{id}/apps", phones.get(1)).then().body("apps", hasSize(1));
    cph().get("/servers/{id}/apps", DOC_SERVER).then().body("apps", hasSize(1));
  }
}
