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
import java.time.LocalDate;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.TeamMemberSupervision;
import org.linkworker.trellis.workforce.boundary.TeamService;

/**
 * How often an organisation's link workers are supervised (issue 11), a page as JSON or the whole
 * team as CSV by the Accept header; never the workers' private notes. Its employer and the steward;
 * someone of the organisation who may not see its reports gets 403, anyone else 404.
 */
@Path("organisations/{id}/supervision")
@RequestScoped
@Tag(name = "Workforce")
public class SupervisionFrequenciesResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

  private TeamService team;
  private CurrentCaller caller;

  @Inject
  public SupervisionFrequenciesResource(TeamService team, CurrentCaller caller) {
    this.team = team;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SupervisionFrequenciesResource() {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "The team's supervision frequency",
      description =
          "Every active link worker of the organisation (by display name): the date of their last"
              + " supervision session on or before the day, the days since, the sessions and"
              + " minutes of the twelve months ending on the day, the organisation's target"
              + " interval in weeks, the next due date (the last session plus the interval) and"
              + " whether they are `overdue` (no session ever, or the day is after the due date)."
              + " Never the worker's private notes. JSON a page at a time; `Accept: text/csv` for"
              + " the whole filtered team.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the team, or the whole team as CSV",
      headers = {
        @Header(name = Paging.TOTAL_COUNT, description = "How many people in all"),
        @Header(
            name = HttpHeaders.CONTENT_DISPOSITION,
            description = "For CSV: attachment; filename=\"team-supervision-<day>.csv\"")
      },
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(type = SchemaType.ARRAY, implementation = TeamMemberSupervision.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response supervision(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on,
      @Parameter(description = "Only workers at this career stage", example = "LINK_WORKER")
          @QueryParam("stage")
          String stage,
      @Parameter(description = "Only workers this supervisor (a username) supervises")
          @QueryParam("supervisor")
          String supervisor,
      @Parameter(description = "Rows to skip, from 0", example = "0") @QueryParam("offset")
          String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)", example = "100")
          @QueryParam("limit")
          String limit,
      @Context HttpHeaders headers) {
    TeamService.Filter filter = filter(on, null, stage, supervisor);
    if (wantsCsv(headers)) {
      return csv(
          () ->
              TeamService.supervisionCsv(
                  team.supervisionOfEveryone(caller.get(), organisation, filter)),
          "team-supervision",
          filter);
    }
    Paging paging = Paging.of(offset, limit);
    return Paging.response(
        team.supervision(caller.get(), organisation, filter, paging.offset(), paging.limit()));
  }

  private static TeamService.Filter filter(
      String on, String scheme, String stage, String supervisor) {
    LocalDate day = DateParameters.date("on", on);
    return new TeamService.Filter(day, scheme, stage, supervisor);
  }

  private static boolean wantsCsv(HttpHeaders headers) {
    return CSV.equals(ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV));
  }

  private Response csv(Supplier<String> body, String name, TeamService.Filter filter) {
    String content = body.get();
    LocalDate day = filter.on() == null ? team.today() : filter.on();
    return Attachments.of(content, Csv.MEDIA_TYPE, name + "-" + day + ".csv");
  }
}
