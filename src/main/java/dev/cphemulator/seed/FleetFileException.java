package dev.cphemulator.seed;

/** A fleet file that cannot be used; the message names the file, the field and the problem. */
public final class FleetFileException extends RuntimeException {

  private final String field;
  private final String problem;

  FleetFileException(String source, String field, String problem) {
    super("Fleet file " + source + " is invalid at " + field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The field, as a path in the document ({@code servers[2].phones[0].status}). */
  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
