package dev.cphemulator.apps;

import dev.cphemulator.web.ProjectId;
import dev.cphemulator.web.ProjectScoped;
import dev.cphemulator.web.ProjectStates;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The catalogues of all projects, each made from its template on first use, within the caps of
 * {@link AppProperties}. Thread-safe.
 */
@Component
public class Catalogues implements ProjectScoped {

  private final ProjectStates<CatalogueTemplate, ProjectCatalogue> states;

  public Catalogues(AppProperties limits) {
    this.states =
        new ProjectStates<>(
            CatalogueTemplate.empty(), template -> new ProjectCatalogue(template, limits));
  }

  /** Sets the templates projects start from; projects already in use keep their catalogue. */
  public void useTemplates(CatalogueTemplate defaults, Map<String, CatalogueTemplate> perProject) {
    states.useTemplates(defaults, perProject);
  }

  public ProjectCatalogue of(ProjectId project) {
    return states.of(project);
  }

  /** Gives one project a catalogue of its own (kept across resets of that project). */
  public void replace(ProjectId project, CatalogueTemplate template) {
    states.replace(project, template);
  }

  @Override
  public void forget(String projectId) {
    states.forget(projectId);
  }

  @Override
  public void forgetAll() {
    states.forgetAll();
  }
}
