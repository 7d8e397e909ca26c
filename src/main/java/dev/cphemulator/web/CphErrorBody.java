package dev.cphemulator.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * CPH's error body (cph_api_0602): {@code {request_id, error_code, error_msg}}; built and written
 * only by {@link CphErrorWriter}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"request_id", "error_code", "error_msg"})
public record CphErrorBody(String requestId, String errorCode, String errorMsg) {}
