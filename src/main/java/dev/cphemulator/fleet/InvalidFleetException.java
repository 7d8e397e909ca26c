package dev.cphemulator.fleet;

/**
 * A fleet description that cannot be used: names the field ({@code servers[2].phones[0].phone_id})
 * and the problem.
 */
public final class InvalidFleetException extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidFleetException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
