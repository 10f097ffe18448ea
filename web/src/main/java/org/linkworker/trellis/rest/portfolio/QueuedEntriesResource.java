package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The signed-in supervisor's verification queue: the submitted entries of the link workers they
 * supervise, oldest submission first. Anyone else gets an empty list.
 */
@Path("me/verification-queue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class QueuedEntriesResource {

  private PortfolioService portfolio;
  private CurrentCaller caller;

  @Inject
  public QueuedEntriesResource(PortfolioService portfolio, CurrentCaller caller) {
    this.portfolio = portfolio;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected QueuedEntriesResource() {}

  @GET
  @Operation(
      summary = "My verification queue",
      description =
          "The submitted entries of the link workers I supervise, oldest first; verify or return"
              + " each with POST /api/cpd-entries/{id}/verify or /return.")
  @APIResponse(
      responseCode = "200",
      description = "The queue",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<EntryView> queue() {
    return portfolio.queue(caller.get());
  }
}
