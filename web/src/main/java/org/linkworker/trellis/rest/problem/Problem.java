package org.linkworker.trellis.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * The body of every error the API returns ({@value #MEDIA_TYPE}, after RFC 9457): the HTTP status,
 * a short title, a detail a person can act on, and the fields that need correcting.
 */
@Schema(name = Problem.SCHEMA, description = "An error: what went wrong and what to correct")
@JsonbPropertyOrder({"status", "title", "detail", "errors"})
public record Problem(int status, String title, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Its schema's name in the OpenAPI document. */
  public static final String SCHEMA = "Problem";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A 400 listing each rejected value by the field (or parameter) it came from. */
  public static Problem invalid(Set<? extends ConstraintViolation<?>> violations) {
    List<FieldError> errors =
        violations.stream()
            .map(
                violation ->
                    new FieldError(field(violation.getPropertyPath()), violation.getMessage()))
            .sorted(
                Comparator.comparing(
                        FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(FieldError::message))
            .toList();
    return new Problem(
        Response.Status.BAD_REQUEST.getStatusCode(),
        ApiTexts.text("api.problem.invalid.title"),
        ApiTexts.text("api.problem.invalid.detail"),
        errors);
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
  static String field(Path path) {
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

  /** This problem as a response of its own status and media type. */
  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** One value to correct. */
  @Schema(name = "FieldError")
  @JsonbPropertyOrder({"field", "message"})
  public record FieldError(String field, String message) {}
}
