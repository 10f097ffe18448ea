package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.SupervisionTarget;
import org.linkworker.trellis.workforce.boundary.TeamService;

/**
 * An organisation's target interval between a link worker's supervision sessions (issue 11): read
 * and set by its employer and the steward; someone of the organisation who may not see its reports
 * gets 403, anyone else 404.
 */
@Path("organisations/{id}/supervision-target")
@RequestScoped
@Tag(name = "Workforce")
public class SupervisionTargetsResource {

  private TeamService team;
  private CurrentCaller caller;

  @Inject
  public SupervisionTargetsResource(TeamService team, CurrentCaller caller) {
    this.team = team;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SupervisionTargetsResource() {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The organisation's supervision interval",
      description = "Weeks between a link worker's supervision sessions; 6 until set.")
  @APIResponse(
      responseCode = "200",
      description = "The interval",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupervisionTarget.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public SupervisionTarget supervisionTarget(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation) {
    return team.supervisionTarget(caller.get(), organisation);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the organisation's supervision interval",
      description =
          "The organisation's employer and the steward: `weeks`, a whole number from 1 to 52.")
  @APIResponse(
      responseCode = "200",
      description = "The interval as set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupervisionTarget.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public SupervisionTarget targetSupervision(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation,
      SupervisionTargetPayload target) {
    SupervisionTargetPayload body = RequestBodies.required(target);
    return team.targetSupervision(caller.get(), organisation, body.weeks());
  }
}
