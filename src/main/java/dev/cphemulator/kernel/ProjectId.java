package dev.cphemulator.kernel;

import java.util.regex.Pattern;

/**
 * A tenant project: the {@code {project_id}} of every CPH path and the namespace of all state. CPH
 * uses 32 hex characters; the emulator takes any 1 to 64 letters, digits, {@code -} or {@code _} so
 * that test suites can name their projects. A controller receives it as a method parameter.
 */
public record ProjectId(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ProjectId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw CphError.INVALID_PROJECT_ID.exception();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
