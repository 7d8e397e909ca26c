package dev.cphemulator.apps;

/** A catalogue description that cannot be used: names the field and the problem. */
public final class InvalidCatalogueException extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidCatalogueException(String field, String problem) {
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
