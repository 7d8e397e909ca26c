package dev.cphemulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Writes the module documentation of {@code docs/modules/} from the code, with Spring Modulith's
 * {@link Documenter}: the component diagram of all modules ({@code components.puml}), one diagram
 * per module ({@code module-*.puml}), one canvas per module ({@code module-*.adoc}) and the
 * document that gathers them ({@code all-docs.adoc}). Never part of the tests; run it after
 * changing what a module uses or offers (docs/modules/README.md):
 *
 * <pre>
 * ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=dev.cphemulator.ModuleDocs -Dbench.args=
 * </pre>
 *
 * <p>Only the generated files ({@code *.puml}, {@code *.adoc}) are replaced; the folder's README
 * and rendered pictures stay. The order in which Modulith lists relations follows the order in
 * which class files are found, which differs between file systems, so the relations of each diagram
 * are sorted: the same code gives the same files anywhere.
 */
public final class ModuleDocs {

  static final Path FOLDER = Path.of("docs", "modules");

  private ModuleDocs() {}

  /** Writes into {@code docs/modules}, or into the folder given as the one argument. */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
    for (Path file : generated(folder)) {
      Files.delete(file);
    }
    ApplicationModules modules = ApplicationModules.of(CphEmulatorApplication.class);
    DiagramOptions diagrams = DiagramOptions.defaults();
    CanvasOptions canvases = CanvasOptions.defaults();
    documenter(modules, folder)
        .writeModulesAsPlantUml(diagrams)
        .writeIndividualModulesAsPlantUml(diagrams)
        .writeModuleCanvases(canvases)
        .writeAggregatingDocument(diagrams, canvases);
    for (Path file : generated(folder)) {
      stabilize(file);
      System.out.println("wrote " + file);
    }
  }

  /** Writes only the component diagram of all modules into {@code folder}. */
  static Path writeComponentDiagram(ApplicationModules modules, Path folder) throws IOException {
    documenter(modules, folder).writeModulesAsPlantUml(DiagramOptions.defaults());
    Path diagram = folder.resolve("components.puml");
    stabilize(diagram);
    return diagram;
  }

  private static Documenter documenter(ApplicationModules modules, Path folder) {
    return new Documenter(
        modules, Options.defaults().withOutputFolder(folder.toString()).withoutClean());
  }

  private static List<Path> generated(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".puml") || name.endsWith(".adoc");
              })
          .sorted()
          .toList();
    }
  }

  /** Sorts each run of {@code Rel(...)} and {@code Component(...)} lines of a PlantUML file. */
  private static void stabilize(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".puml")) {
      return;
    }
    List<String> lines = Files.readAllLines(file);
    List<String> sorted = new ArrayList<>(lines.size());
    List<String> run = new ArrayList<>();
    String runKind = null;
    for (String line : lines) {
      String kind = sortable(line);
      if (runKind != null && !runKind.equals(kind)) {
        run.sort(null);
        sorted.addAll(run);
        run.clear();
      }
      runKind = kind;
      if (kind == null) {
        sorted.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(null);
    sorted.addAll(run);
    Files.write(file, sorted);
  }

  private static String sortable(String line) {
    String trimmed = line.strip();
    if (trimmed.startsWith("Rel(")) {
      return "Rel";
    }
    if (trimmed.startsWith("Component(")) {
      return "Component";
    }
    return null;
  }
}
