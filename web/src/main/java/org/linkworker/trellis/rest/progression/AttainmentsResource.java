package org.linkworker.trellis.rest.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.progression.boundary.AttainmentService;
import org.linkworker.trellis.progression.boundary.CompetencyAttainment;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A worker's attained level in every competency of their framework on a day (PRODUCT.md: Attained
 * level, Currency, History): the worker, their supervisor, their employer and the steward; anyone
 * else gets 404.
 */
@Path("people/{username}/attainment")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Progression")
public class AttainmentsResource {

  private AttainmentService attainment;
  private CurrentCaller caller;

  @Inject
  public AttainmentsResource(AttainmentService attainment, CurrentCaller caller) {
    this.attainment = attainment;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AttainmentsResource() {}

  @GET
  @Operation(
      summary = "A worker's attainment on a day",
      description =
          "Every competency of the worker's framework in the framework's order, level 0 included."
              + " A verified entry's claims count from the day it was verified and an assessment"
              + " from the day it was recorded until it is withdrawn, so a past day shows what was"
              + " attained then. Each competency also says when its level lapses if nothing new"
              + " is recorded, and the evidence that carries it.")
  @APIResponse(
      responseCode = "200",
      description = "The attainment, one row per competency",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = CompetencyAttainment.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<CompetencyAttainment> attainment(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on) {
    return attainment
        .attainment(caller.get(), username, DateParameters.date("on", on))
        .competencies();
  }
}
