package org.linkworker.trellis.rest.problem;

/**
 * The names of the error responses that {@code RestApplication} defines once, as OpenAPI
 * components, for every operation to reference: {@code @APIResponse(responseCode = "404", ref =
 * StandardResponses.NOT_FOUND)}. Each is a {@link Problem} document; an operation says which of
 * them it can answer and nothing more, and explains a refusal peculiar to it in its own
 * {@code @Operation} description.
 *
 * <p>Every operation names {@link #UNAUTHORIZED} itself, on the method, although every operation of
 * the API can answer 401: Payara 6 merges a class-level {@code @APIResponse} reference into only
 * some of the class's operations, and does not read {@code mp.openapi.filter} from a web module
 * inside an EAR, so one line per operation is what holds. {@code OpenApiDocumentIT} fails the build
 * for an operation without it.
 */
public final class StandardResponses {

  /** 400: input that will not do, each value to correct under {@code errors}. */
  public static final String BAD_REQUEST = "BadRequest";

  /** 401: no credentials, or credentials that were refused. */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** 403: signed in, but not allowed to do this; or a change sent from another site. */
  public static final String FORBIDDEN = "Forbidden";

  /** 404: nothing there that the caller may see, whether or not it exists. */
  public static final String NOT_FOUND = "NotFound";

  /** 409: someone else changed it since the version the request was based on. */
  public static final String CONFLICT = "Conflict";

  private StandardResponses() {}
}
