package dev.cphemulator.kernel;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that is a whole number from {@link #min} to {@link #max}, as a query parameter sends one: an
 * optional sign and decimal digits, nothing else ({@code 1.0}, {@code 1e2} and {@code 0x10} are
 * not), within the range of an {@code int}, so that {@link Integer#parseInt} reads every text that
 * passes. Null is valid (the parameter is absent).
 *
 * <p>Name the CPH error it stands for with a payload of {@link CphViolations}, as with any
 * constraint on a request: {@code @WholeNumber(min = 1, payload = InvalidPaging.class)}.
 */
@Documented
@Pattern(regexp = "[+-]?\\p{Nd}+")
@Min(Integer.MIN_VALUE)
@Max(Integer.MAX_VALUE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WholeNumber {

  @OverridesAttribute(constraint = Min.class, name = "value")
  long min() default Integer.MIN_VALUE;

  @OverridesAttribute(constraint = Max.class, name = "value")
  long max() default Integer.MAX_VALUE;

  String message() default "it must be a whole number from {min} to {max}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
