package dev.cphemulator.kernel;

/**
 * A document the emulator reads (a fleet file, an operator's PUT, a snapshot of its state) has a
 * field that cannot be used: names the field as the document spells it ({@code
 * servers[2].phones[0].phone_id}, {@code projects.p1.parts.jobs.jobs[3].parent}) and the problem,
 * so that the reader of the document can mend it.
 */
public final class InvalidFieldException extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidFieldException(String field, String problem) {
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
