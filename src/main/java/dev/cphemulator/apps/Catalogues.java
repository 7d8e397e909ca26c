package dev.cphemulator.apps;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.ProjectTemplates;
import dev.cphemulator.kernel.SavedParts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The catalogue part of every project's state, made from its template within the caps of {@link
 * AppProperties}, and the templates it is made from.
 */
@Component
public class Catalogues extends ProjectTemplates<CatalogueTemplate> implements SavedParts {

  private final ProjectState.Part<ProjectCatalogue> part;

  public Catalogues(AppProperties limits) {
    super(CatalogueTemplate.empty());
    this.part =
        new ProjectState.Part<>(
            "catalogue",
            project -> new ProjectCatalogue(templateFor(project.value()), limits),
            catalogue -> {},
            new CatalogueCodec(limits));
  }

  @Override
  public List<ProjectState.Part<?>> savedParts() {
    return List.of(part);
  }

  /** The project's catalogue; the caller holds the state's lock. */
  public ProjectCatalogue of(ProjectState state) {
    return state.part(part);
  }
}
