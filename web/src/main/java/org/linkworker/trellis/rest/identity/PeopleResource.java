package org.linkworker.trellis.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * One person's account: reading it (oneself; a supervisor their link workers; an employer the
 * people of their organisation; the steward everyone), and changing, deactivating and reactivating
 * it (their employer or the steward). A person the caller may not see is 404, whether they exist or
 * not.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "People")
public class PeopleResource {

  private PeopleService people;
  private CurrentCaller caller;

  @Inject
  public PeopleResource(PeopleService people, CurrentCaller caller) {
    this.people = people;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected PeopleResource() {}

  @GET
  @Path("{username}")
  @Operation(summary = "One person's account")
  @APIResponse(
      responseCode = "200",
      description = "The person",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public PersonAccountView find(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username) {
    return people
        .findPerson(caller.get(), username)
        .map(PersonAccountView::of)
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a person's account",
      description =
          "Their employer or the steward. Display name, roles, career stage and supervisor;"
              + " fields left out stay as they are. Carry the version that was read.")
  @APIResponse(
      responseCode = "200",
      description = "The person as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = StandardResponses.CONFLICT)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public PersonAccountView update(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      PersonChangePayload change) {
    return PersonAccountView.of(
        people.updatePerson(
            caller.get(), username, RequestBodies.required(change).toPersonChange()));
  }

  @POST
  @Path("{username}/deactivate")
  @Operation(
      summary = "Deactivate a person",
      description =
          "Their employer or the steward. They can no longer sign in, and keep their records.")
  @APIResponse(
      responseCode = "200",
      description = "The person, now inactive",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public PersonAccountView deactivate(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username) {
    return PersonAccountView.of(people.deactivate(caller.get(), username));
  }

  @POST
  @Path("{username}/reactivate")
  @Operation(
      summary = "Reactivate a person",
      description = "Their employer or the steward. They can sign in again.")
  @APIResponse(
      responseCode = "200",
      description = "The person, active again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAccountView.class)))
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public PersonAccountView reactivate(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username) {
    return PersonAccountView.of(people.reactivate(caller.get(), username));
  }
}
