package dev.cphemulator.web;

/**
 * A store that keeps state per project. {@link Projects} tells every such store when a project (or
 * all of them) goes back to its template.
 */
public interface ProjectScoped {

  /** Drops the project's state; its next use starts again from the template. */
  void forget(String projectId);

  /** Drops the state of every project. */
  void forgetAll();
}
