package dev.cphemulator.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} page and JSON: an error that escapes Spring MVC (raised in
 * a filter or by the servlet container) still reaches the client as a CPH error body.
 */
@RestController
class CphErrorController implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CphErrorBody> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    CphException error =
        CphErrors.forStatus(
            status, request.getMethod(), uri == null ? "?" : uri.toString(), "status " + status);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            CphErrorBody.of(
                RequestIdFilter.current(request).value(), error.error(), error.getMessage()));
  }
}
