package dev.cphemulator.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates projects start from: the one an operator put for a project, else the one a fleet
 * file gives for that project, else the default one. A project's part of its {@link ProjectState}
 * is made from {@link #templateFor} when first asked for, so a fresh state after a reset starts
 * from it again. Stores that seed their projects from the fleet file ({@code fleet}, {@code apps})
 * extend it. Thread-safe.
 *
 * @param <T> the immutable template
 */
public class ProjectTemplates<T> implements ProjectScoped {

  private volatile T defaultTemplate;
  private volatile Map<String, T> fileTemplates = Map.of();
  private final Map<String, T> replaced = new ConcurrentHashMap<>();

  protected ProjectTemplates(T emptyTemplate) {
    this.defaultTemplate = emptyTemplate;
  }

  /** Sets the templates projects start from; projects already in use keep their state. */
  public void useTemplates(T defaults, Map<String, T> perProject) {
    this.defaultTemplate = defaults;
    this.fileTemplates = Map.copyOf(perProject);
  }

  /**
   * Gives one project a template of its own, used from the project's next fresh state (call it
   * inside {@link Projects#alone}). The template outlives resets of that project, until the
   * emulator is reset as a whole.
   */
  public void replace(ProjectId project, T template) {
    replaced.put(project.value(), template);
  }

  /** The template a project starts from. */
  public T templateFor(String projectId) {
    T own = replaced.get(projectId);
    return own != null ? own : fileTemplates.getOrDefault(projectId, defaultTemplate);
  }

  /** Drops every operator-given template. */
  @Override
  public void forgetAll() {
    replaced.clear();
  }
}
