package dev.cphemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the CPH error body straight to the servlet response, for errors raised in filters, before
 * Spring MVC (and its advice) is reached.
 */
@Component
public class CphErrorWriter {

  private final JsonMapper json;

  CphErrorWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, CphException error)
      throws IOException {
    CphErrorBody body =
        CphErrorBody.of(
            RequestIdFilter.current(request).value(), error.error(), error.getMessage());
    response.resetBuffer();
    response.setStatus(error.error().status().value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
