package org.linkworker.trellis.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * Every HTTP error a resource or the JAX-RS runtime raises (404 above all, but also 405, 406, 415…)
 * as a problem document. Headers of the original response, such as {@code Allow}, are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    return Response.fromResponse(original)
        .type(Problem.MEDIA_TYPE)
        .entity(problem(original.getStatus(), exception.getMessage()))
        .build();
  }

  /**
   * The problem for a status: its reason phrase as the title; as the detail, the message a resource
   * gave, or a standard sentence when the message is the runtime's own ("HTTP 404 Not Found") or
   * the status is a server error, whose messages may carry internals.
   */
  static Problem problem(int status, String message) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title =
        type == null ? ApiTexts.text("api.problem.http.title", status) : type.getReasonPhrase();
    boolean ownMessage =
        status < 500
            && message != null
            && !message.isBlank()
            && !message.startsWith("HTTP " + status);
    return new Problem(status, title, ownMessage ? message : standardDetail(status), List.of());
  }

  private static String standardDetail(int status) {
    if (status >= 500) {
      return ApiTexts.text("api.problem.server.detail");
    }
    String key = "api.problem.http." + status;
    return ApiTexts.text(ApiTexts.has(key) ? key : "api.problem.http.default");
  }
}
