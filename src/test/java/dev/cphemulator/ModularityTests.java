package dev.cphemulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;

/**
 * The features and the dependency direction between them, as Spring Modulith sees the code: each
 * top-level package under {@code dev.cphemulator} is an application module, and its {@code
 * package-info.java} declares which other modules it may use ({@code @ApplicationModule(
 * allowedDependencies = ...)}). {@link #modulesUseOnlyWhatTheyDeclare()} fails on any use of a
 * module not declared there, whether through an import, a type in a signature, a bean injected or
 * an event listened to. The diagrams of {@code docs/modules/} are written by {@link ModuleDocs}.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(CphEmulatorApplication.class);

  @Test
  void modulesUseOnlyWhatTheyDeclare() {
    MODULES.verify();
  }

  /** A new package is a module on purpose: it must say which modules it may use. */
  @Test
  void everyPackageIsAModuleThatDeclaresItsDependencies() {
    for (JavaPackage root : MODULES.getRootPackages()) {
      for (JavaPackage pkg : root.getDirectSubPackages()) {
        assertThat(MODULES.getModuleForPackage(pkg.getName()))
            .as("package %s is an application module", pkg.getName())
            .hasValueSatisfying(
                module -> assertThat(module.getBasePackage().getName()).isEqualTo(pkg.getName()));
      }
    }
    assertThat(MODULES.stream()).as("application modules").isNotEmpty();
    MODULES.forEach(
        module -> {
          String where = module.getBasePackage().getName() + "/package-info.java";
          assertThat(module.getBasePackage().getAnnotation(ApplicationModule.class))
              .as("%s declares @ApplicationModule", where)
              .hasValueSatisfying(
                  declared ->
                      assertThat(declared.allowedDependencies())
                          .as("%s lists its allowedDependencies", where)
                          .doesNotContain(ApplicationModule.OPEN_TOKEN));
          assertThat(module.isOpen()).as("%s is not an open module", where).isFalse();
        });
  }

  /** The committed diagram of the modules and their dependencies matches the code. */
  @Test
  void componentDiagramIsUpToDate() throws IOException {
    Path written = ModuleDocs.writeComponentDiagram(MODULES, Path.of("target", "modules-check"));
    assertThat(written)
        .as(
            "docs/modules/components.puml shows the modules as they are; refresh docs/modules with"
                + " ./mvnw -B -Pbench test-compile exec:exec"
                + " -Dbench.main=dev.cphemulator.ModuleDocs -Dbench.args=")
        .hasSameTextualContentAs(ModuleDocs.FOLDER.resolve("components.puml"));
  }
}
