package org.linkworker.trellis.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.privacy.boundary.ErasureService;
import org.linkworker.trellis.privacy.boundary.ErasureView;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/** An employer confirms that one of their people asked for their data to be erased. */
@Path("people/{username}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Privacy")
public class ErasureRequestsResource {

  private ErasureService erasures;
  private CurrentCaller caller;

  @Inject
  public ErasureRequestsResource(ErasureService erasures, CurrentCaller caller) {
    this.erasures = erasures;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ErasureRequestsResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm a person's request to erase their data",
      description =
          "The person's employer, never for themself. The request then waits for the steward"
              + " (POST /api/erasures/{id}/erase); 409 while one is waiting already.")
  @APIResponse(
      responseCode = "201",
      description = "Confirmed; Location is the request's address",
      headers = @Header(name = "Location", description = "/api/erasures/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ErasureView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response confirm(
      @Parameter(description = "Username", example = "lee.trainee") @PathParam("username")
          String username,
      ErasurePayload body,
      @Context UriInfo uri) {
    ErasureView created =
        erasures.confirm(caller.get(), username, body == null ? null : body.reason());
    return Response.created(
            uri.getBaseUriBuilder().path(ErasuresResource.class).path(created.id()).build())
        .entity(created)
        .build();
  }
}
