package org.linkworker.trellis.rest.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.authoring.boundary.FrameworkAuthoringService;
import org.linkworker.trellis.authoring.boundary.VersionDiff;
import org.linkworker.trellis.authoring.boundary.VersionDiffService;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.StageDraft;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Attachments;
import org.linkworker.trellis.rest.ContentNegotiation;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Framework versions: the list, one version whole, and its CASE export, which anyone signed in may
 * read (PRODUCT.md); and the steward's work on them: import, stages, publication and the diff of
 * two versions.
 */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Frameworks")
public class FrameworksResource {

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);
  private static final MediaType PDF = MediaType.valueOf(PdfLayout.MEDIA_TYPE);

  private FrameworkService frameworks;
  private FrameworkAuthoringService authoring;
  private VersionDiffService diffs;
  private CurrentCaller caller;

  @Inject
  public FrameworksResource(
      FrameworkService frameworks,
      FrameworkAuthoringService authoring,
      VersionDiffService diffs,
      CurrentCaller caller) {
    this.frameworks = frameworks;
    this.authoring = authoring;
    this.diffs = diffs;
    this.caller = caller;
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

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import a framework from a CASE 1.1 package",
      description =
          "The steward. The body is a CASE CFPackage written by any tool. It is stored as a DRAFT"
              + " with no career stages, not current; stages are given and the draft published"
              + " afterwards. Lenient where real packages are (identifiers that are not UUIDs,"
              + " missing optional fields, unknown fields, items with two parents or none,"
              + " associations to other documents, any ordering); refused with a 400 naming the"
              + " item for a cycle, a dangling isChildOf, a repeated identifier or text too long to"
              + " keep, with nothing stored. The code defaults to that of a stored framework with"
              + " the same title, else the title's initials; 409 when the code and version are"
              + " already stored. With preview=true nothing is stored and the answer is 200.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT, description = "A CASE 1.1 CFPackage")))
  @APIResponse(
      responseCode = "201",
      description = "Imported as a draft; Location is the version's address",
      headers = @Header(name = "Location", description = "/api/frameworks/{code}/{version}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkImportView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The preview (preview=true): nothing stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkImportView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response importPackage(
      byte[] casePackage,
      @Parameter(description = "The framework's code (capitals, digits, hyphens)", example = "HWBC")
          @QueryParam("code")
          String code,
      @Parameter(
              description = "The version, instead of the CFDocument's (default 1)",
              example = "2")
          @QueryParam("version")
          String version,
      @Parameter(description = "The CFItemType whose items are domains (with competencyType)")
          @QueryParam("domainType")
          String domainType,
      @Parameter(description = "The CFItemType whose items are competencies (with domainType)")
          @QueryParam("competencyType")
          String competencyType,
      @Parameter(
              description =
                  "A level name, lowest first, repeated for each level: the scale instead of the"
                      + " package's rubric")
          @QueryParam("level")
          List<String> levels,
      @Parameter(description = "Only say what the package would become; store nothing")
          @QueryParam("preview")
          @DefaultValue("false")
          boolean preview,
      @Parameter(description = "The file's name, for messages") @HeaderParam("X-File-Name")
          String fileName,
      @Context UriInfo uri) {
    if (casePackage == null || casePackage.length == 0) {
      throw new InvalidInputException(
          Map.of("body", ApiTexts.text("api.frameworks.import.missing")));
    }
    FrameworkImportPreview imported =
        authoring.importPackage(
            caller.get(),
            new DataFile(
                fileName == null || fileName.isBlank() ? "package" : fileName.strip(), casePackage),
            new FrameworkImportRequest(code, version, domainType, competencyType, levels),
            !preview);
    if (preview) {
      return Response.ok(FrameworkImportView.of(imported, false)).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path(FrameworksResource.class)
                .path(imported.code())
                .path(imported.version())
                .build())
        .entity(FrameworkImportView.of(imported, true))
        .build();
  }

  @PUT
  @Path("{code}/{version}/stages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give a draft framework its career stages",
      description =
          "The steward. The body lists the stages in progression order, each {code, title,"
              + " requirements: {\"<competency code>\": <level>}}, the shape GET gives them; they"
              + " replace the draft's stages. 409 when the version is not a draft.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.StageView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The draft with its stages",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public FrameworkView replaceStages(
      @Parameter(description = "Framework code", example = "HWBC") @PathParam("code") String code,
      @Parameter(description = "Framework version", example = "1") @PathParam("version")
          String version,
      JsonValue stages) {
    return FrameworkView.of(
        authoring.replaceStages(caller.get(), code, version, StagesPayload.read(stages)));
  }

  @GET
  @Path("{code}/{version}/stages/carried")
  @Operation(
      summary = "The current version's stages, carried to a draft",
      description =
          "The steward. The career stages of the version of the draft's code that is current,"
              + " each requiring of a draft competency the highest level it required of the"
              + " competencies that one continues (exactMatchOf / replacedBy; by code when the"
              + " draft continues none), and nothing of a new competency: a starting point to PUT"
              + " as the draft's stages. Nothing is stored. An empty list when no other version is"
              + " current.")
  @APIResponse(
      responseCode = "200",
      description = "The stages, in progression order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.StageView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<FrameworkView.StageView> carriedStages(
      @Parameter(description = "Framework code", example = "LWCF") @PathParam("code") String code,
      @Parameter(description = "Framework version", example = "2") @PathParam("version")
          String version) {
    List<StageDraft> stages = authoring.stagesCarriedTo(caller.get(), code, version);
    List<FrameworkView.StageView> views = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      StageDraft stage = stages.get(i);
      views.add(
          new FrameworkView.StageView(
              stage.code(), stage.title(), i + 1, new LinkedHashMap<>(stage.requirements())));
    }
    return views;
  }

  @POST
  @Path("{code}/{version}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish a draft framework version",
      description =
          "The steward. A draft with its career stages becomes PUBLISHED and, unless current is"
              + " false, the current version of its code: the version current before stays"
              + " PUBLISHED and readable, people at a stage whose code the new version has work"
              + " against it, and their evidence on the earlier version's competencies counts for"
              + " the competencies that continue them. A version published earlier but not made"
              + " current is made current the same way. 409 when it is not a draft (nor such a"
              + " version), has no stages, uses a stage code of another current framework, or"
              + " lacks a stage of the current version that people are at.")
  @APIResponse(
      responseCode = "200",
      description = "The published version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FrameworkSummaryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public FrameworkSummaryView publish(
      @Parameter(description = "Framework code", example = "HWBC") @PathParam("code") String code,
      @Parameter(description = "Framework version", example = "1") @PathParam("version")
          String version,
      PublishPayload body) {
    boolean current = body == null || body.current() == null || body.current();
    return FrameworkSummaryView.of(authoring.publish(caller.get(), code, version, current));
  }

  @GET
  @Path("{code}/{version}/diff")
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, PdfLayout.MEDIA_TYPE})
  @Operation(
      summary = "What changed between two versions of a framework",
      description =
          "The steward. Read from what each competency of the later version continues (CASE"
              + " exactMatchOf or replacedBy), through any versions between the two: each change is"
              + " UNCHANGED (continues one, same code, domain and statement), CHANGED (one to one,"
              + " `fields` naming what differs: code, domain, title), SPLIT (one earlier competency"
              + " continued by two or more), MERGED (one continuing two or more), NEW (continues"
              + " none of the earlier version) or RETIRED (continued by none). Each change counts,"
              + " on its earlier competencies, the `workers` with a claim in a CPD entry that is not"
              + " a draft or a standing assessment, the CPD `entries` (any status) claiming them and"
              + " the `courses` (any status) mapped to them, each once. `counts` counts every kind;"
              + " the unchanged are listed only with unchanged=true. `from` defaults to the highest"
              + " version below this one (404 when there is none); 400 naming `from` when it is"
              + " this version or a later one. JSON by default; `Accept: text/csv` for one row per"
              + " competency of each change, `Accept: application/pdf` for the counts and a row per"
              + " change on A4 landscape, both as attachments.")
  @APIResponse(
      responseCode = "200",
      description = "The changes",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionDiff.class)),
        @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = PdfLayout.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      },
      headers =
          @Header(
              name = HttpHeaders.CONTENT_DISPOSITION,
              description =
                  "For CSV or PDF: attachment;"
                      + " filename=\"framework-diff-<code>-<from>-to-<version>.csv\" (.pdf)"))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response diff(
      @Parameter(description = "Framework code", example = "LWCF") @PathParam("code") String code,
      @Parameter(description = "The later version", example = "2") @PathParam("version")
          String version,
      @Parameter(
              description = "The earlier version (default: the highest version below this one)",
              example = "1")
          @QueryParam("from")
          String from,
      @Parameter(description = "List the unchanged competencies too (they are always counted)")
          @QueryParam("unchanged")
          @DefaultValue("false")
          boolean unchanged,
      @Context HttpHeaders headers) {
    VersionDiff diff = diffs.diff(caller.get(), code, version, from, unchanged);
    MediaType chosen =
        ContentNegotiation.choose(headers, MediaType.APPLICATION_JSON_TYPE, CSV, PDF);
    if (PDF.equals(chosen)) {
      return Attachments.of(
          diffs.pdf(diff), PdfLayout.MEDIA_TYPE, VersionDiffService.fileName(diff) + ".pdf");
    }
    if (CSV.equals(chosen)) {
      return Attachments.of(
          diffs.csv(diff), Csv.MEDIA_TYPE, VersionDiffService.fileName(diff) + ".csv");
    }
    return Response.ok(diff, MediaType.APPLICATION_JSON).build();
  }

  private static NotFoundException notFound(String code, String version) {
    return new NotFoundException(ApiTexts.text("api.frameworks.notFound", code, version));
  }
}
