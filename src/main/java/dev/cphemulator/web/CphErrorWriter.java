package dev.cphemulator.web;

import dev.cphemulator.kernel.CphException;
import dev.cphemulator.kernel.RequestId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of CPH's error body ({@link CphErrorBody}), for every path an error can take:
 *
 * <ul>
 *   <li>Spring MVC's answer to an exception ({@link CphErrorAdvice}) and to an error dispatch
 *       ({@link CphErrorController}): {@link #entity} and {@link #entityWithRequestId};
 *   <li>a filter that answers before Spring MVC is reached: {@link #write}, with the body's request
 *       id in {@code X-Request-Id}, so that an answer given before {@link RequestIdFilter} ran
 *       carries it too;
 *   <li>Tomcat's own error report ({@link ContainerErrorValve}), outside Spring: {@link #json}.
 * </ul>
 */
@Component
public class CphErrorWriter {

  private final JsonMapper json;

  CphErrorWriter(JsonMapper json) {
    this.json = json;
  }

  /** Writes the body straight to the servlet response, with its request id as a header. */
  public void write(HttpServletRequest request, HttpServletResponse response, CphException error)
      throws IOException {
    String requestId = RequestIdFilter.current(request).value();
    response.resetBuffer();
    response.setStatus(error.error().status().value());
    response.setHeader(RequestId.HEADER, requestId);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body(requestId, error));
  }

  /** Spring MVC's answer, on a dispatch {@link RequestIdFilter} has already given the header. */
  ResponseEntity<CphErrorBody> entity(HttpServletRequest request, CphException error) {
    return ResponseEntity.status(error.error().status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(RequestIdFilter.current(request).value(), error));
  }

  /** Spring MVC's answer on an error dispatch, which the filters do not see: with the header. */
  ResponseEntity<CphErrorBody> entityWithRequestId(
      HttpServletRequest request, int status, CphException error) {
    String requestId = RequestIdFilter.current(request).value();
    return ResponseEntity.status(status)
        .header(RequestId.HEADER, requestId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(requestId, error));
  }

  /** The body as JSON text, for the servlet container, which answers outside Spring. */
  String json(String requestId, CphException error) {
    return json.writeValueAsString(body(requestId, error));
  }

  private static CphErrorBody body(String requestId, CphException error) {
    return new CphErrorBody(requestId, error.error().code(), error.getMessage());
  }
}
