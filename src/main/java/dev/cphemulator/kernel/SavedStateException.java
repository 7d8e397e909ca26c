package dev.cphemulator.kernel;

/**
 * A saved state that cannot be restored: the message names where in the document and what is wrong
 * ({@code projects.p1.jobs.jobs[3].parent: 'x' is not a job of the project}).
 */
public final class SavedStateException extends RuntimeException {

  private final String where;
  private final String problem;

  public SavedStateException(String where, String problem) {
    super(where + ": " + problem);
    this.where = where;
    this.problem = problem;
  }

  /** Where in the document, as a path ({@code clock.now}). */
  public String where() {
    return where;
  }

  public String problem() {
    return problem;
  }
}
