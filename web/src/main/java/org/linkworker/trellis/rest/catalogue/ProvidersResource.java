package org.linkworker.trellis.rest.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.ProviderCoverage;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/** How a provider's catalogue covers the framework: that provider's people and the steward. */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Catalogue")
public class ProvidersResource {

  private CourseService courses;
  private CurrentCaller caller;

  @Inject
  public ProvidersResource(CourseService courses, CurrentCaller caller) {
    this.courses = courses;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ProvidersResource() {}

  @GET
  @Path("{id}/coverage")
  @Operation(
      summary = "A provider's coverage of the framework",
      description =
          "The share of the framework's competency × level pairs with at least one of the"
              + " provider's published courses, whole and per domain.")
  @APIResponse(
      responseCode = "200",
      description = "The coverage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProviderCoverage.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public ProviderCoverage coverage(
      @Parameter(description = "Provider organisation id") @PathParam("id") String id,
      @Parameter(description = "A framework code; default: the default framework")
          @QueryParam("framework")
          String framework) {
    return courses.coverage(caller.get(), id, framework);
  }
}
