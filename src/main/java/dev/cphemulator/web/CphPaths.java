package dev.cphemulator.web;

import dev.cphemulator.kernel.CphError;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.Projects;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where CPH operations live: {@code /v1/{project_id}/cloud-phone/...} (CPH's base path). */
public final class CphPaths {

  /** The path segment after the project id. */
  static final String SERVICE = "cloud-phone";

  /** The prefix every CPH controller maps under. */
  public static final String BASE = "/v1/{project_id}/cloud-phone";

  /** Where {@link #BASE} puts the project id among a path's segments ({@code "", "v1", id}). */
  static final int PROJECT_SEGMENT = 2;

  /** The request attribute under which a request's project id is kept once read. */
  static final String PROJECT_ATTRIBUTE = ProjectId.class.getName();

  /** The request attribute under which the project's state, locked, is kept for a request. */
  static final String STATE_ATTRIBUTE = ProjectState.class.getName();

  /**
   * The request attribute under which the request's entry into its project is kept until the
   * request leaves the project ({@link ProjectFilter#leave}).
   */
  static final String ENTRY_ATTRIBUTE = Projects.Entry.class.getName();

  private CphPaths() {}

  /**
   * The one place a request path's {@code {project_id}} becomes a project id: the segment as the
   * client sent it, read as Spring MVC matches it ({@link #segment}); a missing or malformed one is
   * refused with {@link CphError#INVALID_PROJECT_ID}.
   */
  static ProjectId projectId(String rawSegment) {
    return new ProjectId(rawSegment == null ? null : segment(rawSegment));
  }

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
