package org.linkworker.trellis.rest.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.linkworker.trellis.catalogue.boundary.CourseImportService;
import org.linkworker.trellis.catalogue.boundary.CourseQuery;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.imports.ImportsResource;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The course catalogue: anyone signed in searches published courses (a provider also sees its own
 * drafts); a provider creates, changes, withdraws and deletes its own, and imports its catalogue
 * from CSV. Another provider's draft is 404, as if it did not exist.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Catalogue")
public class CoursesResource {

  private CourseService courses;
  private CourseImportService imports;
  private CurrentCaller caller;

  @Inject
  public CoursesResource(CourseService courses, CourseImportService imports, CurrentCaller caller) {
    this.courses = courses;
    this.imports = imports;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected CoursesResource() {}

  @GET
  @Operation(
      summary = "Search the catalogue",
      description =
          "Published courses (a provider also sees its own drafts), ordered by title, a page at a"
              + " time; X-Total-Count has the whole count. competency and level find courses mapped"
              + " to that competency at exactly that level; q matches every word in the title,"
              + " description or code.")
  @APIResponse(
      responseCode = "200",
      description = "One page of courses, each with its mappings",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many courses match in all"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CourseView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response search(
      @Parameter(description = "A competency code", example = "PC.1") @QueryParam("competency")
          String competency,
      @Parameter(description = "A level of the framework", example = "2") @QueryParam("level")
          String level,
      @Parameter(description = "A provider organisation's id") @QueryParam("provider")
          String provider,
      @Parameter(description = "Words to find", example = "safeguarding") @QueryParam("q")
          String words,
      @Parameter(description = "ONLINE, IN_PERSON or BLENDED") @QueryParam("deliveryMode")
          String deliveryMode,
      @Parameter(description = "DRAFT, PUBLISHED or WITHDRAWN (a provider's own)")
          @QueryParam("status")
          String status,
      @Parameter(description = "The framework of the competency; default: the default framework")
          @QueryParam("framework")
          String framework,
      @Parameter(description = "Rows to skip, from 0", example = "0") @QueryParam("offset")
          String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)", example = "100")
          @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    CourseQuery query =
        new CourseQuery(
            competency,
            QueryParameters.wholeNumber("level", level),
            words,
            QueryParameters.constant("deliveryMode", deliveryMode, DeliveryMode.class),
            provider,
            QueryParameters.constant("status", status, CourseStatus.class),
            framework);
    return Paging.response(courses.search(caller.get(), query, paging.offset(), paging.limit()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One course, with its mappings")
  @APIResponse(
      responseCode = "200",
      description = "The course",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CourseView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public CourseView find(@Parameter(description = "Course id") @PathParam("id") String id) {
    return courses.find(caller.get(), id).orElseThrow(() -> new NotVisibleException("course"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a course",
      description =
          "A provider's people, to their own catalogue. Created as a DRAFT unless status says"
              + " PUBLISHED. Each mapping names a competency of its framework (the default framework"
              + " unless it names another) and one of its levels.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its address",
      headers = @Header(name = "Location", description = "/api/courses/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CourseView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response create(CoursePayload course, @Context UriInfo uri) {
    CourseView created = courses.create(caller.get(), RequestBodies.required(course).toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a course",
      description =
          "Its provider only. Carry the version that was read. Mappings and status left out stay"
              + " as they are; status moves DRAFT → PUBLISHED ⇄ WITHDRAWN.")
  @APIResponse(
      responseCode = "200",
      description = "The course as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CourseView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public CourseView update(
      @Parameter(description = "Course id") @PathParam("id") String id, CoursePayload course) {
    CoursePayload body = RequestBodies.required(course);
    if (body.version() == null) {
      throw new InvalidInputException(
          Map.of("version", ApiTexts.text("api.courses.version.required")));
    }
    return courses.update(caller.get(), id, body.version(), body.toDetails());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete or withdraw a course",
      description =
          "Its provider only. A draft is deleted; a published course is withdrawn (it leaves"
              + " search but stays readable, since CPD entries may name it).")
  @APIResponse(responseCode = "204", description = "Deleted or withdrawn")
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public Response delete(@Parameter(description = "Course id") @PathParam("id") String id) {
    courses.delete(caller.get(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("imports")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Import the caller's catalogue from CSV",
      description =
          "A provider's people. UTF-8 with a header row naming the columns code, title,"
              + " description, deliveryMode, hours, cpdHours, accreditation, url, status, mappings"
              + " (code, title, deliveryMode and hours required); mappings are ;-separated"
              + " COMPETENCY:LEVEL:STRENGTH, or FRAMEWORK:COMPETENCY:LEVEL:STRENGTH for a"
              + " competency of another framework than the default one. A row whose code matches"
              + " one of the provider's"
              + " courses updates it, otherwise it creates one. The file is checked whole first"
              + " (400 when it cannot be read); its rows are then imported by a batch job.")
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
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response importCatalogue(
      byte[] file,
      @Parameter(description = "The file's name, shown with the import") @HeaderParam("X-File-Name")
          String fileName,
      @Context UriInfo uri) {
    if (file == null || file.length == 0) {
      throw new InvalidInputException(Map.of("file", ApiTexts.text("api.imports.file.missing")));
    }
    ImportView started = imports.start(caller.get(), fileName, file);
    return Response.accepted(started)
        .location(uri.getBaseUriBuilder().path(ImportsResource.class).path(started.id()).build())
        .build();
  }

  @GET
  @Path("imports/template")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(
      summary = "The catalogue import template",
      description = "A CSV file with the header row and one example course.")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response template() {
    return Response.ok(CourseImportService.template())
        .header("Content-Disposition", "attachment; filename=\"course-import-template.csv\"")
        .build();
  }
}
