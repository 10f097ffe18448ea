package org.linkworker.trellis.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.RestApplication;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Organisations and the people in them. The steward creates organisations and sees them all;
 * everyone else sees their own. An organisation's employer and the steward add and list its people.
 * An organisation the caller may not see is 404, whether it exists or not.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Organisations")
public class OrganisationsResource {

  private OrganisationService organisations;
  private PeopleService people;
  private CurrentCaller caller;

  @Inject
  public OrganisationsResource(
      OrganisationService organisations, PeopleService people, CurrentCaller caller) {
    this.organisations = organisations;
    this.people = people;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected OrganisationsResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an organisation", description = "The steward only.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its address",
      headers = @Header(name = "Location", description = "/api/organisations/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = RestApplication.ORGANISATION)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response create(OrganisationPayload organisation, @Context UriInfo uri) {
    OrganisationView created =
        organisations.create(
            caller.get(), RequestBodies.required(organisation).toNewOrganisation());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "List organisations",
      description = "Every organisation for the steward; one's own for everyone else.")
  @APIResponse(
      responseCode = "200",
      description = "The organisations the caller may see",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<OrganisationView> list() {
    return organisations.list(caller.get());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organisation")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = RestApplication.ORGANISATION)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public OrganisationView find(
      @Parameter(description = "Organisation id") @PathParam("id") String id) {
    return organisations
        .find(caller.get(), id)
        .orElseThrow(() -> new NotVisibleException("organisation"));
  }

  @POST
  @Path("{id}/people")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a person to an organisation",
      description =
          "The organisation's employer or the steward. stage and supervisor are for link workers.")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location is the person's address",
      headers = @Header(name = "Location", description = "/api/people/{username}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response addPerson(
      @Parameter(description = "Organisation id") @PathParam("id") String id,
      NewPersonPayload person,
      @Context UriInfo uri) {
    PersonAccountView added =
        PersonAccountView.of(
            people.addPerson(caller.get(), id, RequestBodies.required(person).toNewPerson()));
    return Response.created(
            uri.getBaseUriBuilder().path(PeopleResource.class).path(added.username()).build())
        .entity(added)
        .build();
  }

  @GET
  @Path("{id}/people")
  @Operation(
      summary = "The people of an organisation",
      description = "Ordered by display name, a page at a time; X-Total-Count has the whole count.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the organisation's people",
      headers = @Header(name = Paging.TOTAL_COUNT, description = "How many people in all"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response people(
      @Parameter(description = "Organisation id") @PathParam("id") String id,
      @Parameter(description = "Rows to skip, from 0", example = "0") @QueryParam("offset")
          String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)", example = "100")
          @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    return Paging.response(
        people.people(caller.get(), id, paging.offset(), paging.limit()), PersonAccountView::of);
  }
}
