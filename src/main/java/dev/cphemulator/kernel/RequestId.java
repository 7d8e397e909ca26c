package dev.cphemulator.kernel;

/**
 * The id of the request being answered: sent as {@code request_id} in every body and as the {@code
 * X-Request-Id} header (the only place the official SDK reads it from on errors). A controller
 * receives it as a method parameter.
 */
public record RequestId(String value) {

  public static final String HEADER = "X-Request-Id";

  @Override
  public String toString() {
    return value;
  }
}
