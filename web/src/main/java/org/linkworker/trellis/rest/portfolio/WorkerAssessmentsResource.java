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
import org.linkworker.trellis.portfolio.boundary.AssessmentView;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A worker's direct assessments: their supervisor assesses them; they, their supervisor and their
 * employer list the standing ones. Anyone else gets 404.
 */
@Path("people/{username}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class WorkerAssessmentsResource {

  private SupervisionService supervision;
  private CurrentCaller caller;

  @Inject
  public WorkerAssessmentsResource(SupervisionService supervision, CurrentCaller caller) {
    this.supervision = supervision;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected WorkerAssessmentsResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assess a link worker",
      description =
          "The worker's supervisor, never of themself. The competency and level are of the"
              + " worker's framework; date defaults to today.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its address",
      headers = @Header(name = "Location", description = "/api/assessments/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssessmentView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response assess(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      AssessmentPayload assessment,
      @Context UriInfo uri) {
    AssessmentView created =
        supervision.assess(caller.get(), username, RequestBodies.required(assessment).toInput());
    return Response.created(
            uri.getBaseUriBuilder().path(AssessmentsResource.class).path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "A person's assessments",
      description =
          "The standing ones (not withdrawn), newest first, a page at a time; X-Total-Count has"
              + " the whole count.")
  @APIResponse(
      responseCode = "200",
      description = "One page of assessments",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many there are"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentView.class)))
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
        supervision.assessments(caller.get(), username, paging.offset(), paging.limit()));
  }
}
