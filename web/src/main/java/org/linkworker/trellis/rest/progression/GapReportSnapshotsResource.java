package org.linkworker.trellis.rest.progression;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.GapSnapshotView;
import org.linkworker.trellis.progression.boundary.ReportJob;
import org.linkworker.trellis.progression.boundary.SnapshotComparison;
import org.linkworker.trellis.progression.boundary.SnapshotPerson;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The organisation-wide gap report (API.md): started as a batch job that writes a dated snapshot,
 * which the organisation's employer and the steward open, page through, compare with an earlier one
 * and download as CSV. Every organisation's at once: the steward.
 */
@Path("reports/gap-reports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reports")
public class GapReportSnapshotsResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

  private GapSnapshotService snapshots;
  private CurrentCaller caller;

  @Inject
  public GapReportSnapshotsResource(GapSnapshotService snapshots, CurrentCaller caller) {
    this.snapshots = snapshots;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected GapReportSnapshotsResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start an organisation-wide gap report",
      description =
          "Writes a dated snapshot of the gap report of every active link worker of the"
              + " organisation (every organisation when organisation is null or the body is"
              + " empty: the steward only) against their next stage, as a batch job. Its progress"
              + " is at the Location returned; once COMPLETED, its result is the snapshot.")
  @APIResponse(
      responseCode = "202",
      description = "Started; Location is the job's address",
      headers = @Header(name = "Location", description = "/api/reports/jobs/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportJob.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response start(GapReportJobPayload payload, @Context UriInfo uri) {
    ReportJob job = snapshots.start(caller.get(), payload == null ? null : payload.organisation());
    return Response.accepted(job)
        .location(uri.getBaseUriBuilder().path(ReportJobsResource.class).path(job.id()).build())
        .build();
  }

  @GET
  @Operation(
      summary = "Gap-report jobs and their snapshots",
      description =
          "Newest first (at most limit, default 100). An employer sees their organisation's; the"
              + " steward every one, or one organisation's with organisation=.")
  @APIResponse(
      responseCode = "200",
      description = "The jobs",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ReportJob.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<ReportJob> list(
      @Parameter(description = "An organisation's id") @QueryParam("organisation")
          String organisation,
      @Parameter(description = "How many, newest first (1 to 1,000; default 100)")
          @QueryParam("limit")
          String limit) {
    return snapshots.jobs(caller.get(), organisation, Paging.of(null, limit).limit());
  }

  @GET
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "A gap-report snapshot",
      description =
          "Summed up as JSON: how many workers, how many ready for their next stage, readiness by"
              + " stage, the most common gaps. With Accept: text/csv, every worker's gap in every"
              + " competency their next stage requires, one row each.")
  @APIResponse(
      responseCode = "200",
      description = "The snapshot",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GapSnapshotView.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response snapshot(
      @Parameter(description = "The job's (and snapshot's) id") @PathParam("id") String id,
      @Context HttpHeaders headers) {
    MediaType chosen = ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    if (CSV.equals(chosen)) {
      return Response.ok(snapshots.csv(caller.get(), id), Csv.MEDIA_TYPE)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"gap-reports-" + id + ".csv\"")
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    }
    return Response.ok(snapshots.snapshot(caller.get(), id), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("{id}/people")
  @Operation(
      summary = "The workers of a gap-report snapshot",
      description = "By username, paged (offset, limit; X-Total-Count), each with every gap.")
  @APIResponse(
      responseCode = "200",
      description = "A page of workers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SnapshotPerson.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response people(
      @Parameter(description = "The snapshot's id") @PathParam("id") String id,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Paging paging = Paging.of(offset, limit);
    return Paging.response(snapshots.people(caller.get(), id, paging.offset(), paging.limit()));
  }

  @GET
  @Path("{id}/comparison")
  @Operation(
      summary = "Compare a snapshot with an earlier one",
      description =
          "Every worker in either, with readiness before and after and the gaps closed and opened.")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SnapshotComparison.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public SnapshotComparison compare(
      @Parameter(description = "The later snapshot's id") @PathParam("id") String id,
      @Parameter(description = "The earlier snapshot's id") @QueryParam("with") String with) {
    return snapshots.compare(caller.get(), id, with);
  }
}
