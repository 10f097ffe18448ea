package org.linkworker.trellis.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names each Bean Validation failure by its field, as a page or an API body names it, the same for
 * both: {@code addPerson.person.username} is {@code username}, {@code issueToken.name} is {@code
 * name} (the build keeps parameter names), and a list keeps its index ({@code mappings[0].level}).
 * A failure about a whole object is reported under {@code ""}.
 */
public final class FieldErrors {

  private FieldErrors() {}

  private static String named(Path path) {
    String field = field(path);
    return field == null ? "" : field;
  }

  /** One message per field, in field order; the first message wins where a field has several. */
  public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
    Map<String, String> errors = new LinkedHashMap<>();
    violations.stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<?> v) -> named(v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessage))
        .forEach(v -> errors.putIfAbsent(named(v.getPropertyPath()), v.getMessage()));
    return errors;
  }

  /**
   * The field a violation names, as a client knows it: {@code create.entry.hours} (method,
   * parameter, property) becomes {@code hours}, {@code claims[0].level} keeps its index (naming the
   * parameter when the list is one), and a violated parameter on its own is named by the parameter.
   * Null when the violation is about the whole object or the return value.
   *
   * <p>Boundary input records use the payload's field names, so that a violation of a service
   * parameter's property ({@code addPerson.person.username}) names the JSON field. A parameter
   * whose real name was not compiled in ({@code arg2}) is a name no client knows, and is left out.
   */
  public static String field(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
        parameter =
            kind == ElementKind.PARAMETER && !synthetic(node.getName()) ? node.getName() : null;
        continue;
      }
      if (kind == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable()) {
        if (field.isEmpty() && parameter != null) {
          field.append(parameter);
        }
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        // An element of a set has no position; the set's own name says enough.
        if (position != null) {
          field.append('[').append(position).append(']');
        }
      }
      // Container elements carry made-up names such as "<list element>"; the index says enough.
      if (kind != ElementKind.BEAN && node.getName() != null && !node.getName().startsWith("<")) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? parameter : field.toString();
  }

  /** Whether a parameter's name is the compiler's stand-in ({@code arg0}, {@code arg1}…). */
  private static boolean synthetic(String parameter) {
    return parameter == null || parameter.matches("arg\\d+");
  }
}
