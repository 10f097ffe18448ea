package org.linkworker.trellis.rest.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.privacy.boundary.ErasureService;
import org.linkworker.trellis.privacy.boundary.ErasureView;
import org.linkworker.trellis.privacy.entity.ErasureStatus;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/** Erasure requests: listed, carried out by the steward, withdrawn. */
@Path("erasures")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Privacy")
public class ErasuresResource {

  private ErasureService erasures;
  private CurrentCaller caller;

  @Inject
  public ErasuresResource(ErasureService erasures, CurrentCaller caller) {
    this.erasures = erasures;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ErasuresResource() {}

  @GET
  @Operation(
      summary = "Erasure requests",
      description =
          "The steward sees every request, an employer their organisation's; newest first,"
              + " narrowed to one status when given.")
  @APIResponse(
      responseCode = "200",
      description = "One page of requests",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many match in all"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ErasureView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response list(
      @Parameter(description = "CONFIRMED, ERASED or WITHDRAWN", example = "CONFIRMED")
          @QueryParam("status")
          String status,
      @Parameter(description = "Rows to skip, from 0") @QueryParam("offset") String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)") @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    return Paging.response(
        erasures.list(caller.get(), status(status), paging.offset(), paging.limit()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One erasure request")
  @APIResponse(
      responseCode = "200",
      description = "The request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ErasureView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public ErasureView find(@Parameter(description = "Request id") @PathParam("id") String id) {
    return erasures.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("erasure"));
  }

  @POST
  @Path("{id}/erase")
  @Operation(
      summary = "Erase the person's data",
      description =
          "The steward, once the employer has confirmed. Deletes the account, entries,"
              + " reflections, claims, evidence and its files, assessments, supervision records,"
              + " declarations, imports, notifications and tokens; where other records must keep"
              + " a name (entries the person verified, gap-report snapshots, the audit log) they"
              + " keep a pseudonym. Counts in snapshots stay as they were. 409 unless the request"
              + " is CONFIRMED, or while the person supervises active link workers.")
  @APIResponse(
      responseCode = "200",
      description = "Erased: the request, naming the person by pseudonym only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ErasureView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ErasureView erase(@Parameter(description = "Request id") @PathParam("id") String id) {
    return erasures.erase(caller.get(), id);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(
      summary = "Withdraw an erasure request",
      description = "Its employer or the steward, while it is CONFIRMED; 409 otherwise.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ErasureView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ErasureView withdraw(@Parameter(description = "Request id") @PathParam("id") String id) {
    return erasures.withdraw(caller.get(), id);
  }

  private static ErasureStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ErasureStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Map.of("status", ApiTexts.text("api.erasures.status")));
    }
  }
}
