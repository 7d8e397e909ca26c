package dev.cphemulator.lifecycle;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.cphemulator.web.StrictJson;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text that holds one JSON object of at most {@link #maxBytes} bytes in UTF-8, such as a phone's
 * attributes ({@code "{\"com.cph.mainkeys\":1}"}), read as strictly as a request body ({@link
 * StrictJson}: a key given twice, or anything after the object, is refused). Null is valid. Text
 * that is too long is refused with {@code it is longer than {maxBytes} bytes}, before it is read.
 */
@Documented
@Constraint(validatedBy = JsonObjectText.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface JsonObjectText {

  int maxBytes();

  String message() default
      "it must be a JSON object written as a string, e.g. \"\\{\\\\\"com.cph.mainkeys\\\\\":1\\}\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length, then reads the text. */
  final class Check implements ConstraintValidator<JsonObjectText, String> {

    private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

    private int maxBytes;

    @Override
    public void initialize(JsonObjectText constraint) {
      maxBytes = constraint.maxBytes();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("it is longer than {maxBytes} bytes")
            .addConstraintViolation();
        return false;
      }
      JsonNode parsed;
      try {
        parsed = JSON.readTree(text);
      } catch (JacksonException e) {
        return false;
      }
      return parsed != null && parsed.isObject();
    }
  }
}
