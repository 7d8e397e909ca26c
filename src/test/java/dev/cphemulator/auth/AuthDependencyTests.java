package dev.cphemulator.auth;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AuthDependencyTests {

  @Test
  void authDependsOnNoFeatureButWeb() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cphemulator");

    noClasses()
        .that()
        .resideInAPackage("dev.cphemulator.auth..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.cphemulator..")
                .and(not(resideInAnyPackage("dev.cphemulator.auth..", "dev.cphemulator.web.."))))
        .check(classes);
  }
}
