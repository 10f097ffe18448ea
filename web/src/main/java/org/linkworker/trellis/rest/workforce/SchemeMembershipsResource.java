package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceReport;
import org.linkworker.trellis.workforce.boundary.ComplianceService;

/**
 * The schemes a person is under, with their compliance with each: the person, their supervisor,
 * their employer and the steward read them; the person or their employer puts them under a scheme
 * that applies to chosen people, or takes them out. Anyone else gets 404.
 */
@Path("people/{username}/schemes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Compliance")
public class SchemeMembershipsResource {

  private ComplianceService compliance;
  private CurrentCaller caller;

  @Inject
  public SchemeMembershipsResource(ComplianceService compliance, CurrentCaller caller) {
    this.compliance = compliance;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SchemeMembershipsResource() {}

  @GET
  @Operation(
      summary = "A person's compliance with every scheme they are under",
      description =
          "The association's scheme first (every link worker is under it), then the other national"
              + " schemes they were put under (THREE_YEAR), then their employer's mandatory training.")
  @APIResponse(
      responseCode = "200",
      description = "One compliance report per scheme",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ComplianceReport.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<ComplianceReport> schemes(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on) {
    return compliance.everyScheme(caller.get(), username, DateParameters.date("on", on));
  }

  @PUT
  @Path("{scheme}")
  @Operation(
      summary = "Put a person under a scheme",
      description =
          "For schemes that apply to chosen people (THREE_YEAR): the person themself or their"
              + " employer. Doing it twice changes nothing.")
  @APIResponse(responseCode = "204", description = "The person is under the scheme")
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response join(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "The scheme's code", example = "THREE_YEAR") @PathParam("scheme")
          String scheme) {
    compliance.choose(caller.get(), username, scheme, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{scheme}")
  @Operation(
      summary = "Take a person out of a scheme",
      description =
          "For schemes that apply to chosen people: the person themself or their employer.")
  @APIResponse(responseCode = "204", description = "The person is not under the scheme")
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response leave(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "The scheme's code", example = "THREE_YEAR") @PathParam("scheme")
          String scheme) {
    compliance.choose(caller.get(), username, scheme, false);
    return Response.noContent().build();
  }
}
