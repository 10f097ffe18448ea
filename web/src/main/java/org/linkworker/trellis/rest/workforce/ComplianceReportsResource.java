package org.linkworker.trellis.rest.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.rest.DateParameters;
import org.linkworker.trellis.rest.problem.StandardResponses;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceReport;
import org.linkworker.trellis.workforce.boundary.ComplianceService;

/**
 * A person's compliance with one requirement scheme on a day (PRODUCT.md: Compliance): the person,
 * their supervisor, their employer and the steward. Anyone else gets 404.
 */
@Path("people/{username}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Compliance")
public class ComplianceReportsResource {

  private ComplianceService compliance;
  private CurrentCaller caller;

  @Inject
  public ComplianceReportsResource(ComplianceService compliance, CurrentCaller caller) {
    this.compliance = compliance;
    this.caller = caller;
  }

  /** For the CDI client proxy only. */
  protected ComplianceReportsResource() {}

  @GET
  @Operation(
      summary = "A person's compliance with one scheme on a day",
      description =
          "The scheme's window that contains the day, and each part with what it requires, what"
              + " the person's submitted and verified entries achieve, what is missing and whether"
              + " it is met. `status` adds AT_RISK: a part not met with the window ending within 60"
              + " days, or every part met today but one lapsing within 60 days.")
  @APIResponse(
      responseCode = "200",
      description = "The compliance report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplianceReport.class)))
  @APIResponse(responseCode = "400", ref = StandardResponses.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = StandardResponses.NOT_FOUND)
  @APIResponse(responseCode = "401", ref = StandardResponses.UNAUTHORIZED)
  public ComplianceReport compliance(
      @Parameter(description = "Username", example = "alex.link") @PathParam("username")
          String username,
      @Parameter(
              description =
                  "The scheme's code: ASSOCIATION (default), THREE_YEAR, or one of the person's"
                      + " organisation")
          @QueryParam("scheme")
          String scheme,
      @Parameter(description = "The day asked about (default today)", example = "2026-04-01")
          @QueryParam("on")
          String on) {
    return compliance.compliance(caller.get(), username, scheme, DateParameters.date("on", on));
  }
}
