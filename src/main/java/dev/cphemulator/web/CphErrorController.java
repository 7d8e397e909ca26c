package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.CphException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} page and JSON: an error that escapes Spring MVC (raised in
 * a filter or by the servlet container) still reaches the client as a CPH error body.
 *
 * <p>The container dispatches here without running the filters again, so the answer sets {@code
 * X-Request-Id} itself, and reads the method from the error attributes: Tomcat dispatches a refused
 * {@code TRACE} as a {@code GET}.
 */
@RestController
class CphErrorController implements ErrorController {

  private final CphErrorWriter writer;

  CphErrorController(CphErrorWriter writer) {
    this.writer = writer;
  }

  @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CphErrorBody> error(HttpServletRequest request) {
    if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
      // asked for directly: there is no CPH operation at /error
      return answer(
          request,
          HttpStatus.NOT_FOUND.value(),
          CphError.NOT_FOUND.exception(request.getMethod(), request.getRequestURI()));
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "?" : uri.toString();
    String method =
        request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String original
            ? original
            : request.getMethod();
    return answer(request, status, CphErrors.forStatus(status, method, path, "status " + status));
  }

  private ResponseEntity<CphErrorBody> answer(
      HttpServletRequest request, int status, CphException error) {
    return writer.entityWithRequestId(request, status, error);
  }
}
