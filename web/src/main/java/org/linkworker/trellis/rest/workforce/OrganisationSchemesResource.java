package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceService;
import org.linkworker.trellis.workforce.boundary.SchemeView;

/**
 * An organisation's own requirement schemes (its mandatory training): its employer defines them;
 * its employer and the steward list them. Anyone else gets 404.
 */
@Path("organisations/{id}/schemes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Compliance")
public class OrganisationSchemesResource {

  private ComplianceService compliance;
  private CurrentCaller caller;

  @Inject
  public OrganisationSchemesResource(ComplianceService compliance, CurrentCaller caller) {
    this.compliance = compliance;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected OrganisationSchemesResource() {}

  @GET
  @Operation(
      summary = "An organisation's own schemes",
      description = "Its mandatory training; for its employer and the steward.")
  @APIResponse(
      responseCode = "200",
      description = "The organisation's schemes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SchemeView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<SchemeView> ofOrganisation(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation) {
    return compliance.schemesOfOrganisation(caller.get(), organisation);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Define mandatory training",
      description =
          "The organisation's employer. Every link worker of the organisation is under it: an item"
              + " is met on a day by a submitted or verified entry claiming its competency dated"
              + " within the refresher interval before that day (the first day of the interval"
              + " counts).")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its address",
      headers = @Header(name = "Location", description = "/api/schemes/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SchemeView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response define(
      @Parameter(description = "The organisation's id") @PathParam("id") String organisation,
      SchemePayload scheme,
      @Context UriInfo uri) {
    SchemeView created =
        compliance.define(caller.get(), organisation, RequestBodies.required(scheme).toInput());
    return Response.created(
            uri.getBaseUriBuilder().path(SchemesResource.class).path(created.id()).build())
        .entity(created)
        .build();
  }
}
