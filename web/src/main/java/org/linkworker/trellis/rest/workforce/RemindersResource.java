package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ReminderRun;
import org.linkworker.trellis.workforce.boundary.ReminderService;

/**
 * The reminders job, which runs every night by itself: the steward may start a run at once (to
 * catch up after an outage, or to check a day) and follow it.
 */
@Path("reports/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reports")
public class RemindersResource {

  private ReminderService reminders;
  private CurrentCaller caller;

  @Inject
  public RemindersResource(ReminderService reminders, CurrentCaller caller) {
    this.reminders = reminders;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected RemindersResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start the reminders job now",
      description =
          "Sends every active link worker the reminders they are due on the day (default today)"
              + " that no run has sent before: a scheme part at risk, a level about to lapse,"
              + " supervision overdue, a declaration due; each as a notification and, where an"
              + " SMTP server is configured and the person has an address and wants it, by email."
              + " The steward only. Its progress is at the Location returned.")
  @APIResponse(
      responseCode = "202",
      description = "Started; Location is the run's address",
      headers = @Header(name = "Location", description = "/api/reports/reminders/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderRun.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response start(ReminderJobPayload payload, @Context UriInfo uri) {
    ReminderRun run =
        reminders.start(
            caller.get(), payload == null ? null : DateParameters.date("on", payload.on()));
    return Response.accepted(run)
        .location(uri.getBaseUriBuilder().path(RemindersResource.class).path(run.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A run of the reminders job",
      description =
          "Its status, the day it worked out, and how many reminders it sent, emailed and failed"
              + " to email. The steward only; anyone else finds none.")
  @APIResponse(
      responseCode = "200",
      description = "The run",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderRun.class)))
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ReminderRun find(@Parameter(description = "The run's id") @PathParam("id") String id) {
    return reminders.run(caller.get(), id).orElseThrow(() -> new NotVisibleException("job"));
  }
}
