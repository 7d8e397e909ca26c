package dev.cphemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where CPH operations live: {@code /v1/{project_id}/cloud-phone/...} (SPEC 1.1). */
public final class CphPaths {

  /** The path segment after the project id. */
  static final String SERVICE = "cloud-phone";

  /** The prefix every CPH controller maps under. */
  public static final String BASE = "/v1/{project_id}/cloud-phone";

  /** Where {@link #BASE} puts the project id among a path's segments ({@code "", "v1", id}). */
  static final int PROJECT_SEGMENT = 2;

  private CphPaths() {}

  /**
   * The raw segments of the request's path within the application, split into at most {@code
   * limit}: {@code "", "v1", project, "cloud-phone", rest} for a CPH path.
   */
  static String[] segments(HttpServletRequest request, int limit) {
    return request.getRequestURI().substring(request.getContextPath().length()).split("/", limit);
  }

  /**
   * A raw path segment as Spring MVC matches it: without {@code ;} parameters, percent-decoded
   * ({@code %761} is {@code v1}), so that no spelling of a CPH path slips past {@link
   * ProjectFilter}.
   */
  static String segment(String raw) {
    int parameters = raw.indexOf(';');
    String bare = parameters >= 0 ? raw.substring(0, parameters) : raw;
    try {
      return UriUtils.decode(bare, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return bare;
    }
  }
}
