package org.linkworker.trellis.rest.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.operations.boundary.BackupService;
import org.linkworker.trellis.operations.boundary.BackupView;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * An online backup of the database and the evidence files, for the steward ({@code ./run.sh
 * --backup} calls it); restoring one is offline ({@code ./run.sh --restore}).
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Operations")
public class BackupsResource {

  private BackupService backups;
  private CurrentCaller caller;

  @Inject
  public BackupsResource(BackupService backups, CurrentCaller caller) {
    this.backups = backups;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected BackupsResource() {}

  @POST
  @Operation(
      summary = "Back up the database and the evidence files now",
      description =
          "The steward only. Derby's online backup copies a consistent state of the database (no"
              + " earlier than when the backup began) while the server keeps serving; the evidence files are copied"
              + " after it (deletions held meanwhile), so every file the backup's rows name is in"
              + " it. Written into a new folder under the server's backup folder (TRELLIS_HOME/"
              + "backups for the run command): trellis/ (the database), evidence/ and"
              + " backup.properties, written last. One backup at a time (409 while one is made)."
              + " Restore with ./run.sh --restore <folder> into a data folder without a database."
              + " Audited as BACKUP_MADE. Takes no body.")
  @APIResponse(
      responseCode = "201",
      description = "Made; Location is its address, the answer says where and how large",
      headers = @Header(name = "Location", description = "/api/backups/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BackupView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response backUp(@Context UriInfo uri) {
    BackupView made = backups.backUp(caller.get());
    return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build())
        .entity(made)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One complete backup",
      description =
          "The steward only; a backup interrupted halfway (no backup.properties) is none.")
  @APIResponse(
      responseCode = "200",
      description = "The backup, as its backup.properties describes it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BackupView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public BackupView find(
      @Parameter(description = "Backup id, its time in UTC", example = "2026-11-30T09-41-07Z")
          @PathParam("id")
          String id) {
    return backups.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("backup"));
  }
}
