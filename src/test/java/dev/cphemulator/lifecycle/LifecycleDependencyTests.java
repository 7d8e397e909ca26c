package dev.cphemulator.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house dependency direction for the packages of servers, phones and their actions. */
class LifecycleDependencyTests {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cphemulator");

  @Test
  void fleetDependsOnlyOnWeb() {
    classes()
        .that()
        .resideInAPackage("dev.cphemulator.fleet..")
        .should()
        .onlyDependOnClassesThat(inEmulatorOnly("fleet", "web"))
        .check(MAIN);
  }

  @Test
  void lifecycleDependsOnlyOnFleetJobsAndWeb() {
    classes()
        .that()
        .resideInAPackage("dev.cphemulator.lifecycle..")
        .should()
        .onlyDependOnClassesThat(inEmulatorOnly("lifecycle", "fleet", "jobs", "web"))
        .check(MAIN);
  }

  /** Classes outside the emulator, or in one of these emulator packages. */
  static DescribedPredicate<JavaClass> inEmulatorOnly(String... packages) {
    String allowed = "dev\\.cphemulator\\.(" + String.join("|", packages) + ")(\\..*)?";
    return DescribedPredicate.describe(
        "outside dev.cphemulator or in " + String.join(", ", packages),
        type -> !type.getPackageName().startsWith("dev.cphemulator") || type.getPackageName().matches(allowed));
  }

  @Test
  void nothingButTheLifecycleDependsOnIt() {
    classes()
        .that()
        .resideOutsideOfPackage("dev.cphemulator.lifecycle..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("dev.cphemulator.lifecycle..")
        .check(MAIN);
  }
}
