package dev.cphemulator.fleet;

/**
 * What a conditional status change found and did: the entity just before, and as it is after. When
 * the condition did not hold nothing changed, and {@code after} is {@code before}.
 *
 * @param <T> {@link Server} or {@link Phone}
 */
public record Change<T>(T before, T after) {

  public boolean changed() {
    return before != after;
  }
}
