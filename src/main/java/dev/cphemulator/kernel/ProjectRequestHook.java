package dev.cphemulator.kernel;

/**
 * Runs before every CPH request of a project, once the project is admitted and its lock taken. The
 * job engine uses it to bring the project's jobs up to the clock, so every answer reflects the time
 * of the request.
 */
public interface ProjectRequestHook {

  void beforeRequest(ProjectState state);
}
