package org.linkworker.trellis.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkworker.trellis.rest.problem.Problem;
import org.linkworker.trellis.rest.problem.StandardResponses;

/**
 * The REST API under {@code /api}; resources and exception mappers are found by scanning. Every
 * request authenticates with HTTP Basic or a personal access token (see {@code
 * web.security.TrellisAuthenticationMechanism}), so the two schemes below are required of the whole
 * API rather than named by each resource.
 *
 * <p>The error responses that many operations share are defined here once, as components named in
 * {@link StandardResponses}; a resource references the ones it can answer and describes only what
 * is its own. So are the schemas of the boundary records the API returns as they are ({@link
 * #ORGANISATION}, {@link #TOKEN}, {@link #AUDIT_ENTRY}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Trellis API",
            version = "0.1.0",
            description =
                "The competency framework and code of practice for social prescribing link workers,"
                    + " organisations and their people, and (as they arrive) courses, CPD"
                    + " portfolios, gap reports and staff coverage. Every request authenticates"
                    + " with HTTP Basic or a personal access token (Authorization: Bearer); without"
                    + " valid credentials the answer is 401. JSON in and out; every error is"
                    + " application/problem+json with status, title, detail and errors [{field,"
                    + " message}]. Long lists page with ?offset=&limit= (default 100, at most 1000)"
                    + " and report the whole count in X-Total-Count."),
    tags = {
      @Tag(name = "Frameworks", description = "Competency framework versions, whole or as CASE"),
      @Tag(name = "Organisations", description = "Organisations and adding their people"),
      @Tag(name = "People", description = "One person's account"),
      @Tag(name = "Me", description = "The signed-in person, their password and tokens"),
      @Tag(name = "Audit", description = "The audit log (steward)"),
      @Tag(name = "Operations", description = "Backups of the running server (steward)")
    },
    security = {
      @SecurityRequirement(name = RestApplication.BASIC),
      @SecurityRequirement(name = RestApplication.BEARER)
    },
    components =
        @Components(
            schemas = {
              @Schema(
                  name = RestApplication.ORGANISATION,
                  description = "An employer of link workers or a training provider",
                  properties = {
                    @SchemaProperty(name = "id", type = SchemaType.STRING),
                    @SchemaProperty(name = "name", type = SchemaType.STRING),
                    @SchemaProperty(
                        name = "kind",
                        type = SchemaType.STRING,
                        enumeration = {"EMPLOYER", "PROVIDER"}),
                    @SchemaProperty(name = "version", type = SchemaType.INTEGER, format = "int64")
                  }),
              @Schema(
                  name = RestApplication.TOKEN,
                  description = "A personal access token, without its secret",
                  properties = {
                    @SchemaProperty(name = "id", type = SchemaType.STRING),
                    @SchemaProperty(name = "name", type = SchemaType.STRING),
                    @SchemaProperty(
                        name = "createdAt",
                        type = SchemaType.STRING,
                        format = "date-time"),
                    @SchemaProperty(
                        name = "expiresAt",
                        type = SchemaType.STRING,
                        format = "date-time"),
                    @SchemaProperty(
                        name = "revokedAt",
                        type = SchemaType.STRING,
                        format = "date-time",
                        nullable = true,
                        description = "When it was revoked, or null")
                  }),
              @Schema(
                  name = RestApplication.AUDIT_ENTRY,
                  description = "Who did what, when, to what",
                  properties = {
                    @SchemaProperty(name = "id", type = SchemaType.INTEGER, format = "int64"),
                    @SchemaProperty(name = "at", type = SchemaType.STRING, format = "date-time"),
                    @SchemaProperty(
                        name = "actor",
                        type = SchemaType.STRING,
                        description =
                            "The username that acted, or the name tried at a failed sign-in"),
                    @SchemaProperty(
                        name = "action",
                        type = SchemaType.STRING,
                        example = "PERSON_ADDED"),
                    @SchemaProperty(
                        name = "subject",
                        type = SchemaType.STRING,
                        nullable = true,
                        example = "person:alex.link"),
                    @SchemaProperty(
                        name = "detail",
                        type = SchemaType.STRING,
                        nullable = true,
                        description = "What changed, in words")
                  })
            },
            responses = {
              @APIResponse(
                  name = StandardResponses.BAD_REQUEST,
                  description = "Input that will not do; each value to correct is under errors",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = Problem.SCHEMA))),
              @APIResponse(
                  name = StandardResponses.UNAUTHORIZED,
                  description = "No credentials, or credentials that were refused",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = Problem.SCHEMA))),
              @APIResponse(
                  name = StandardResponses.FORBIDDEN,
                  description =
                      "Signed in, but not allowed to do this; or a change sent from another site",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = Problem.SCHEMA))),
              @APIResponse(
                  name = StandardResponses.NOT_FOUND,
                  description =
                      "Nothing there that the caller may see (the same whether or not it exists)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = Problem.SCHEMA))),
              @APIResponse(
                  name = StandardResponses.CONFLICT,
                  description =
                      "Someone else changed it since the version sent; read it again and retry",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = Problem.SCHEMA)))
            }))
@SecurityScheme(
    securitySchemeName = RestApplication.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "The username and password of a Trellis account. After 5 failed attempts in 15 minutes"
            + " the account is locked for 15 minutes.")
@SecurityScheme(
    securitySchemeName = RestApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A personal access token's secret, issued by POST /api/me/tokens or the tokens page;"
            + " revocable, with an expiry.")
public class RestApplication extends Application {

  /** The name of the HTTP Basic security scheme in the OpenAPI document. */
  public static final String BASIC = "basic";

  /** The name of the personal access token security scheme in the OpenAPI document. */
  public static final String BEARER = "bearer";

  /**
   * The schema of the boundary's {@code OrganisationView}, which the API returns as it is. Payara
   * describes only classes of the web module by itself, so the boundary records the API returns are
   * described here, and {@code RestApplicationTest} keeps each description in step with its record.
   * A single one is referenced by name; a list still says {@code implementation = ….class}, since a
   * reference cannot be the items of an array in these annotations.
   */
  public static final String ORGANISATION = "Organisation";

  /** The schema of the boundary's {@code TokenView}, which the API returns as it is. */
  public static final String TOKEN = "Token";

  /** The schema of the boundary's {@code AuditEntryView}, which the API returns as it is. */
  public static final String AUDIT_ENTRY = "AuditEntry";
}
