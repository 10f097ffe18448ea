package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.portfolio.boundary.SupervisionView;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One supervision record: read by the worker (with their private notes), their supervisor and their
 * employer (without); changed by the worker alone, carrying the version read.
 */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class SupervisionRecordsResource {

  private SupervisionService supervision;
  private CurrentCaller caller;

  @Inject
  public SupervisionRecordsResource(SupervisionService supervision, CurrentCaller caller) {
    this.supervision = supervision;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SupervisionRecordsResource() {}

  @GET
  @Path("{id}")
  @Operation(summary = "One supervision record", description = "notes for the worker alone.")
  @APIResponse(
      responseCode = "200",
      description = "The record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupervisionView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public SupervisionView find(
      @Parameter(description = "Supervision record id") @PathParam("id") String id) {
    return supervision
        .findSupervisionRecord(caller.get(), id)
        .orElseThrow(() -> new NotVisibleException("supervision record"));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a supervision record",
      description =
          "The worker, whoever entered it. Carry the version that was read; supervisor left out"
              + " stays as recorded.")
  @APIResponse(
      responseCode = "200",
      description = "The record as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupervisionView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public SupervisionView update(
      @Parameter(description = "Supervision record id") @PathParam("id") String id,
      SupervisionPayload session) {
    SupervisionPayload body = RequestBodies.required(session);
    if (body.version() == null) {
      throw new InvalidInputException(
          Map.of("version", ApiTexts.text("api.supervision.version.required")));
    }
    return supervision.update(caller.get(), id, body.version(), body.toInput());
  }
}
