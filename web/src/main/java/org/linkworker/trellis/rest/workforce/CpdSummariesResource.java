package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.CpdSummaryFile;
import org.linkworker.trellis.workforce.boundary.CpdSummaryService;

/**
 * A person's CPD summary for a period, as a PDF to print or keep: the worker, their supervisor and
 * their employer (without reflections) may have it; anyone else gets 404, as for the portfolio.
 */
@Path("people/{username}/cpd-summary")
@RequestScoped
@Tag(name = "Workforce")
public class CpdSummariesResource {

  private CpdSummaryService summaries;
  private CurrentCaller caller;

  @Inject
  public CpdSummariesResource(CpdSummaryService summaries, CurrentCaller caller) {
    this.summaries = summaries;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected CpdSummariesResource() {}

  @GET
  @Produces(CpdSummaryFile.MEDIA_TYPE)
  @Operation(
      summary = "A person's CPD summary as PDF",
      description =
          "Every entry dated from `from` to `to` (both inclusive, at most ten years apart), the"
              + " hours by activity type with a chart, verification and compliance with each"
              + " requirement scheme, laid out for A4. The worker and their supervisor get the"
              + " reflections too; their employer gets the summary without them. `from` defaults"
              + " to 1 April of the membership year that contains today, `to` to today. Always an"
              + " attachment.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      headers =
          @Header(
              name = HttpHeaders.CONTENT_DISPOSITION,
              description = "attachment; filename=\"cpd-summary-<username>-<from>-<to>.pdf\""),
      content =
          @Content(
              mediaType = CpdSummaryFile.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response summary(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(
              description = "The first day (default: 1 April of the current membership year)",
              example = "2025-04-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "The last day (default: today)", example = "2026-03-31")
          @QueryParam("to")
          String to) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate first = date("from", from, summaries::membershipYearStart, errors);
    LocalDate last = date("to", to, summaries::today, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CpdSummaryFile file = summaries.summary(caller.get(), username, first, last);
    return Attachments.of(file.content(), CpdSummaryFile.MEDIA_TYPE, file.fileName());
  }

  /** The day given, or the default when none is; a day that is not one is an error of its field. */
  private static LocalDate date(
      String name, String value, Supplier<LocalDate> otherwise, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return otherwise.get();
    }
    Optional<LocalDate> day = CalendarDates.parse(value);
    if (day.isEmpty()) {
      errors.put(name, ApiTexts.text("api.audit.date.invalid"));
    }
    return day.orElse(null);
  }
}
