package dev.cphemulator.kernel;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * The one mapping from a Bean Validation constraint on a request to the CPH error it is answered
 * with, and the one place a violation becomes a {@link CphException}.
 *
 * <p>A constraint names its error with one of the payloads declared here, say
 * {@code @NotEmpty(payload = PhoneIdListEmpty.class)}. {@link #exception} answers a violation with
 * that error: for {@link InvalidParameter}, with the field as the client wrote it ({@code
 * phones[1].property}) and the constraint's message; for every other error, with the catalogue's
 * message as it is. A constraint that names no error here, or more than one, is refused with an
 * {@link IllegalStateException}: the mapping never guesses.
 *
 * <p>{@link #check} validates a request with the kernel's own validator and throws for its first
 * violation in path order ({@link #first}), so that of several problems the same one always wins:
 * the object's own (class-level) constraints first, then its fields by name, a list before its
 * elements, the elements by position, and, of two constraints broken by one value, the one whose
 * annotation's name comes first. A check that must come after others is a validation group, checked
 * by its own call. Constraint messages may call methods of the value they judge ({@code
 * ${validatedValue.size()}}).
 */
public final class CphViolations {

  /** {@code CPS.0002}: offset or limit is not a number CPH pages by. */
  public interface InvalidPaging extends Payload {}

  /** {@code CPS.0004}: a phone of a batch, or its id, is missing or blank. */
  public interface PhoneIdInvalid extends Payload {}

  /** {@code CPS.0009}: a batch names no phone. */
  public interface PhoneIdListEmpty extends Payload {}

  /** {@code CPS.0010}: a status filter that is not a status. */
  public interface StatusInvalid extends Payload {}

  /** {@code CPS.0016}: a server id of a batch is missing, blank or too long. */
  public interface ServerIdMalformed extends Payload {}

  /** {@code CPS.9001}, naming the field and giving the constraint's message as the reason. */
  public interface InvalidParameter extends Payload {}

  /** {@code CPS.9104}: a batch names no server. */
  public interface ServerIdListEmpty extends Payload {}

  private static final Map<Class<? extends Payload>, CphError> ERRORS =
      Map.of(
          InvalidPaging.class, CphError.INVALID_PAGING,
          PhoneIdInvalid.class, CphError.PHONE_ID_INVALID,
          PhoneIdListEmpty.class, CphError.PHONE_ID_LIST_EMPTY,
          StatusInvalid.class, CphError.STATUS_INVALID,
          ServerIdMalformed.class, CphError.SERVER_ID_MALFORMED,
          InvalidParameter.class, CphError.INVALID_PARAMETER,
          ServerIdListEmpty.class, CphError.SERVER_ID_LIST_EMPTY);

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  /**
   * A list's elements by position, a method's parameters by position, anything else by name (an
   * object's own constraints, which have none, before its fields).
   */
  private static final Comparator<Path.Node> NODE_ORDER =
      Comparator.<Path.Node>comparingInt(node -> node.getIndex() == null ? -1 : node.getIndex())
          .thenComparingInt(
              node ->
                  node.getKind() == ElementKind.PARAMETER
                      ? node.as(Path.ParameterNode.class).getParameterIndex()
                      : -1)
          .thenComparing(node -> node.getName() == null ? "" : node.getName());

  /** The order of {@link #first}: by path, then by the constraint's annotation, then message. */
  private static final Comparator<ConstraintViolation<?>> ORDER =
      Comparator.<ConstraintViolation<?>, Path>comparing(
              ConstraintViolation::getPropertyPath, CphViolations::comparePaths)
          .thenComparing(
              violation ->
                  violation.getConstraintDescriptor().getAnnotation().annotationType().getName())
          .thenComparing(ConstraintViolation::getMessage);

  private CphViolations() {}

  /**
   * Validates {@code request} (in {@code groups}, or the default group) and throws the CPH error of
   * its first violation; returns quietly when there is none.
   *
   * @throws CphException the error the first violation's constraint names
   */
  public static void check(Object request, Class<?>... groups) {
    first(Kernel.VALIDATOR.validate(request, groups))
        .ifPresent(
            violation -> {
              throw exception(violation);
            });
  }

  /** The violation that wins among {@code violations}, in path order (see the class comment). */
  public static Optional<ConstraintViolation<?>> first(
      Collection<? extends ConstraintViolation<?>> violations) {
    return violations.stream().<ConstraintViolation<?>>map(violation -> violation).min(ORDER);
  }

  /** The CPH error that answers {@code violation}, with the message arguments its error takes. */
  public static CphException exception(ConstraintViolation<?> violation) {
    CphError error = errorOf(violation.getConstraintDescriptor());
    if (error == CphError.INVALID_PARAMETER) {
      return error.exception(field(violation.getPropertyPath()), violation.getMessage());
    }
    return error.exception();
  }

  /**
   * The CPH error {@code constraint} stands for.
   *
   * @throws IllegalStateException if it names none, or more than one, by its payload
   */
  public static CphError errorOf(ConstraintDescriptor<?> constraint) {
    List<CphError> named =
        constraint.getPayload().stream().map(ERRORS::get).filter(Objects::nonNull).toList();
    if (named.size() != 1) {
      throw new IllegalStateException(
          "@"
              + constraint.getAnnotation().annotationType().getSimpleName()
              + " must name exactly one CPH error with a payload of CphViolations, it names "
              + named);
    }
    return named.get(0);
  }

  /**
   * The field a path names, in the client's JSON names: {@code batchDeployAppVersion.serverIds[1]}
   * is {@code batch_deploy_app_version.server_ids[1]}; a method's parameter is named alone.
   */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && !field.isEmpty()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(at == null ? "" : at).append(']');
      }
      String name = node.getName();
      boolean named =
          node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER;
      if (named && name != null && !name.startsWith("<")) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(CAMEL_HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT));
      }
    }
    return field.isEmpty() ? "request" : field.toString();
  }

  /** Node by node; a path that is the beginning of another comes first. */
  private static int comparePaths(Path a, Path b) {
    Iterator<Path.Node> left = a.iterator();
    Iterator<Path.Node> right = b.iterator();
    while (left.hasNext() && right.hasNext()) {
      int order = NODE_ORDER.compare(left.next(), right.next());
      if (order != 0) {
        return order;
      }
    }
    return Boolean.compare(left.hasNext(), right.hasNext());
  }

  /**
   * The validator of {@link #check}, made on first use. Request checks need nothing from Spring;
   * messages may call methods ({@code ${validatedValue.size()}}).
   */
  private static final class Kernel {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
            .buildValidatorFactory()
            .getValidator();
  }
}
