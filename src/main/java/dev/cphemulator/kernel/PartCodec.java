package dev.cphemulator.kernel;

import tools.jackson.databind.JsonNode;

/**
 * How one part of a project's state is saved to a JSON tree and made again from it, so that the
 * state outlives a restart. Both run under the project's lock.
 *
 * @param <T> the part
 */
public interface PartCodec<T> {

  /** What the part holds beyond its template, as a JSON tree (snake_case fields). */
  JsonNode save(T part);

  /**
   * The part made again from what {@link #save} wrote. Parts of a lower {@link #order} are restored
   * first, so a part may read the parts it builds on from {@code state}.
   *
   * @throws InvalidFieldException naming the field that is wrong
   */
  T restore(ProjectState state, Saved saved);

  /** Parts are restored in this order, lowest first; those that use other parts come later. */
  default int order() {
    return 0;
  }
}
