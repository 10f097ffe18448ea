package org.linkworker.trellis.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.problem.Problem.FieldError;

/**
 * The business exception family as problems, one status per kind of refusal:
 *
 * <ul>
 *   <li>{@link NotVisibleException}: 404, the same whether the thing does not exist or the caller
 *       may not see it;
 *   <li>{@link AccessDeniedException}: 403, where existence is no secret;
 *   <li>{@link InvalidInputException}: 400, with one entry under {@code errors} per field;
 *   <li>{@link StaleVersionException}: 409, someone else changed it first;
 *   <li>any other business rule: 400 with its message.
 * </ul>
 */
@Provider
public class TrellisExceptionMapper implements ExceptionMapper<TrellisException> {

  @Override
  public Response toResponse(TrellisException exception) {
    return problem(exception).toResponse();
  }

  static Problem problem(TrellisException exception) {
    if (exception instanceof InvalidInputException invalid) {
      return new Problem(
          Response.Status.BAD_REQUEST.getStatusCode(),
          ApiTexts.text("api.problem.invalid.title"),
          ApiTexts.text("api.problem.invalid.detail"),
          fieldErrors(invalid.fieldErrors()));
    }
    Response.Status status = statusOf(exception);
    return new Problem(
        status.getStatusCode(), status.getReasonPhrase(), exception.getMessage(), List.of());
  }

  static Response.Status statusOf(TrellisException exception) {
    if (exception instanceof NotVisibleException) {
      return Response.Status.NOT_FOUND;
    }
    if (exception instanceof AccessDeniedException) {
      return Response.Status.FORBIDDEN;
    }
    if (exception instanceof StaleVersionException || exception instanceof StateConflictException) {
      return Response.Status.CONFLICT;
    }
    return Response.Status.BAD_REQUEST;
  }

  private static List<FieldError> fieldErrors(Map<String, String> errors) {
    return errors.entrySet().stream()
        .map(error -> new FieldError(error.getKey(), error.getValue()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }
}
