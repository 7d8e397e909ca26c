package dev.cphemulator.kernel;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cphemulator.kernel.CphViolations.InvalidPaging;
import dev.cphemulator.kernel.CphViolations.InvalidParameter;
import dev.cphemulator.kernel.CphViolations.PhoneIdInvalid;
import dev.cphemulator.kernel.CphViolations.PhoneIdListEmpty;
import dev.cphemulator.kernel.CphViolations.ServerIdListEmpty;
import dev.cphemulator.kernel.CphViolations.ServerIdMalformed;
import dev.cphemulator.kernel.CphViolations.StatusInvalid;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The one mapping from a constraint to its CPH error, and which of several violations wins. */
class CphViolationsTests {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** One field per payload CphViolations declares, each broken by null. */
  record EveryPayload(
      @NotNull(payload = InvalidPaging.class) String invalidPaging,
      @NotNull(payload = PhoneIdInvalid.class) String phoneIdInvalid,
      @NotNull(payload = PhoneIdListEmpty.class) String phoneIdListEmpty,
      @NotNull(payload = StatusInvalid.class) String statusInvalid,
      @NotNull(payload = ServerIdMalformed.class) String serverIdMalformed,
      @NotNull(payload = InvalidParameter.class, message = "it is required") String someField,
      @NotNull(payload = ServerIdListEmpty.class) String serverIdListEmpty) {}

  @Test
  void everyPayloadIsAnsweredWithTheCphErrorItNames() {
    Map<String, CphException> answers =
        VALIDATOR.validate(new EveryPayload(null, null, null, null, null, null, null)).stream()
            .collect(
                Collectors.toMap(
                    violation -> violation.getPropertyPath().toString(), CphViolations::exception));

    assertThat(answers)
        .hasEntrySatisfying(
            "invalidPaging", is("CPS.0002", "Parameter: offset or limit is invalid."))
        .hasEntrySatisfying("phoneIdInvalid", is("CPS.0004", "Invalid phone id."))
        .hasEntrySatisfying(
            "phoneIdListEmpty", is("CPS.0009", "Parameter: phone_id list is empty."))
        .hasEntrySatisfying("statusInvalid", is("CPS.0010", "Parameter: status is invalid."))
        .hasEntrySatisfying("serverIdMalformed", is("CPS.0016", "server_id is invalid."))
        .hasEntrySatisfying(
            "someField", is("CPS.9001", "Parameter: some_field is invalid: it is required"))
        .hasEntrySatisfying(
            "serverIdListEmpty", is("CPS.9104", "Parameter: server_id list is empty."))
        .hasSize(7);
  }

  /** A payload declared without an error to map to would be refused; this catches it first. */
  @Test
  void theTestAboveTriesEveryPayloadCphViolationsDeclares() {
    Set<Class<?>> declared =
        Arrays.stream(CphViolations.class.getDeclaredClasses())
            .filter(Payload.class::isAssignableFrom)
            .collect(Collectors.toSet());
    Set<Class<?>> tried =
        VALIDATOR.getConstraintsForClass(EveryPayload.class).getConstrainedProperties().stream()
            .flatMap(property -> property.getConstraintDescriptors().stream())
            .flatMap(constraint -> constraint.getPayload().stream())
            .collect(Collectors.toSet());

    assertThat(tried).isEqualTo(declared);
  }

  record Unmapped(@NotNull String name) {}

  record Twice(@NotNull(payload = {PhoneIdInvalid.class, InvalidParameter.class}) String name) {}

  @Test
  void aConstraintThatNamesNoCphErrorIsRefusedRatherThanGuessed() {
    ConstraintViolation<Unmapped> violation = only(new Unmapped(null));

    assertThatThrownBy(() -> CphViolations.exception(violation))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@NotNull must name exactly one CPH error");
    assertThatThrownBy(() -> CphViolations.check(new Unmapped(null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConstraintThatNamesTwoCphErrorsIsRefused() {
    ConstraintViolation<Twice> violation = only(new Twice(null));

    assertThatThrownBy(() -> CphViolations.exception(violation))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it names [");
  }

  @Test
  void aRequestWithoutViolationsPasses() {
    assertThatCode(() -> CphViolations.check(new EveryPayload("a", "b", "c", "d", "e", "f", "g")))
        .doesNotThrowAnyException();
  }

  record Action(
      @Valid @NotNull(payload = InvalidParameter.class, message = "it is required") Ids action) {}

  record Ids(
      List<
              @NotBlank(payload = InvalidParameter.class, message = "it must be a non-empty string")
              String>
          serverIds) {}

  @Test
  void anInvalidParameterNamesTheFieldAsTheClientWroteIt() {
    assertThatThrownBy(() -> CphViolations.check(new Action(new Ids(List.of("s", " ")))))
        .isInstanceOf(CphException.class)
        .hasMessage("Parameter: action.server_ids[1] is invalid: it must be a non-empty string");
  }

  @Test
  void ofSeveralElementsTheFirstByPositionWinsNotTheFirstAsText() {
    List<String> ids = Collections.nCopies(11, "ok").stream().collect(Collectors.toList());
    ids.set(2, "");
    ids.set(10, "");

    assertThatThrownBy(() -> CphViolations.check(new Action(new Ids(ids))))
        .hasMessageContaining("server_ids[2]");
  }

  record Counted(
      @Size(
              max = 2,
              payload = InvalidParameter.class,
              message = "it holds ${validatedValue.size()} ids, at most {max} are allowed")
          List<@NotBlank(payload = ServerIdMalformed.class) String> ids) {}

  @Test
  void aListsOwnProblemWinsOverItsElementsAndItsMessageMayCountThem() {
    assertThatThrownBy(() -> CphViolations.check(new Counted(List.of("", "", ""))))
        .isInstanceOf(CphException.class)
        .hasMessage("Parameter: ids is invalid: it holds 3 ids, at most 2 are allowed");
    assertThatThrownBy(() -> CphViolations.check(new Counted(List.of("a", ""))))
        .hasMessage("server_id is invalid.");
  }

  record Phone(
      @NotBlank(payload = PhoneIdInvalid.class) String phoneId,
      @NotBlank(payload = InvalidParameter.class, message = "it is required") String property) {}

  record Phones(List<@Valid Phone> phones) {}

  @Test
  void withinAnElementItsFieldsGoByName() {
    assertThatThrownBy(() -> CphViolations.check(new Phones(List.of(new Phone("", "")))))
        .hasMessage("Invalid phone id.");
  }

  @Test
  void anEarlierElementsProblemWinsOverALaterOnesWhateverTheirFields() {
    Phones phones = new Phones(List.of(new Phone("a", ""), new Phone("", "p")));

    assertThatThrownBy(() -> CphViolations.check(phones))
        .hasMessage("Parameter: phones[0].property is invalid: it is required");
  }

  record OneValueTwoConstraints(
      @NotBlank(payload = InvalidParameter.class, message = "it must not be blank")
          @Size(max = 1, payload = InvalidParameter.class, message = "it is too long")
          String name) {}

  @Test
  void ofTwoConstraintsOneValueBreaksTheOneWhoseAnnotationComesFirstByNameWins() {
    assertThatThrownBy(() -> CphViolations.check(new OneValueTwoConstraints("   ")))
        .hasMessage("Parameter: name is invalid: it must not be blank");
  }

  /** A class-level constraint: the object as a whole. */
  @Constraint(validatedBy = NeverValid.Check.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface NeverValid {
    String message() default "never valid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<NeverValid, Object> {
      @Override
      public boolean isValid(Object value, ConstraintValidatorContext context) {
        return false;
      }
    }
  }

  @NeverValid(payload = InvalidPaging.class)
  record WholeFirst(@NotNull(payload = PhoneIdInvalid.class) String aField) {}

  @Test
  void anObjectsOwnConstraintWinsOverItsFields() {
    assertThatThrownBy(() -> CphViolations.check(new WholeFirst(null)))
        .hasMessage("Parameter: offset or limit is invalid.");
  }

  record Groups(
      @NotNull(payload = PhoneIdInvalid.class) String first,
      @NotNull(groups = Later.class, payload = ServerIdMalformed.class) String later) {}

  interface Later {}

  @Test
  void aGroupIsCheckedOnlyWhenAskedFor() {
    assertThatThrownBy(() -> CphViolations.check(new Groups(null, null)))
        .hasMessage("Invalid phone id.");
    assertThatThrownBy(() -> CphViolations.check(new Groups(null, null), Later.class))
        .hasMessage("server_id is invalid.");
  }

  private static <T> ConstraintViolation<T> only(T bean) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(bean);
    assertThat(violations).hasSize(1);
    return violations.iterator().next();
  }

  private static Consumer<CphException> is(String code, String message) {
    return e -> {
      assertThat(e.error().code()).isEqualTo(code);
      assertThat(e.getMessage()).isEqualTo(message);
    };
  }
}
