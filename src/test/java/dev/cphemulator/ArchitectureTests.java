package dev.cphemulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction between features (STYLE.md): {@code web} and {@code clock} depend on no
 * other feature; {@code fleet}, {@code apps}, {@code faults} only on {@code web}; {@code jobs} on
 * {@code web}, {@code clock}, {@code faults} and knows nothing of fleets or deployments; nothing
 * depends on {@code admin}.
 */
class ArchitectureTests {

  private static final String ROOT = "dev.cphemulator";

  /** Each feature and the features it may use. A new package must be added here, on purpose. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("web", Set.of()),
          Map.entry("clock", Set.of()),
          Map.entry("auth", Set.of("web")),
          Map.entry("fleet", Set.of("web")),
          Map.entry("apps", Set.of("web")),
          Map.entry("faults", Set.of("web")),
          Map.entry("jobs", Set.of("web", "clock", "faults")),
          Map.entry("deploy", Set.of("web", "fleet", "apps", "jobs", "faults")),
          Map.entry("lifecycle", Set.of("web", "fleet", "jobs")),
          Map.entry("seed", Set.of("web", "fleet", "apps", "faults", "jobs")),
          Map.entry(
              "admin",
              Set.of(
                  "web",
                  "clock",
                  "fleet",
                  "apps",
                  "faults",
                  "jobs",
                  "deploy",
                  "lifecycle",
                  "seed")));

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void everyFeatureDependsOnlyOnTheFeaturesItMayUse() {
    ALLOWED.forEach(
        (feature, allowed) ->
            classes()
                .that()
                .resideInAPackage(ROOT + "." + feature + "..")
                .should()
                .onlyDependOnClassesThat(inFeatureOrOutside(feature, allowed))
                .because(feature + " may only use " + allowed)
                .allowEmptyShould(true)
                .check(classes));
  }

  @Test
  void everyPackageIsAKnownFeature() {
    Set<String> features = new TreeSet<>();
    for (JavaClass type : classes) {
      String pkg = type.getPackageName();
      if (pkg.startsWith(ROOT + ".")) {
        features.add(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
      }
    }
    assertThat(ALLOWED.keySet()).containsAll(features);
  }

  private static DescribedPredicate<JavaClass> inFeatureOrOutside(
      String feature, Set<String> allowed) {
    return DescribedPredicate.describe(
        "classes of " + feature + ", of " + allowed + " or outside the emulator",
        type -> {
          String pkg = type.getPackageName();
          if (!pkg.startsWith(ROOT + ".")) {
            return !pkg.equals(ROOT);
          }
          String owner = pkg.substring(ROOT.length() + 1).split("\\.")[0];
          return owner.equals(feature) || allowed.contains(owner);
        });
  }
}
