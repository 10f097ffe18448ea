package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.DeclarationView;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One declaration against the code of practice: read by the worker, their supervisor, their
 * employer and the steward; never changed. Made through {@code POST
 * /api/people/{username}/declarations} ({@link WorkerDeclarationsResource}).
 */
@Path("declarations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class DeclarationsResource {

  private DeclarationService declarations;
  private CurrentCaller caller;

  @Inject
  public DeclarationsResource(DeclarationService declarations, CurrentCaller caller) {
    this.declarations = declarations;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected DeclarationsResource() {}

  @GET
  @Path("{id}")
  @Operation(summary = "One declaration against the code of practice")
  @APIResponse(
      responseCode = "200",
      description = "The declaration",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeclarationView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public DeclarationView find(
      @Parameter(description = "Declaration id") @PathParam("id") String id) {
    return declarations
        .find(caller.get(), id)
        .orElseThrow(() -> new NotVisibleException("declaration"));
  }
}
