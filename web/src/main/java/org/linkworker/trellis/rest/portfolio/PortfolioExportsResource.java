package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.portfolio.boundary.PortfolioArchive;
import org.linkworker.trellis.portfolio.boundary.PortfolioExportService;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A worker's whole portfolio as a ZIP archive they can take elsewhere (also the UK GDPR
 * subject-access export): {@code portfolio.json} and the evidence files. The worker alone; their
 * supervisor and employer get 403, anyone else 404.
 */
@Path("people/{username}/portfolio-export")
@RequestScoped
@Tag(name = "Portfolio")
public class PortfolioExportsResource {

  private PortfolioExportService exports;
  private CurrentCaller caller;

  @Inject
  public PortfolioExportsResource(PortfolioExportService exports, CurrentCaller caller) {
    this.exports = exports;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected PortfolioExportsResource() {}

  @GET
  @Produces(PortfolioArchive.MEDIA_TYPE)
  @Operation(
      summary = "Download the whole portfolio",
      description =
          "The worker themself. A ZIP archive holding portfolio.json (format"
              + " trellis-portfolio-export/1: the person, every CPD entry with its reflection,"
              + " claims and decision, every evidence file's details and its path in the archive,"
              + " every assessment, withdrawn ones marked, every supervision record with its"
              + " private notes, every declaration) and each evidence file as"
              + " evidence/<id>-<name>.")
  @APIResponse(
      responseCode = "200",
      description = "The archive",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"portfolio-<username>-<date>.zip\""),
      content =
          @Content(
              mediaType = PortfolioArchive.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response export(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username) {
    PortfolioArchive archive = exports.export(caller.get(), username);
    StreamingOutput zip = archive::writeTo;
    return Response.ok(zip, PortfolioArchive.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, EvidenceFilesResource.attachment(archive.fileName()))
        .build();
  }
}
