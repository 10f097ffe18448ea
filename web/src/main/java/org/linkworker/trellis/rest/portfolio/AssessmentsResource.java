package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.AssessmentView;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One direct assessment: read by the worker, their supervisor and their employer; withdrawn by the
 * supervisor who made it. A withdrawn assessment stays on record but is no longer shown (404).
 */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class AssessmentsResource {

  private SupervisionService supervision;
  private CurrentCaller caller;

  @Inject
  public AssessmentsResource(SupervisionService supervision, CurrentCaller caller) {
    this.supervision = supervision;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AssessmentsResource() {}

  @GET
  @Path("{id}")
  @Operation(summary = "One standing assessment")
  @APIResponse(
      responseCode = "200",
      description = "The assessment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssessmentView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public AssessmentView find(@Parameter(description = "Assessment id") @PathParam("id") String id) {
    return supervision
        .findAssessment(caller.get(), id)
        .orElseThrow(() -> new NotVisibleException("assessment"));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Withdraw an assessment",
      description =
          "The supervisor who made it. It is kept on record, stamped, and no longer counts or"
              + " shows; withdrawing it again is 409.")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response withdraw(@Parameter(description = "Assessment id") @PathParam("id") String id) {
    supervision.withdraw(caller.get(), id);
    return Response.noContent().build();
  }
}
