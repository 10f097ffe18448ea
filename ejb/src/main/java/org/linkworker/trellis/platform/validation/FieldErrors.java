package org.linkworker.trellis.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names each Bean Validation failure by its field, as a page or an API body names it: the innermost
 * property or parameter of its path, so {@code addPerson.person.username} and {@code username} are
 * both {@code username}, and {@code issueToken.name} is {@code name} (the build keeps parameter
 * names). A path with neither is reported as {@code ""}.
 */
public final class FieldErrors {

  private FieldErrors() {}

  /** One message per field, in field order; the first message wins where a field has several. */
  public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
    Map<String, String> errors = new LinkedHashMap<>();
    violations.stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessage))
        .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
    return errors;
  }

  /** The name of the innermost property or parameter of a path, or {@code ""}. */
  public static String field(Path path) {
    String field = "";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
        field = node.getName();
      }
    }
    return field;
  }
}
