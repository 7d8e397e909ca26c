package dev.cphemulator.seed;

import dev.cphemulator.apps.CatalogueTemplate;
import dev.cphemulator.apps.Catalogues;
import dev.cphemulator.faults.FaultPlan;
import dev.cphemulator.fleet.FleetTemplate;
import dev.cphemulator.fleet.Fleets;
import dev.cphemulator.kernel.ProjectId;
import dev.cphemulator.kernel.ProjectScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the fleet file at start-up (the one {@code cph.emulator.fleet} names, else the embedded
 * default) and hands its templates to the stores; a bad file stops start-up. Re-installs the file's
 * fault rules on reset.
 */
@Component
public class FleetSeeder implements InitializingBean, ProjectScoped {

  static final String DEFAULT_FLEET = "fleet/default-fleet.yaml";
  private static final Logger log = LoggerFactory.getLogger(FleetSeeder.class);

  private final SeedProperties properties;
  private final FleetFiles files;
  private final Fleets fleets;
  private final Catalogues catalogues;
  private final FaultPlan faults;
  private volatile FleetFiles.Seed seed;
  private final Map<String, FleetFiles.GivenFleet> given = new ConcurrentHashMap<>();

  FleetSeeder(
      SeedProperties properties,
      FleetFiles files,
      Fleets fleets,
      Catalogues catalogues,
      FaultPlan faults) {
    this.properties = properties;
    this.files = files;
    this.fleets = fleets;
    this.catalogues = catalogues;
    this.faults = faults;
  }

  @Override
  public void afterPropertiesSet() {
    String path = properties.fleet();
    FleetFiles.Seed loaded;
    if (path == null || path.isBlank()) {
      loaded = files.readFile(readDefault(), FleetFiles.Format.YAML, "classpath:" + DEFAULT_FLEET);
    } else {
      loaded = files.readFile(read(path), FleetFiles.Format.of(path), path);
    }
    install(loaded);
    log.info(
        "Fleet: {} servers, {} phones, {} app versions by default; {} projects of their own; {} fault rules",
        loaded.defaults().fleet().servers().size(),
        loaded.defaults().fleet().phoneCount(),
        loaded.defaults().catalogue().versions().size(),
        loaded.projects().size(),
        loaded.faults().size());
  }

  /** Puts the file's fault rules back, as they were at start-up (counts afresh). */
  public void reinstallFaults() {
    faults.clear();
    seed.faults().forEach(faults::add);
  }

  /** Gives one project a fleet of its own, read from a fleet section. */
  public void replace(ProjectId project, FleetFiles.ProjectTemplates templates) {
    fleets.replace(project, templates.fleet());
    catalogues.replace(project, templates.catalogue());
  }

  /**
   * As above, keeping the document the operator gave, so that a saved state can hold it and restore
   * the project's fleet through the same reader ({@link #given}).
   */
  public void replace(
      ProjectId project, FleetFiles.GivenFleet document, FleetFiles.ProjectTemplates templates) {
    replace(project, templates);
    given.put(project.value(), document);
  }

  /**
   * The document an operator gave for a project's fleet, if one was given since the emulator was
   * last reset as a whole. Read it under the project's lock: it changes only under that lock.
   */
  public Optional<FleetFiles.GivenFleet> given(ProjectId project) {
    return Optional.ofNullable(given.get(project.value()));
  }

  /** Every project goes back to the fleet file's templates: the documents given are forgotten. */
  @Override
  public void forgetAll() {
    given.clear();
  }

  private void install(FleetFiles.Seed loaded) {
    Map<String, FleetTemplate> projectFleets = new LinkedHashMap<>();
    Map<String, CatalogueTemplate> projectCatalogues = new LinkedHashMap<>();
    loaded
        .projects()
        .forEach(
            (id, templates) -> {
              projectFleets.put(id, templates.fleet());
              projectCatalogues.put(id, templates.catalogue());
            });
    fleets.useTemplates(loaded.defaults().fleet(), projectFleets);
    catalogues.useTemplates(loaded.defaults().catalogue(), projectCatalogues);
    this.seed = loaded;
    reinstallFaults();
  }

  private static byte[] readDefault() {
    try (InputStream in = new ClassPathResource(DEFAULT_FLEET).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("the embedded default fleet is missing", e);
    }
  }

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      throw new FleetFileException(path, "(file)", "no such file");
    } catch (IOException e) {
      throw new FleetFileException(path, "(file)", "cannot be read: " + e.getMessage());
    }
  }
}
