package dev.cphemulator.apps;

import dev.cphemulator.web.ProjectStates;
import org.springframework.stereotype.Component;

/**
 * The catalogues of all projects, each made from its template on first use, within the caps of
 * {@link AppProperties}. Thread-safe.
 */
@Component
public class Catalogues extends ProjectStates<CatalogueTemplate, ProjectCatalogue> {

  public Catalogues(AppProperties limits) {
    super(CatalogueTemplate.empty(), template -> new ProjectCatalogue(template, limits));
  }
}
