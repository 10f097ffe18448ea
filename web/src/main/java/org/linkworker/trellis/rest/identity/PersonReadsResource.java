package org.linkworker.trellis.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.linkworker.trellis.identity.boundary.AuditService;
import org.linkworker.trellis.identity.boundary.ReadView;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/** Who other than the worker read the worker's reflections or opened their evidence files. */
@Path("people/{username}/reads")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit")
public class PersonReadsResource {

  private AuditService audit;
  private CurrentCaller caller;

  @Inject
  public PersonReadsResource(AuditService audit, CurrentCaller caller) {
    this.audit = audit;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected PersonReadsResource() {}

  @GET
  @Operation(
      summary = "Who read a worker's reflections and evidence",
      description =
          "The worker themself (and the steward): every time someone else was shown reflections"
              + " of theirs (an entry, a list of entries, the verification queue, a CPD summary)"
              + " or opened one of their evidence files, newest first, from the audit log.")
  @APIResponse(
      responseCode = "200",
      description = "One page of reads",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many there are"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ReadView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response list(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "Rows to skip, from 0") @QueryParam("offset") String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)") @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    return Paging.response(audit.readsOf(caller.get(), username, paging.offset(), paging.limit()));
  }
}
