package org.linkworker.trellis.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.platform.validation.FieldErrors;
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

  /** The field a violation names, as a client knows it (see {@link FieldErrors#field}). */
  static String field(Path path) {
    return FieldErrors.field(path);
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
