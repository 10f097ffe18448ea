package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.DeclarationView;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A worker's annual declarations against the code of practice: the worker declares for the current
 * membership year; they, their supervisor, their employer and the steward list them. Anyone else
 * gets 404.
 */
@Path("people/{username}/declarations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class WorkerDeclarationsResource {

  private DeclarationService declarations;
  private CurrentCaller caller;

  @Inject
  public WorkerDeclarationsResource(DeclarationService declarations, CurrentCaller caller) {
    this.declarations = declarations;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected WorkerDeclarationsResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Declare against the code of practice",
      description =
          "The link worker themself, once a membership year (1 April to 31 March), for the current"
              + " one, dated today, against the code of practice of their framework. A second"
              + " declaration for the year is a 409; another year a 400.")
  @APIResponse(
      responseCode = "201",
      description = "Declared; Location is its address",
      headers = @Header(name = "Location", description = "/api/declarations/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeclarationView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response declare(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      DeclarationPayload declaration,
      @Context UriInfo uri) {
    DeclarationPayload body =
        declaration == null ? new DeclarationPayload(null, null) : declaration;
    DeclarationView made = declarations.declare(caller.get(), username, body.toInput());
    return Response.created(
            uri.getBaseUriBuilder().path(DeclarationsResource.class).path(made.id()).build())
        .entity(made)
        .build();
  }

  @GET
  @Operation(
      summary = "A person's declarations",
      description =
          "Newest membership year first, a page at a time; X-Total-Count has the whole count. The"
              + " worker, their supervisor, their employer and the steward.")
  @APIResponse(
      responseCode = "200",
      description = "One page of declarations",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many there are"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = DeclarationView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response list(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "Rows to skip, from 0") @QueryParam("offset") String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)") @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    return Paging.response(
        declarations.declarations(caller.get(), username, paging.offset(), paging.limit()));
  }
}
