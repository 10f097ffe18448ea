package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.portfolio.boundary.EvidenceView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One CPD entry: read by its worker, their supervisor and their employer (without the reflection);
 * changed and submitted by the worker; verified or returned by their supervisor. A transition the
 * entry cannot make is 409 with what it is; an entry the caller may not see is 404. Its evidence
 * files are attached here and listed for the worker and their supervisor; each is then read and
 * removed at {@code /api/evidence/{id}} ({@link EvidenceFilesResource}).
 */
@Path("cpd-entries")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class CpdEntriesResource {

  private PortfolioService portfolio;
  private EvidenceService evidence;
  private CurrentCaller caller;

  @Inject
  public CpdEntriesResource(
      PortfolioService portfolio, EvidenceService evidence, CurrentCaller caller) {
    this.portfolio = portfolio;
    this.evidence = evidence;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected CpdEntriesResource() {}

  /** The body of verify ({@code note}) and return ({@code reason}). */
  @Schema(name = "Decision")
  @JsonbPropertyOrder({"note", "reason"})
  public record DecisionPayload(
      @Schema(nullable = true, description = "On verifying: the supervisor's note") String note,
      @Schema(nullable = true, description = "On returning: why, required") String reason) {}

  @GET
  @Path("{id}")
  @Operation(summary = "One CPD entry")
  @APIResponse(
      responseCode = "200",
      description = "The entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public EntryView find(@Parameter(description = "Entry id") @PathParam("id") String id) {
    return portfolio.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("entry"));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a CPD entry",
      description = "The worker, while it is a draft or returned. Carry the version that was read.")
  @APIResponse(
      responseCode = "200",
      description = "The entry as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public EntryView update(
      @Parameter(description = "Entry id") @PathParam("id") String id, EntryPayload entry) {
    EntryPayload body = RequestBodies.required(entry);
    if (body.version() == null) {
      throw new InvalidInputException(
          Map.of("version", ApiTexts.text("api.entries.version.required")));
    }
    return portfolio.update(caller.get(), id, body.version(), body.toInput());
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Submit a CPD entry to the supervisor", description = "The worker.")
  @APIResponse(
      responseCode = "200",
      description = "The entry, submitted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public EntryView submit(@Parameter(description = "Entry id") @PathParam("id") String id) {
    return portfolio.submit(caller.get(), id);
  }

  @POST
  @Path("{id}/verify")
  @Operation(summary = "Verify a submitted CPD entry", description = "The worker's supervisor.")
  @APIResponse(
      responseCode = "200",
      description = "The entry, verified",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public EntryView verify(
      @Parameter(description = "Entry id") @PathParam("id") String id, DecisionPayload decision) {
    return portfolio.verify(caller.get(), id, decision == null ? null : decision.note());
  }

  @POST
  @Path("{id}/return")
  @Operation(
      summary = "Return a submitted CPD entry with a reason",
      description = "The worker's supervisor. The worker edits it and submits it again.")
  @APIResponse(
      responseCode = "200",
      description = "The entry, returned",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public EntryView returnEntry(
      @Parameter(description = "Entry id") @PathParam("id") String id, DecisionPayload decision) {
    return portfolio.returnEntry(caller.get(), id, decision == null ? null : decision.reason());
  }

  @POST
  @Path("{id}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @EvidenceUpload
  @Operation(
      summary = "Attach an evidence file to a CPD entry",
      description =
          "The worker, while the entry is a draft or returned: multipart/form-data with the file"
              + " in the part named file. PDF, PNG, JPEG or DOCX as the content shows (not the"
              + " name), up to 10 MB unless the server says otherwise; at most 20 per entry.")
  @APIResponse(
      responseCode = "201",
      description = "Attached; Location is where to download it",
      headers = @Header(name = "Location", description = "/api/evidence/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response attach(
      @Parameter(description = "Entry id") @PathParam("id") String id,
      @FormParam("file") EntityPart file,
      @Context UriInfo uri) {
    EvidenceView attached;
    try (InputStream content = file == null ? null : file.getContent()) {
      attached =
          evidence.attach(
              caller.get(), id, file == null ? null : file.getFileName().orElse(null), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.created(
            uri.getBaseUriBuilder().path(EvidenceFilesResource.class).path(attached.id()).build())
        .entity(attached)
        .build();
  }

  @GET
  @Path("{id}/evidence")
  @Operation(
      summary = "A CPD entry's evidence files",
      description = "The worker and their supervisor; in the order they were attached.")
  @APIResponse(
      responseCode = "200",
      description = "The files, without their bytes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public List<EvidenceView> evidence(
      @Parameter(description = "Entry id") @PathParam("id") String id) {
    return evidence.list(caller.get(), id);
  }
}
