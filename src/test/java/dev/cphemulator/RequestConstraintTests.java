package dev.cphemulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.cphemulator.kernel.CphViolations;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every constraint a CPH request is checked with names the one CPH error it is answered with
 * ({@link CphViolations}), so that no bad request meets the mapping's refusal (a 500). A request
 * type is a body a controller validates ({@code @Valid @RequestBody}) or a type with a constraint
 * that names a CPH error, and every type either cascades to.
 */
class RequestConstraintTests {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void everyConstraintOfARequestNamesOneCphError() {
    List<String> unmapped = new ArrayList<>();
    for (Class<?> type : requestTypes()) {
      constraintsOf(VALIDATOR.getConstraintsForClass(type))
          .forEach(
              constraint -> {
                try {
                  CphViolations.errorOf(constraint);
                } catch (IllegalStateException e) {
                  unmapped.add(type.getName() + ": " + e.getMessage());
                }
              });
    }
    assertThat(unmapped).isEmpty();
  }

  /** The search above finds bodies, the checks code runs, and the types they cascade to. */
  @Test
  void theRequestTypesAreFoundWhereverTheyAreChecked() throws ClassNotFoundException {
    assertThat(requestTypes())
        .contains(
            Class.forName("dev.cphemulator.apps.CreateAppVersionRequest"),
            Class.forName("dev.cphemulator.deploy.ServerActionRequest"),
            Class.forName("dev.cphemulator.deploy.ServerAppAction"),
            Class.forName("dev.cphemulator.deploy.PhoneAppAction"),
            Class.forName("dev.cphemulator.kernel.Paging$Sent"),
            Class.forName("dev.cphemulator.fleet.StatusFilter"),
            Class.forName("dev.cphemulator.lifecycle.PhoneTargets"),
            Class.forName("dev.cphemulator.lifecycle.PhoneProperty"),
            Class.forName("dev.cphemulator.lifecycle.ServerTargets"));
  }

  private static Set<Class<?>> requestTypes() {
    List<Class<?>> production =
        ModularityTests.MODULES.stream()
            .flatMap(module -> module.getBasePackage().stream())
            .map(JavaClass::reflect)
            .filter(type -> !type.isInterface() && !type.isAnnotation())
            .toList();
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> type : production) {
      if (type.isAnnotationPresent(RestController.class)) {
        for (Method method : type.getDeclaredMethods()) {
          for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)
                && parameter.isAnnotationPresent(Valid.class)) {
              withCascaded(parameter.getType(), found);
            }
          }
        }
      }
      BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
      if (constraintsOf(bean).anyMatch(RequestConstraintTests::namesACphError)) {
        withCascaded(type, found);
      }
    }
    return found;
  }

  private static boolean namesACphError(ConstraintDescriptor<?> constraint) {
    return constraint.getPayload().stream()
        .map(Class::getEnclosingClass)
        .anyMatch(CphViolations.class::equals);
  }

  private static void withCascaded(Class<?> type, Set<Class<?>> found) {
    if (!found.add(type)) {
      return;
    }
    BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
    bean.getConstrainedProperties()
        .forEach(
            property -> {
              if (property.isCascaded()) {
                withCascaded(property.getElementClass(), found);
              }
              cascadedElements(property.getConstrainedContainerElementTypes())
                  .forEach(element -> withCascaded(element, found));
            });
  }

  private static Stream<Class<?>> cascadedElements(Set<ContainerElementTypeDescriptor> elements) {
    return elements.stream()
        .flatMap(
            element ->
                Stream.concat(
                    element.isCascaded() ? Stream.of(element.getElementClass()) : Stream.empty(),
                    cascadedElements(element.getConstrainedContainerElementTypes())));
  }

  private static Stream<ConstraintDescriptor<?>> constraintsOf(BeanDescriptor bean) {
    return Stream.concat(
        bean.getConstraintDescriptors().stream(),
        bean.getConstrainedProperties().stream()
            .flatMap(
                property ->
                    Stream.concat(
                        property.getConstraintDescriptors().stream(),
                        elementConstraints(property.getConstrainedContainerElementTypes()))));
  }

  private static Stream<ConstraintDescriptor<?>> elementConstraints(
      Set<ContainerElementTypeDescriptor> elements) {
    return elements.stream()
        .flatMap(
            element ->
                Stream.concat(
                    element.getConstraintDescriptors().stream(),
                    elementConstraints(element.getConstrainedContainerElementTypes())));
  }
}
