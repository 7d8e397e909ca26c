package dev.cphemulator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.cphemulator.support.EmulatorTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An {@link OutOfMemoryError} in a request stops the emulator instead of leaving it half-alive; a
 * stack overflow does not. The halt is recorded here, never done.
 */
class FatalErrorInRequestTests extends EmulatorTest {

  @TestConfiguration
  static class Failing {

    @Bean
    Halts halts() {
      return new Halts();
    }

    @Bean
    FatalErrors.Halt recordedHalt(Halts halts) {
      return halts.codes::add;
    }

    @Bean
    FailingController failingController() {
      return new FailingController();
    }
  }

  static class Halts {
    final List<Integer> codes = new CopyOnWriteArrayList<>();
  }

  @RestController
  static class FailingController {

    @GetMapping("/_test/out-of-memory")
    String outOfMemory() {
      throw new OutOfMemoryError("Java heap space");
    }

    @PostMapping("/_test/out-of-memory")
    String outOfMemoryWithABody(@RequestBody String body) {
      throw new OutOfMemoryError("Java heap space");
    }

    @GetMapping("/_test/stack-overflow")
    String stackOverflow() {
      throw new StackOverflowError();
    }
  }

  @Autowired Halts halts;

  @BeforeEach
  void noHaltYet() {
    halts.codes.clear();
  }

  @Test
  void anOutOfMemoryErrorInAHandlerHaltsTheEmulator() {
    given().port(port).get("/_test/out-of-memory");

    assertThat(halts.codes).containsExactly(FatalErrors.EXIT_CODE);
  }

  @Test
  void anOutOfMemoryErrorInAHandlerOfABodyHaltsTheEmulator() {
    given().port(port).contentType("application/json").body("{}").post("/_test/out-of-memory");

    assertThat(halts.codes).containsExactly(FatalErrors.EXIT_CODE);
  }

  @Test
  void aStackOverflowIsAnInternalErrorAndTheEmulatorGoesOn() {
    given()
        .port(port)
        .get("/_test/stack-overflow")
        .then()
        .statusCode(500)
        .body("error_code", equalTo("CPS.0003"));

    assertThat(halts.codes).isEmpty();
  }
}
