package org.linkworker.trellis.rest.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.ReportJob;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A report job's progress (API.md's {@code GET /api/reports/jobs/{id}}), and stopping or restarting
 * it: whoever may see the organisation's reports.
 */
@Path("reports/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reports")
public class ReportJobsResource {

  private GapSnapshotService snapshots;
  private CurrentCaller caller;

  @Inject
  public ReportJobsResource(GapSnapshotService snapshots, CurrentCaller caller) {
    this.snapshots = snapshots;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ReportJobsResource() {}

  @GET
  @Path("{id}")
  @Operation(
      summary = "A report job's progress",
      description =
          "status is STARTING, STARTED, COMPLETED, FAILED or STOPPED; progress counts the workers"
              + " written of those to write; result is the snapshot's address once COMPLETED."
              + " A job left running by a server that was stopped is FAILED once it starts again.")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportJob.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReportJob find(@Parameter(description = "The job's id") @PathParam("id") String id) {
    return snapshots.job(caller.get(), id).orElseThrow(() -> new NotVisibleException("job"));
  }

  @POST
  @Path("{id}/stop")
  @Operation(
      summary = "Stop a running report job",
      description = "It stops after its current chunk and can be restarted.")
  @APIResponse(
      responseCode = "200",
      description = "The job, stopping",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportJob.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReportJob stop(@Parameter(description = "The job's id") @PathParam("id") String id) {
    return snapshots.stop(caller.get(), id);
  }

  @POST
  @Path("{id}/restart")
  @Operation(
      summary = "Restart a failed or stopped report job",
      description =
          "It carries on after the last worker written; the snapshot holds each worker once.")
  @APIResponse(
      responseCode = "200",
      description = "The job, running again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportJob.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReportJob restart(@Parameter(description = "The job's id") @PathParam("id") String id) {
    return snapshots.restart(caller.get(), id);
  }
}
