package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.CphViolations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place exceptions in Spring MVC become CPH errors, written by {@link CphErrorWriter}: ours
 * ({@link CphException}) and Spring's own (bad JSON, wrong types, unknown path, wrong method, wrong
 * media type). Never a stack trace, an HTML page or Spring's default JSON; never {@code
 * application/problem+json}, which would hide {@code error_code} from the official SDK.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CphErrorAdvice {

  private static final Logger log = LoggerFactory.getLogger(CphErrorAdvice.class);

  /** Where the operator API lives. */
  private static final String OPERATOR_PATHS = "/_emulator/";

  private final FatalErrors fatal;
  private final CphErrorWriter writer;

  CphErrorAdvice(FatalErrors fatal, CphErrorWriter writer) {
    this.fatal = fatal;
    this.writer = writer;
  }

  @ExceptionHandler(CphException.class)
  ResponseEntity<CphErrorBody> cph(CphException e, HttpServletRequest request) {
    return body(request, e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<CphErrorBody> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof StreamReadException parse) {
      return body(request, CphError.MALFORMED_BODY.exception(JsonErrors.syntax(parse)));
    }
    if (cause instanceof UnrecognizedPropertyException unknown && isOperator(request)) {
      return body(
          request,
          CphError.OPERATOR_BAD_REQUEST.exception(
              JsonErrors.path(unknown, "body") + ": " + JsonErrors.problem(unknown)));
    }
    if (cause instanceof JacksonException mismatch) {
      return body(
          request,
          CphError.INVALID_PARAMETER.exception(
              JsonErrors.path(mismatch, "body"), JsonErrors.problem(mismatch)));
    }
    return body(request, CphError.MALFORMED_BODY.exception("the body is missing or empty"));
  }

  /**
   * A body that breaks a constraint ({@code @Valid}): the object's own constraints first, then the
   * first field in the order of the field names Spring gives ({@code a.b[10]} before {@code
   * a.b[2]}), answered with the error its constraint names ({@link CphViolations}).
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<CphErrorBody> invalid(
      MethodArgumentNotValidException e, HttpServletRequest request) {
    BindingResult result = e.getBindingResult();
    ObjectError first =
        result.hasGlobalErrors()
            ? result.getGlobalError()
            : result.getFieldErrors().stream()
                .min(Comparator.comparing(FieldError::getField))
                .orElseThrow();
    return body(request, CphViolations.exception(first.unwrap(ConstraintViolation.class)));
  }

  /**
   * Arguments of a method validated by Spring (a handler's parameters, or a {@code @Validated}
   * bean's) that break a constraint: the first violation in {@link CphViolations}' order, answered
   * with the error its constraint names.
   */
  @ExceptionHandler({HandlerMethodValidationException.class, MethodValidationException.class})
  ResponseEntity<CphErrorBody> invalidArguments(
      MethodValidationResult e, HttpServletRequest request) {
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    for (ParameterValidationResult parameter : e.getParameterValidationResults()) {
      for (MessageSourceResolvable error : parameter.getResolvableErrors()) {
        violations.add(parameter.unwrap(error, ConstraintViolation.class));
      }
    }
    ConstraintViolation<?> first =
        CphViolations.first(violations)
            .orElseThrow(() -> new IllegalStateException("no violation of a constraint"));
    return body(request, CphViolations.exception(first));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<CphErrorBody> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return body(
        request,
        CphError.INVALID_PARAMETER.exception(
            e.getName(), "'" + e.getValue() + "' has the wrong type"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<CphErrorBody> missingParameter(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return body(
        request, CphError.INVALID_PARAMETER.exception(e.getParameterName(), "it is required"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<CphErrorBody> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
    return body(
        request, CphError.NOT_FOUND.exception(request.getMethod(), request.getRequestURI()));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<CphErrorBody> wrongMethod(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return body(
        request, CphError.METHOD_NOT_ALLOWED.exception(e.getMethod(), request.getRequestURI()));
  }

  /**
   * A Content-Type Spring cannot parse reaches here without one ({@code e.getContentType()} is
   * null): the message then names what the client sent, not "(none)".
   */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<CphErrorBody> wrongMediaType(
      HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    MediaType type = e.getContentType();
    String sent = type != null ? type.toString() : request.getContentType();
    return body(
        request,
        CphError.UNSUPPORTED_MEDIA_TYPE.exception(
            sent == null || sent.isBlank() ? "(none)" : sent));
  }

  /**
   * Tomcat reads query parameters when first asked for one, and throws (an {@link
   * IllegalStateException}) when it cannot: a bad percent-encoding, bytes that are not UTF-8, more
   * parameters than the connector's {@code maxParameterCount}. The client's doing, not ours.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<CphErrorBody> unreadableParameters(
      InvalidParameterException e, HttpServletRequest request) {
    String why =
        e.getCause() == null
            ? "there are more of them than the emulator reads"
            : "each must be percent-encoded UTF-8";
    return body(
        request,
        CphError.BAD_REQUEST.exception("the query parameters cannot be read: " + why + "."));
  }

  /**
   * Anything else is the emulator's fault, answered 500 and logged; except a client that went away
   * before its answer was written (nothing to answer, nothing wrong: a DEBUG line), and a fatal
   * error of the JVM, which stops the emulator ({@link FatalErrors}). Spring hands an {@link Error}
   * from a handler here wrapped in a {@code ServletException}.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<CphErrorBody> unexpected(Exception e, HttpServletRequest request) {
    fatal.haltIfFatal(e, request.getMethod() + " " + request.getRequestURI());
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      log.debug(
          "The client went away before the answer to {} {} was written: {}",
          request.getMethod(),
          request.getRequestURI(),
          NestedExceptionUtils.getMostSpecificCause(e).toString());
      return null;
    }
    if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
      return body(
          request,
          CphErrors.forStatus(
              spring.getStatusCode().value(),
              request.getMethod(),
              request.getRequestURI(),
              spring.getBody().getDetail()));
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return body(request, CphError.INTERNAL_ERROR.exception());
  }

  /** A request to the operator API, whose own bad-request code is {@code CPS.9801}. */
  private static boolean isOperator(HttpServletRequest request) {
    return request.getRequestURI().startsWith(OPERATOR_PATHS);
  }

  private ResponseEntity<CphErrorBody> body(HttpServletRequest request, CphException e) {
    return writer.entity(request, e);
  }
}
