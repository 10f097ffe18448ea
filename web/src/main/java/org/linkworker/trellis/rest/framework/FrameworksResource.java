package org.linkworker.trellis.rest.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.problem.StandardResponses;

/**
 * Framework versions: the list, one version whole, and its CASE export. Anyone signed in may read
 * them (PRODUCT.md).
 */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Frameworks")
public class FrameworksResource {

  private FrameworkService frameworks;

  @Inject
  public FrameworksResource(FrameworkService frameworks) {
    this.frameworks = frameworks;
  }

  /** For the CDI client proxy only. */
  protected FrameworksResource() {}

  @GET
  @Operation(
      summary = "List framework versions",
      description = "Every framework version, newest first within a code; one is marked current.")
  @APIResponse(
      responseCode = "200",
      description = "The framework versions (an empty array when none is loaded)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = FrameworkSummaryView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<FrameworkSummaryView> list() {
    return frameworks.list().stream().map(FrameworkSummaryView::of).toList();
  }

  @GET
  @Path("current")
  @Operation(
      summary = "The current framework, whole",
      description =
          "Levels, domains with competencies and descriptors, stage profiles and the code of"
              + " practice; 404 while no framework is current.")
  @APIResponse(
      responseCode = "200",
      description = "The current framework",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public FrameworkView current() {
    return frameworks
        .findCurrent()
        .map(FrameworkView::of)
        .orElseThrow(() -> new NotFoundException(ApiTexts.text("api.frameworks.noCurrent")));
  }

  @GET
  @Path("{code}/{version}")
  @Operation(summary = "One framework version, whole")
  @APIResponse(
      responseCode = "200",
      description = "The framework version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkView.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public FrameworkView find(
      @Parameter(description = "Framework code", example = "LWCF") @PathParam("code") String code,
      @Parameter(description = "Framework version", example = "1") @PathParam("version")
          String version) {
    return frameworks
        .find(code, version)
        .map(FrameworkView::of)
        .orElseThrow(() -> notFound(code, version));
  }

  @GET
  @Path("{code}/{version}/case")
  @Operation(
      summary = "One framework version as CASE 1.1",
      description =
          "The framework as a CASE CFPackage: the document, its items, associations and rubric.")
  @APIResponse(
      responseCode = "200",
      description = "The CASE CFPackage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public JsonObject exportCase(
      @Parameter(description = "Framework code", example = "LWCF") @PathParam("code") String code,
      @Parameter(description = "Framework version", example = "1") @PathParam("version")
          String version) {
    return frameworks.exportCase(code, version).orElseThrow(() -> notFound(code, version));
  }

  private static NotFoundException notFound(String code, String version) {
    return new NotFoundException(ApiTexts.text("api.frameworks.notFound", code, version));
  }
}
