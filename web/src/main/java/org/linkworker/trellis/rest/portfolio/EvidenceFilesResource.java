package org.linkworker.trellis.rest.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.portfolio.boundary.EvidenceContent;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.portfolio.boundary.EvidenceView;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One evidence file of a CPD entry: downloaded by the worker and their supervisor, removed by the
 * worker while the entry is a draft or returned. Anyone else gets 404. Files are attached through
 * {@code POST /api/cpd-entries/{id}/evidence} ({@link CpdEntriesResource}).
 */
@Path("evidence")
@RequestScoped
@Tag(name = "Portfolio")
public class EvidenceFilesResource {

  private EvidenceService evidence;
  private CurrentCaller caller;

  @Inject
  public EvidenceFilesResource(EvidenceService evidence, CurrentCaller caller) {
    this.evidence = evidence;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected EvidenceFilesResource() {}

  @GET
  @Path("{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download an evidence file",
      description =
          "The worker and their supervisor. Always as an attachment, in the type its content was"
              + " found to be when it was attached.")
  @APIResponse(
      responseCode = "200",
      description = "The file's bytes",
      headers = {
        @Header(name = "Content-Disposition", description = "attachment, with the file's name"),
        @Header(name = "X-Content-Type-Options", description = "nosniff")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response download(@Parameter(description = "Evidence id") @PathParam("id") String id) {
    EvidenceContent content = evidence.open(caller.get(), id);
    EvidenceView file = content.evidence();
    StreamingOutput bytes =
        out -> {
          try (InputStream in = content.bytes().get()) {
            in.transferTo(out);
          }
        };
    return Response.ok(bytes, file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.name()))
        .header(HttpHeaders.CONTENT_LENGTH, file.size())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Remove an evidence file",
      description = "The worker, while the entry is a draft or returned.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response remove(@Parameter(description = "Evidence id") @PathParam("id") String id) {
    evidence.remove(caller.get(), id);
    return Response.noContent().build();
  }

  /**
   * {@code attachment} with the name twice (RFC 6266): plain ASCII for old clients, where anything
   * else becomes {@code _}, and exact as UTF-8 in {@code filename*}. The name is already a plain
   * base name without control characters; quotes and backslashes are still kept out of the quoted
   * form.
   */
  static String attachment(String name) {
    StringBuilder ascii = new StringBuilder(name.length());
    StringBuilder encoded = new StringBuilder(name.length() * 3);
    name.codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttributeCharacter(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** RFC 8187's attr-char: what may stand unencoded in an extended parameter value. */
  private static boolean isAttributeCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
