package dev.cphemulator.kernel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves the parts of a project's state that carry a {@link PartCodec}, and makes them again: the
 * one mechanism by which project state outlives a restart. Whoever writes the saved state to disk
 * takes each project's lock in turn and asks here for its parts; a part that was never made is not
 * saved (it starts from its template again).
 */
@Component
public class ProjectSnapshots {

  private final Projects projects;
  private final ObjectProvider<SavedParts> features;
  private final ObjectProvider<ProjectScoped> stores;

  ProjectSnapshots(
      Projects projects,
      ObjectProvider<SavedParts> features,
      ObjectProvider<ProjectScoped> stores) {
    this.projects = projects;
    this.features = features;
    this.stores = stores;
  }

  /** The saved parts of a project, by part name; the caller holds the state's lock. */
  public ObjectNode save(ProjectState state) {
    ObjectNode out = Saved.object();
    for (ProjectState.Part<?> key : keys()) {
      save(state, key, out);
    }
    return out;
  }

  private static <T> void save(ProjectState state, ProjectState.Part<T> key, ObjectNode out) {
    T part = state.existing(key);
    if (part != null) {
      out.set(key.name(), key.codec().save(part));
    }
  }

  /**
   * Makes a project's saved parts (its field {@code parts}) again, admitting the project, lowest
   * {@link PartCodec#order} first; {@code before} runs first, under the same lock (to put back what
   * the project's parts are made from).
   *
   * @throws InvalidFieldException naming a part that is unknown or wrong
   */
  public void restore(String projectId, Saved parts, Consumer<ProjectState> before) {
    Map<String, ProjectState.Part<?>> byName =
        keys().stream().collect(Collectors.toMap(ProjectState.Part::name, key -> key));
    for (String name : parts.entries("parts").keySet()) {
      if (!byName.containsKey(name)) {
        throw parts.fail("parts." + name, "no part of a project's state has this name");
      }
    }
    Saved saved = parts.object("parts");
    projects.inside(
        projectId,
        state -> {
          before.accept(state);
          for (ProjectState.Part<?> key : keys()) {
            if (saved.has(key.name())) {
              restore(state, key, saved.object(key.name()));
            }
          }
          return null;
        });
  }

  private static <T> void restore(ProjectState state, ProjectState.Part<T> key, Saved saved) {
    state.restore(key, key.codec().restore(state, saved));
  }

  /** Every project was restored: the stores re-derive what spans projects. */
  public void restored() {
    stores.orderedStream().forEach(ProjectScoped::restored);
  }

  private List<ProjectState.Part<?>> keys() {
    return features
        .orderedStream()
        .flatMap(feature -> feature.savedParts().stream())
        .sorted(Comparator.comparingInt(key -> key.codec().order()))
        .toList();
  }
}
