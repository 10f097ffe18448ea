package org.linkworker.trellis.rest.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.NationalPicture;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The steward's national picture: the latest completed gap-report snapshot of every organisation,
 * summed up and named. The steward's alone, as every organisation's report is.
 */
@Path("reports/national")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reports")
public class NationalReportsResource {

  private GapSnapshotService snapshots;
  private CurrentCaller caller;

  @Inject
  public NationalReportsResource(GapSnapshotService snapshots, CurrentCaller caller) {
    this.snapshots = snapshots;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected NationalReportsResource() {}

  @GET
  @Operation(
      summary = "The national picture",
      description =
          "The steward only. The latest completed gap report of every organisation (started with"
              + " POST /api/reports/gap-reports and organisation null), summed up as GET"
              + " /api/reports/gap-reports/{id} sums it up: workers, how many are ready for their"
              + " next stage, mean readiness, readiness by stage (with each stage's title, in the"
              + " stages' order), the ten most common gaps (with each competency's statement and"
              + " domain), and readiness by organisation. snapshot is the whole report's address."
              + " 404 until such a report has completed.")
  @APIResponse(
      responseCode = "200",
      description = "The national picture",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NationalPicture.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public NationalPicture latest() {
    return snapshots
        .national(caller.get())
        .orElseThrow(() -> NotVisibleException.because("progression.no_national_report"));
  }
}
