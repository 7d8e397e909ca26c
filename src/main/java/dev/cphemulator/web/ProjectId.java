package dev.cphemulator.web;

import java.util.regex.Pattern;

/**
 * A tenant project: the {@code {project_id}} of every CPH path and the namespace of all state. CPH
 * uses 32 hex characters; the emulator takes any 1 to 64 letters, digits, {@code -} or {@code _} so
 * that test suites can name their projects. A controller receives it as a method parameter.
 */
public record ProjectId(String value) {

  static final String ATTRIBUTE = ProjectId.class.getName();
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ProjectId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw CphError.INVALID_PROJECT_ID.exception();
    }
  }

  /**
   * The one place a request path's {@code {project_id}} becomes a project id: the segment as the
   * client sent it, read as Spring MVC matches it ({@link CphPaths#segment}); a missing or
   * malformed one is refused with {@link CphError#INVALID_PROJECT_ID}.
   */
  public static ProjectId fromPath(String rawSegment) {
    return new ProjectId(rawSegment == null ? null : CphPaths.segment(rawSegment));
  }

  @Override
  public String toString() {
    return value;
  }
}
