package dev.cphemulator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphViolations.InvalidPaging;
import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.WholeNumber;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arguments Spring validates itself (a handler's parameters, a {@code @Validated} bean's) that
 * break a constraint are answered through the same mapping as every other request check.
 */
class MethodValidationAnswerTests {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final MethodValidationAdapter ADAPTER =
      new MethodValidationAdapter(FACTORY.getValidator());

  private final CphErrorAdvice advice =
      new CphErrorAdvice(null, new CphErrorWriter(JsonMapper.builder().build()));

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** A list operation as a handler could declare its parameters. */
  static class Lists {
    void list(
        @WholeNumber(min = 0, payload = InvalidPaging.class) String offset,
        @Size(max = 3, payload = InvalidParameter.class, message = "it is too long") String name) {}

    void unmapped(@NotNull String name) {}
  }

  @Test
  void aHandlersParameterIsAnsweredWithTheErrorItsConstraintNames() throws Exception {
    ResponseEntity<CphErrorBody> answer =
        advice.invalidArguments(
            new HandlerMethodValidationException(violations("list", "0", "long")), request());

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().errorCode()).isEqualTo("CPS.9001");
    assertThat(answer.getBody().errorMsg()).isEqualTo("Parameter: name is invalid: it is too long");
    assertThat(answer.getBody().requestId()).matches("[0-9a-f]{32}");
  }

  @Test
  void ofSeveralParametersTheFirstByPositionWins() throws Exception {
    ResponseEntity<CphErrorBody> answer =
        advice.invalidArguments(
            new HandlerMethodValidationException(violations("list", "-1", "long")), request());

    assertThat(answer.getBody().errorCode()).isEqualTo("CPS.0002");
  }

  @Test
  void aValidatedBeansArgumentIsAnsweredTheSameWay() throws Exception {
    ResponseEntity<CphErrorBody> answer =
        advice.invalidArguments(
            new MethodValidationException(violations("list", "x", "ok")), request());

    assertThat(answer.getBody().errorCode()).isEqualTo("CPS.0002");
  }

  @Test
  void aConstraintThatNamesNoCphErrorIsRefused() throws Exception {
    MethodValidationResult result = violations("unmapped", (Object) null);

    assertThatThrownBy(
            () -> advice.invalidArguments(new HandlerMethodValidationException(result), request()))
        .isInstanceOf(IllegalStateException.class);
  }

  private static MethodValidationResult violations(String method, Object... arguments)
      throws NoSuchMethodException {
    Method target =
        Arrays.stream(Lists.class.getDeclaredMethods())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow(NoSuchMethodException::new);
    MethodValidationResult result =
        ADAPTER.validateArguments(new Lists(), target, null, arguments, new Class<?>[0]);
    assertThat(result.hasErrors()).isTrue();
    return result;
  }

  private static MockHttpServletRequest request() {
    return new MockHttpServletRequest("GET", "/v1/p/cloud-phone/apps");
  }
}
