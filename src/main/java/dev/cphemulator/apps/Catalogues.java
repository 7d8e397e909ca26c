package dev.cphemulator.apps;

import dev.cphemulator.kernel.ProjectState;
import dev.cphemulator.kernel.ProjectTemplates;
import org.springframework.stereotype.Component;

/**
 * The catalogue part of every project's state, made from its template within the caps of {@link
 * AppProperties}, and the templates it is made from.
 */
@Component
public class Catalogues extends ProjectTemplates<CatalogueTemplate> {

  private final ProjectState.Part<ProjectCatalogue> part;

  public Catalogues(AppProperties limits) {
    super(CatalogueTemplate.empty());
    this.part =
        new ProjectState.Part<>(
            "catalogue", project -> new ProjectCatalogue(templateFor(project.value()), limits));
  }

  /** The project's catalogue; the caller holds the state's lock. */
  public ProjectCatalogue of(ProjectState state) {
    return state.part(part);
  }
}
