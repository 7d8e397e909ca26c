package dev.cphemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the CPH error body straight to the servlet response, for errors raised in filters, before
 * Spring MVC (and its advice) is reached; with the body's request id in {@code X-Request-Id}, so
 * that an answer given before {@link RequestIdFilter} ran carries it too.
 */
@Component
public class CphErrorWriter {

  private final JsonMapper json;

  CphErrorWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, CphException error)
      throws IOException {
    String requestId = RequestIdFilter.current(request).value();
    CphErrorBody body = CphErrorBody.of(requestId, error.error(), error.getMessage());
    response.resetBuffer();
    response.setStatus(error.error().status().value());
    response.setHeader(RequestId.HEADER, requestId);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
