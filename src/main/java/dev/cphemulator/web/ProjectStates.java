package dev.cphemulator.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-project state made lazily from a template: the template a fleet file gives for that project,
 * else the default one, or one an operator put for that project. Stores that seed their projects
 * from the fleet file ({@code fleet}, {@code apps}) extend it. Thread-safe.
 *
 * @param <T> the immutable template
 * @param <S> the project's state
 */
public class ProjectStates<T, S> implements ProjectScoped {

  private final Function<T, S> factory;
  private volatile T defaultTemplate;
  private volatile Map<String, T> fileTemplates = Map.of();
  private final Map<String, T> replaced = new ConcurrentHashMap<>();
  private final Map<String, S> states = new ConcurrentHashMap<>();

  protected ProjectStates(T emptyTemplate, Function<T, S> factory) {
    this.defaultTemplate = emptyTemplate;
    this.factory = factory;
  }

  /** Sets the templates projects start from; projects already in use keep their state. */
  public void useTemplates(T defaults, Map<String, T> perProject) {
    this.defaultTemplate = defaults;
    this.fileTemplates = Map.copyOf(perProject);
  }

  /** The project's state, made from its template on first use. */
  public S of(ProjectId project) {
    return states.computeIfAbsent(project.value(), id -> factory.apply(templateFor(id)));
  }

  /**
   * Gives one project a template of its own and starts its state afresh from it. The template
   * outlives resets of that project, until the emulator is reset as a whole.
   */
  public void replace(ProjectId project, T template) {
    replaced.put(project.value(), template);
    states.put(project.value(), factory.apply(template));
  }

  /** The template a project starts from. */
  public T templateFor(String projectId) {
    T own = replaced.get(projectId);
    return own != null ? own : fileTemplates.getOrDefault(projectId, defaultTemplate);
  }

  /** Drops one project's state; it starts again from its template. */
  @Override
  public void forget(String projectId) {
    states.remove(projectId);
  }

  /** Drops every project's state and every operator-given template. */
  @Override
  public void forgetAll() {
    states.clear();
    replaced.clear();
  }
}
