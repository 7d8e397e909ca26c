package dev.cphemulator.apps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AppsDependencyTests {

  @Test
  void theCatalogueDependsOnlyOnTheWebConventions() {
    JavaClasses all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cphemulator");

    classes()
        .that()
        .resideInAPackage("dev.cphemulator.apps..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.cphemulator.apps..",
            "dev.cphemulator.web..",
            "java..",
            "jakarta..",
            "org.springframework..",
            "com.fasterxml.jackson..",
            "tools.jackson..")
        .check(all);
  }
}
