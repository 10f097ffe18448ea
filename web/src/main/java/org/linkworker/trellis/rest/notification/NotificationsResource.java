package org.linkworker.trellis.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.boundary.NotificationView;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * The signed-in person's notifications (a supervisor's new submissions, a worker's verified and
 * returned entries), newest first. Nobody reaches another person's: it is not there (404).
 */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Notifications")
public class NotificationsResource {

  /** The header with how many of the person's notifications are unread. */
  static final String UNREAD_COUNT = "X-Unread-Count";

  private NotificationService notifications;
  private CurrentCaller caller;

  @Inject
  public NotificationsResource(NotificationService notifications, CurrentCaller caller) {
    this.notifications = notifications;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected NotificationsResource() {}

  @GET
  @Operation(
      summary = "My notifications",
      description =
          "Newest first, a page at a time; X-Total-Count counts those listed, X-Unread-Count the"
              + " unread ones.")
  @APIResponse(
      responseCode = "200",
      description = "One page of notifications",
      headers = {
        @Header(name = Paging.TOTAL_COUNT, description = "How many match"),
        @Header(name = UNREAD_COUNT, description = "How many are unread")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response list(
      @Parameter(description = "true for the unread ones only (default false)")
          @QueryParam("unread")
          String unread,
      @Parameter(description = "Rows to skip, from 0") @QueryParam("offset") String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)") @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    Caller me = caller.get();
    Page<NotificationView> page =
        notifications.list(me, flag("unread", unread), paging.offset(), paging.limit());
    return Response.fromResponse(Paging.response(page))
        .header(UNREAD_COUNT, notifications.unreadCount(me))
        .build();
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of my notifications read")
  @APIResponse(
      responseCode = "200",
      description = "The notification, read",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NotificationView.class)))
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  public NotificationView read(
      @Parameter(description = "Notification id") @PathParam("id") String id) {
    return notifications.markRead(caller.get(), id);
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark all my notifications read")
  @APIResponse(responseCode = "204", description = "All read")
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response readAll() {
    notifications.markAllRead(caller.get());
    return Response.noContent().build();
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidInputException(
              Map.of(name, ApiTexts.text("api.query.oneOf", "true, false")));
    };
  }
}
