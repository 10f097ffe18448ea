package org.linkworker.trellis.rest.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.catalogue.boundary.ProvisionCell;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.ProvisionService;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Provision (PRODUCT.md): for every competency × level of the framework, how many published courses
 * are mapped there; a competency-level with none is a gap in provision. For anyone signed in, as
 * JSON or CSV.
 */
@Path("provision")
@RequestScoped
@Tag(name = "Catalogue")
public class ProvisionResource {

  private static final MediaType CSV = MediaType.valueOf("text/csv");

  private ProvisionService courses;
  private CurrentCaller caller;

  @Inject
  public ProvisionResource(ProvisionService courses, CurrentCaller caller) {
    this.courses = courses;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ProvisionResource() {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "Provision per competency and level",
      description =
          "Every competency × level of a current framework (the default one unless named), in"
              + " its order, with the number of published courses mapped there (0: a gap in"
              + " provision) and the demand: how many active link workers have attained < level"
              + " <= what their next stage requires there, as counts, from the latest completed"
              + " gap-report snapshot (0 before the first). As JSON, or CSV with Accept: text/csv.")
  @APIResponse(
      responseCode = "200",
      description = "The provision",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProvisionCell.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response provision(
      @Parameter(description = "A framework code; default: the default framework")
          @QueryParam("framework")
          String framework,
      @Context HttpHeaders headers) {
    // The container's own negotiation (quality values included); JSON when the client says nothing.
    MediaType chosen = ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    if (CSV.equals(chosen)) {
      return Response.ok(courses.provisionReport(caller.get(), framework), Csv.MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"provision.csv\"")
          .build();
    }
    return Response.ok(courses.provision(caller.get(), framework), MediaType.APPLICATION_JSON)
        .build();
  }
}
