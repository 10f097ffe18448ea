package org.linkworker.trellis.rest.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.boundary.ReminderSettings;
import org.linkworker.trellis.identity.boundary.ReminderSettingsChange;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.RestApplication;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The signed-in person's own account ({@code /api/me}): who they are, their password and their
 * personal access tokens. Everything here concerns the caller only; another person's token is not
 * found.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Me")
public class AccountsResource {

  private AccountService accounts;
  private PeopleService people;
  private CurrentCaller caller;

  @Inject
  public AccountsResource(AccountService accounts, PeopleService people, CurrentCaller caller) {
    this.accounts = accounts;
    this.people = people;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected AccountsResource() {}

  @GET
  @Operation(summary = "The signed-in person")
  @APIResponse(
      responseCode = "200",
      description = "Username, display name, roles, organisation id (or null), stage (or null)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public MeView me() {
    return MeView.of(people.me(caller.get()));
  }

  @GET
  @Path("reminders")
  @Operation(
      summary = "One's own reminder settings",
      description =
          "The email address reminders are sent to (null for none) and whether they are emailed"
              + " (they are always notifications too).")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderSettings.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReminderSettings reminderSettings() {
    return people.reminderSettings(caller.get());
  }

  @PUT
  @Path("reminders")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change one's own reminder settings",
      description =
          "email: the address reminders are emailed to (blank removes it); emailReminders: false"
              + " turns reminders by email off. A field left out stays as it is.")
  @APIResponse(
      responseCode = "200",
      description = "The settings as they are now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderSettings.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReminderSettings changeReminderSettings(ReminderSettingsPayload change) {
    ReminderSettingsPayload body = RequestBodies.required(change);
    return people.changeReminderSettings(
        caller.get(), new ReminderSettingsChange(body.email(), body.emailReminders()));
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change one's own password",
      description =
          "The current password is required. The new one has at least 12 characters, is not the"
              + " username and not a common password.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response changePassword(PasswordChangePayload change) {
    PasswordChangePayload body = RequestBodies.required(change);
    accounts.changePassword(caller.get(), body.currentPassword(), body.newPassword());
    return Response.noContent().build();
  }

  @GET
  @Path("tokens")
  @Operation(summary = "One's own personal access tokens", description = "Newest first.")
  @APIResponse(
      responseCode = "200",
      description = "The tokens, without their secrets",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public List<TokenView> tokens() {
    return accounts.tokens(caller.get());
  }

  @GET
  @Path("tokens/{id}")
  @Operation(summary = "One of one's own personal access tokens")
  @APIResponse(
      responseCode = "200",
      description = "The token, without its secret",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = RestApplication.TOKEN)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public TokenView token(@Parameter(description = "Token id") @PathParam("id") String id) {
    return accounts.tokens(caller.get()).stream()
        .filter(token -> token.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("token"));
  }

  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue a personal access token",
      description =
          "The secret is in this answer only; send it as Authorization: Bearer <secret>. days is"
              + " 1 to 365, 90 when left out.")
  @APIResponse(
      responseCode = "201",
      description = "Issued; Location is the token's address",
      headers = @Header(name = "Location", description = "/api/me/tokens/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedTokenView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response issueToken(NewTokenPayload token, @Context UriInfo uri) {
    NewTokenPayload body = RequestBodies.required(token);
    Caller me = caller.get();
    IssuedTokenView issued =
        IssuedTokenView.of(accounts.issueToken(me, body.name(), body.daysOrDefault()));
    return Response.created(uri.getAbsolutePathBuilder().path(issued.id()).build())
        .entity(issued)
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(summary = "Revoke one of one's own personal access tokens")
  @APIResponse(responseCode = "204", description = "Revoked; the token no longer signs in")
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response revokeToken(@Parameter(description = "Token id") @PathParam("id") String id) {
    accounts.revokeToken(caller.get(), id);
    return Response.noContent().build();
  }
}
