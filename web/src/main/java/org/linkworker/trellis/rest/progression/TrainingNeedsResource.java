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
import org.linkworker.trellis.progression.boundary.TrainingNeeds;
import org.linkworker.trellis.progression.boundary.TrainingNeedsService;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * An organisation's training needs analysis: as JSON, or a part of it as CSV by the Accept header.
 * Its employer and the steward; someone of the organisation who may not see its reports gets 403,
 * anyone else 404, as for an organisation that does not exist.
 */
@Path("organisations/{id}/training-needs")
@RequestScoped
@Tag(name = "Progression")
public class TrainingNeedsResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

  private TrainingNeedsService needs;
  private CurrentCaller caller;

  @Inject
  public TrainingNeedsResource(TrainingNeedsService needs, CurrentCaller caller) {
    this.needs = needs;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected TrainingNeedsResource() {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "An organisation's training needs analysis",
      description =
          "Every active link worker of the organisation against their next career stage (the"
              + " last stage for a worker at the last) on the day: the gaps summed by competency"
              + " (`workers` with a gap, their gap `points`, and the range of levels required),"
              + " most needed first; and the course set, the published courses chosen greedily for"
              + " the whole team at once (the one closing the most gap points across the team"
              + " first; ties to fewer hours, then title, then id), each with the points it closes,"
              + " how many people it helps, its hours per gap point and the competencies it"
              + " addresses. `totals` gives the set's hours, the gap points it closes and leaves,"
              + " and its hours per gap point closed (null when it closes none). JSON by default;"
              + " `Accept: text/csv` for the gaps, one row per competency (`part=gaps`, the"
              + " default), or the course set, one row per course (`part=courses`), as an"
              + " attachment.")
  @APIResponse(
      responseCode = "200",
      description = "The analysis",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingNeeds.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
      },
      headers =
          @Header(
              name = HttpHeaders.CONTENT_DISPOSITION,
              description = "For CSV: attachment; filename=\"training-needs-<part>-<day>.csv\""))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response analysis(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on,
      @Parameter(
              description = "For CSV, the part: `gaps` (default) or `courses`",
              example = "courses")
          @QueryParam("part")
          String part,
      @Context HttpHeaders headers) {
    TrainingNeeds analysis = needs.needs(caller.get(), organisation, DateParameters.date("on", on));
    MediaType chosen = ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    if (CSV.equals(chosen)) {
      return Attachments.of(
          needs.csv(analysis, part),
          Csv.MEDIA_TYPE,
          TrainingNeedsService.fileName(analysis, part) + ".csv");
    }
    return Response.ok(analysis, MediaType.APPLICATION_JSON).build();
  }
}
