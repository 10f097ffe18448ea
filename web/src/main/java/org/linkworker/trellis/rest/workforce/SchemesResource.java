package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceService;
import org.linkworker.trellis.workforce.boundary.SchemeView;

/**
 * One requirement scheme: a national one (ASSOCIATION, THREE_YEAR) for anyone signed in, an
 * employer's mandatory training for its people and the steward, revised by its employer.
 */
@Path("schemes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Compliance")
public class SchemesResource {

  private ComplianceService compliance;
  private CurrentCaller caller;

  @Inject
  public SchemesResource(ComplianceService compliance, CurrentCaller caller) {
    this.compliance = compliance;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected SchemesResource() {}

  @GET
  @Path("{id}")
  @Operation(summary = "One scheme")
  @APIResponse(
      responseCode = "200",
      description = "The scheme",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SchemeView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public SchemeView find(@Parameter(description = "The scheme's id") @PathParam("id") String id) {
    return compliance.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("scheme"));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise mandatory training",
      description = "Its title and items; the code stays. Carry the version that was read.")
  @APIResponse(
      responseCode = "200",
      description = "The revised scheme",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SchemeView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public SchemeView revise(
      @Parameter(description = "The scheme's id") @PathParam("id") String id,
      SchemePayload scheme) {
    SchemePayload body = RequestBodies.required(scheme);
    if (body.version() == null) {
      throw new InvalidInputException(
          Map.of("version", ApiTexts.text("api.schemes.version.required")));
    }
    return compliance.revise(caller.get(), id, body.toInput(), body.version());
  }
}
