package dev.cphemulator.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** CPH's error body (cph_api_0602): {@code {request_id, error_code, error_msg}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"request_id", "error_code", "error_msg"})
public record CphErrorBody(String requestId, String errorCode, String errorMsg) {

  static CphErrorBody of(String requestId, CphError error, String message) {
    return new CphErrorBody(requestId, error.code(), message);
  }
}
