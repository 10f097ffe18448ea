package org.linkworker.trellis.rest.portfolio;

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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.portfolio.boundary.EntryFilter;
import org.linkworker.trellis.portfolio.boundary.EntryPage;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.rest.ApiTexts;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.Paging;
import org.linkworker.trellis.rest.RequestBodies;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * A person's portfolio: the link worker records entries in their own; they, their supervisor and
 * their employer list them (the employer without reflections). Anyone else gets 404.
 */
@Path("people/{username}/cpd-entries")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Portfolio")
public class PortfoliosResource {

  /** The header with the total hours of every entry the filter matches. */
  static final String TOTAL_HOURS = "X-Total-Hours";

  private PortfolioService portfolio;
  private CurrentCaller caller;

  @Inject
  public PortfoliosResource(PortfolioService portfolio, CurrentCaller caller) {
    this.portfolio = portfolio;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected PortfoliosResource() {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a CPD entry",
      description =
          "The link worker themself. Created as a DRAFT; date defaults to today and hours to the"
              + " course's CPD hours or one hour.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is its address",
      headers = @Header(name = "Location", description = "/api/cpd-entries/{id}"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "403", ref = StandardResponses.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response create(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      EntryPayload entry,
      @Context UriInfo uri) {
    EntryView created =
        portfolio.create(caller.get(), username, RequestBodies.required(entry).toInput());
    return Response.created(
            uri.getBaseUriBuilder().path(CpdEntriesResource.class).path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "A person's CPD entries",
      description =
          "Newest first, a page at a time; X-Total-Count has the whole count and X-Total-Hours"
              + " the hours of every entry that matches.")
  @APIResponse(
      responseCode = "200",
      description = "One page of entries",
      headers = {
        @Header(name = Paging.TOTAL_COUNT, description = "How many entries match"),
        @Header(name = TOTAL_HOURS, description = "Their hours")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public Response list(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(description = "From this date", example = "2026-04-01") @QueryParam("from")
          String from,
      @Parameter(description = "To this date", example = "2027-03-31") @QueryParam("to") String to,
      @Parameter(description = "DRAFT, SUBMITTED, VERIFIED or RETURNED") @QueryParam("status")
          String status,
      @Parameter(description = "An activity type") @QueryParam("type") String type,
      @Parameter(description = "A claimed competency's code") @QueryParam("competency")
          String competency,
      @Parameter(description = "Rows to skip, from 0") @QueryParam("offset") String offset,
      @Parameter(description = "Rows to return, 1 to 1000 (default 100)") @QueryParam("limit")
          String limit) {
    Paging paging = Paging.of(offset, limit);
    EntryFilter filter =
        new EntryFilter(
            DateParameters.date("from", from),
            DateParameters.date("to", to),
            constant("status", status, EntryStatus.class),
            constant("type", type, ActivityType.class),
            competency);
    EntryPage page =
        portfolio.entries(caller.get(), username, filter, paging.offset(), paging.limit());
    return Response.fromResponse(Paging.response(page.page()))
        .header(TOTAL_HOURS, page.totalHours().toPlainString())
        .build();
  }

  private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    throw new InvalidInputException(
        Map.of(
            name,
            ApiTexts.text(
                "api.query.oneOf",
                String.join(
                    ", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
  }
}
