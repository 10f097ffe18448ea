package org.linkworker.trellis.rest.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Imports (batch jobs that read a file: a provider's catalogue, a link worker's CPD history): their
 * progress and outcome, the rows they refused, and stopping and restarting them. Visible to whoever
 * started one and the steward; another's import is 404.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Imports")
public class ImportsResource {

  private ImportService imports;
  private CurrentCaller caller;

  @Inject
  public ImportsResource(ImportService imports, CurrentCaller caller) {
    this.imports = imports;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ImportsResource() {}

  @GET
  @Operation(summary = "The caller's imports", description = "Newest first, the last 20.")
  @APIResponse(
      responseCode = "200",
      description = "The imports, without their errors",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ImportView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<ImportView> recent() {
    return imports.recent(caller.get());
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "An import's progress and outcome",
      description =
          "status is STARTING, STARTED, COMPLETED, FAILED or STOPPED; errors lists the rows"
              + " refused (row is the file's line number, the header being line 1), the first"
              + " 1,000 of them; the error report has them all.")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public ImportView find(@Parameter(description = "Import id") @PathParam("id") String id) {
    return imports.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("import"));
  }

  @GET
  @Path("{id}/errors")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "An import's error report",
      description = "Every refused row's line, column and message, as CSV.")
  @APIResponse(
      responseCode = "200",
      description = "The error report",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response errors(@Parameter(description = "Import id") @PathParam("id") String id) {
    return Response.ok(imports.errorReport(caller.get(), id))
        .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"")
        .build();
  }

  @POST
  @Path("{id}/stop")
  @Operation(
      summary = "Stop a running import",
      description = "Whoever started it. It can be restarted and continues where it stopped.")
  @APIResponse(
      responseCode = "200",
      description = "The import, stopping",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public ImportView stop(@Parameter(description = "Import id") @PathParam("id") String id) {
    return imports.stop(caller.get(), id);
  }

  @POST
  @Path("{id}/restart")
  @Operation(
      summary = "Restart a failed or stopped import",
      description =
          "Whoever started it. It continues after the last rows committed, without duplicates.")
  @APIResponse(
      responseCode = "200",
      description = "The import, running again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public ImportView restart(@Parameter(description = "Import id") @PathParam("id") String id) {
    return imports.restart(caller.get(), id);
  }
}
