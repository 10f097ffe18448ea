package org.linkworker.trellis.rest.workforce;

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
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.Coverage;
import org.linkworker.trellis.workforce.boundary.CoverageService;

/**
 * An organisation's staff competency coverage (API.md): as JSON, or as CSV or PDF by the Accept
 * header. Its employer and the steward; someone of the organisation who may not see its reports
 * gets 403, anyone else 404, as for an organisation that does not exist.
 */
@Path("organisations/{id}/coverage")
@RequestScoped
@Tag(name = "Workforce")
public class CoverageReportsResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);
  private static final MediaType PDF = MediaType.valueOf(PdfLayout.MEDIA_TYPE);

  private CoverageService coverage;
  private CurrentCaller caller;

  @Inject
  public CoverageReportsResource(CoverageService coverage, CurrentCaller caller) {
    this.coverage = coverage;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected CoverageReportsResource() {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, PdfLayout.MEDIA_TYPE})
  @Operation(
      summary = "An organisation's staff competency coverage",
      description =
          "Every active link worker of the organisation (`people`), each against the career stage"
              + " they are at now, on the day. Per competency of their framework: `required`, the"
              + " people whose stage requires it; `covered`, those of them who attain at least the"
              + " level their stage requires; `share` = covered ÷ required (null when no one"
              + " requires it); `byLevel`, how many people hold each level (\"0\" to the top"
              + " level); and `singlePointOfFailure` where exactly one person covers it (named by"
              + " `soleHolder`). `staff` gives the heatmap's rows: each person's level in every"
              + " competency and the levels their stage requires. `stage` and `supervisor` narrow"
              + " the team to one career stage or to the workers of one supervisor. JSON by"
              + " default; `Accept: text/csv` for one row per competency (`part=competencies`, the"
              + " default) or per person (`part=staff`); `Accept: application/pdf` for the"
              + " figures and the heatmap laid out for A4 landscape. CSV and PDF come as"
              + " attachments.")
  @APIResponse(
      responseCode = "200",
      description = "The coverage",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Coverage.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = PdfLayout.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers =
          @Header(
              name = HttpHeaders.CONTENT_DISPOSITION,
              description =
                  "For CSV: attachment; filename=\"coverage-<part>-<day>.csv\"; for PDF:"
                      + " coverage-<day>.pdf"))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response coverage(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on,
      @Parameter(
              description = "Only the workers at this career stage (its code)",
              example = "SENIOR")
          @QueryParam("stage")
          String stage,
      @Parameter(
              description = "Only the workers this supervisor (a username) supervises",
              example = "sam.supervisor")
          @QueryParam("supervisor")
          String supervisor,
      @Parameter(
              description = "For CSV, the part: `competencies` (default) or `staff`",
              example = "staff")
          @QueryParam("part")
          String part,
      @Context HttpHeaders headers) {
    Coverage report =
        coverage.coverage(
            caller.get(), organisation, DateParameters.date("on", on), stage, supervisor);
    MediaType chosen =
        ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV, PDF);
    if (CSV.equals(chosen)) {
      return Attachments.of(
          coverage.csv(report, part),
          Csv.MEDIA_TYPE,
          CoverageService.fileName(report, part == null ? "" : part) + ".csv");
    }
    if (PDF.equals(chosen)) {
      return Attachments.of(
          coverage.pdf(report),
          PdfLayout.MEDIA_TYPE,
          CoverageService.fileName(report, null) + ".pdf");
    }
    return Response.ok(report, MediaType.APPLICATION_JSON).build();
  }
}
