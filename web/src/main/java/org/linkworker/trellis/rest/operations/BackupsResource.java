package org.linkworker.trellis.rest.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.operations.boundary.BackupService;
import org.linkworker.trellis.operations.boundary.BackupView;
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
          "The steward only. Derby's online backup copies the database as it was committed when"
              + " the backup began, while the server keeps serving; the evidence files are copied"
              + " after it (deletions held meanwhile), so every file the backup's rows name is in"
              + " it. Written into a new folder under the server's backup folder (TRELLIS_HOME/"
              + "backups for the run command): trellis/ (the database), evidence/ and"
              + " backup.properties, written last. One backup at a time (409 while one is made)."
              + " Restore with ./run.sh --restore <folder> into a data folder without a database."
              + " Audited as BACKUP_MADE. Takes no body.")
  @APIResponse(
      responseCode = "201",
      description = "Made; the answer says where and how large",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BackupView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response backUp() {
    return Response.status(Response.Status.CREATED).entity(backups.backUp(caller.get())).build();
  }
}
