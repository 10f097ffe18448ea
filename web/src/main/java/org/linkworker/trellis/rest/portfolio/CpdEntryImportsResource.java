package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.portfolio.boundary.CpdImportService;
import org.linkworker.trellis.rest.imports.ImportsResource;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A link worker imports their CPD history from CSV into their own portfolio; the import is then
 * followed at {@code /api/imports/{id}} like every import.
 */
@Path("people/{username}/cpd-entries/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class CpdEntryImportsResource {

  private CpdImportService imports;
  private CurrentCaller caller;

  @Inject
  public CpdEntryImportsResource(CpdImportService imports, CurrentCaller caller) {
    this.imports = imports;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected CpdEntryImportsResource() {}

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import the worker's CPD history from CSV",
      description =
          "The link worker themself. UTF-8 with a header row naming, in any order and case, the"
              + " columns key, date, title, type, hours, participatory, standard, what, learned,"
              + " change, claims, status (key, date, title, type and hours required). key is the"
              + " worker's own key of the row (1 to 80 characters, once in the file); date is"
              + " 2026-04-01 and not in the future; type one of COURSE, E_LEARNING, SUPERVISION,"
              + " PEER_LEARNING, REFLECTIVE_PRACTICE, SHADOWING, CONFERENCE, READING, OTHER; hours"
              + " 0.25 to 100; participatory true or false (default false); standard a code of"
              + " practice standard's code; what, learned and change the reflection's parts;"
              + " claims ;-separated COMPETENCY:LEVEL of the worker's framework, each competency"
              + " once (PC.1:2;CC.3:1); status DRAFT (default) or SUBMITTED. A row whose key one"
              + " of the worker's entries was imported under updates that entry while it is a"
              + " draft or returned, and otherwise leaves it (counted as unchanged); any other"
              + " row creates an entry. The file is checked whole first (400 when it cannot be"
              + " read, at most 10 MB and 50,000 rows); its rows are then imported by a batch job,"
              + " which keeps the good rows and lists the others by line, column and reason.")
  @RequestBody(
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "202",
      description = "Started; Location is the import's address",
      headers = @Header(name = "Location", description = "/api/imports/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response importHistory(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      byte[] file,
      @Parameter(description = "The file's name, shown with the import") @HeaderParam("X-File-Name")
          String fileName,
      @Context UriInfo uri) {
    ImportView started = imports.start(caller.get(), username, fileName, file);
    return Response.accepted(started)
        .location(uri.getBaseUriBuilder().path(ImportsResource.class).path(started.id()).build())
        .build();
  }
}
