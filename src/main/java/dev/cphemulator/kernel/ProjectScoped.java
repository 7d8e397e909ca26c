package dev.cphemulator.kernel;

/**
 * A store that keeps something beyond one project's state: an operator's template for a project,
 * emulator-wide job counts. {@link Projects} tells every such store when every project goes back to
 * its template. (A reset of one project needs no store: it drops the project's {@link ProjectState}
 * whole.)
 */
public interface ProjectScoped {

  /** Drops what the store keeps for every project. */
  void forgetAll();

  /**
   * Every project's state was made again from a saved state (at start-up, before any request): the
   * store re-derives what it keeps across projects. Nothing works on any project meanwhile.
   */
  default void restored() {}
}
