package org.linkworker.trellis.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.identity.boundary.AuditEntryView;
import org.linkworker.trellis.identity.boundary.AuditFilter;
import org.linkworker.trellis.identity.boundary.AuditService;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/** The audit log, the steward's alone: newest first, narrowed by actor, action and dates. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit")
public class AuditEntriesResource {

  private AuditService audit;
  private CurrentCaller caller;

  @Inject
  public AuditEntriesResource(AuditService audit, CurrentCaller caller) {
    this.audit = audit;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AuditEntriesResource() {}

  @GET
  @Operation(
      summary = "Page through the audit log",
      description =
          "The steward only. Sign-ins, failed sign-ins, lockouts and every change to"
              + " organisations and people, newest first. Dates are inclusive, in UTC.")
  @APIResponse(
      responseCode = "200",
      description = "One page of entries",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many entries match in all"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response find(
      @Parameter(description = "Username that acted", example = "alex.link") @QueryParam("actor")
          String actor,
      @Parameter(description = "What was done", example = "SIGN_IN_FAILED") @QueryParam("action")
          String action,
      @Parameter(description = "From this date (inclusive)", example = "2026-04-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Up to this date (inclusive)", example = "2026-04-30")
          @QueryParam("to")
          String to,
      @Parameter(description = "Rows to skip, from 0", example = "0") @QueryParam("offset")
          String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)", example = "100")
          @QueryParam("limit")
          String limit) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Paging paging = Paging.of(offset, limit);
    return Paging.response(
        audit.find(
            caller.get(),
            new AuditFilter(blankToNull(actor), blankToNull(action), fromDate, toDate),
            paging.offset(),
            paging.limit()));
  }

  /** A date parameter ({@code 2026-04-01}), null when left out; a wrong one goes into errors. */
  static LocalDate date(String name, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<LocalDate> day = CalendarDates.parse(value);
    if (day.isEmpty()) {
      errors.put(name, ApiTexts.text("api.audit.date.invalid"));
    }
    return day.orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
