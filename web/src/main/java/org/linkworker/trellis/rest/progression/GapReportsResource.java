package org.linkworker.trellis.rest.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.GapReport;
import org.linkworker.trellis.progression.boundary.GapReportService;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A worker's career progression gap report (API.md): as JSON, or as CSV or PDF by the Accept
 * header. The worker, their supervisor, their employer and the steward; anyone else gets 404.
 */
@Path("people/{username}/gap-report")
@RequestScoped
@Tag(name = "Progression")
public class GapReportsResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);
  private static final MediaType PDF = MediaType.valueOf(GapReportService.PDF_MEDIA_TYPE);

  private GapReportService reports;
  private CurrentCaller caller;

  @Inject
  public GapReportsResource(GapReportService reports, CurrentCaller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected GapReportsResource() {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, GapReportService.PDF_MEDIA_TYPE})
  @Operation(
      summary = "A worker's gap report against a career stage",
      description =
          "Every competency the stage requires (by default the worker's next stage; the last"
              + " stage for a worker at the last) with the level required, the level attained and"
              + " the gap, max(0, required − attained); readiness, the share of those with no gap;"
              + " and the published courses recommended greedily (the one closing the most gap"
              + " points first; ties to fewer hours, then title, then id), each with the"
              + " competencies it addresses. JSON by default; `Accept: text/csv` for one row per"
              + " competency; `Accept: application/pdf` for the report laid out for A4 (readiness"
              + " with a chart, the gaps by domain, the courses). CSV and PDF come as attachments.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GapReport.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = GapReportService.PDF_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers =
          @Header(
              name = HttpHeaders.CONTENT_DISPOSITION,
              description =
                  "For CSV and PDF: attachment; filename=\"gap-report-<username>-<stage>.csv\""
                      + " (or .pdf)"))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response report(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(
              description = "A career stage's code (default: the worker's next stage)",
              example = "SENIOR")
          @QueryParam("stage")
          String stage,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on,
      @Context HttpHeaders headers) {
    GapReport report = reports.report(caller.get(), username, stage, DateParameters.date("on", on));
    MediaType chosen =
        ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV, PDF);
    String name = "gap-report-" + report.username() + "-" + report.stage().toLowerCase();
    if (CSV.equals(chosen)) {
      return Attachments.of(reports.csv(report), Csv.MEDIA_TYPE, name + ".csv");
    }
    if (PDF.equals(chosen)) {
      return Attachments.of(reports.pdf(report), GapReportService.PDF_MEDIA_TYPE, name + ".pdf");
    }
    return Response.ok(report, MediaType.APPLICATION_JSON).build();
  }
}
