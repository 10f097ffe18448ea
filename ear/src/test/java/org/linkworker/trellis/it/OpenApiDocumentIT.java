package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's OpenAPI document: the error responses every resource shares are components, defined
 * once and referenced, and still every operation lists its responses, 401 included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final Map<String, String> SHARED =
      Map.of(
          "400", "BadRequest",
          "401", "Unauthorized",
          "403", "Forbidden",
          "404", "NotFound",
          "409", "Conflict");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  JsonObject document;

  @BeforeEach
  void read() {
    HttpResponse<String> response = new Http(base).get("openapi", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    document = Http.json(response).asJsonObject();
  }

  /** Each operation of the API, as "METHOD path", with its responses. */
  private Map<String, JsonObject> operations() {
    Map<String, JsonObject> operations = new java.util.TreeMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            operations.put(
                                method.toUpperCase() + " " + path,
                                operation.asJsonObject().getJsonObject("responses"));
                          }
                        }));
    return operations;
  }

  @Test
  void theSharedErrorResponsesAreComponentsCarryingTheProblemDocument() {
    JsonObject responses = document.getJsonObject("components").getJsonObject("responses");

    assertThat(responses.keySet()).containsAll(SHARED.values());
    for (String name : SHARED.values()) {
      JsonObject response = responses.getJsonObject(name);
      assertThat(response.getString("description")).as(name).isNotBlank();
      assertThat(
              response
                  .getJsonObject("content")
                  .getJsonObject("application/problem+json")
                  .getJsonObject("schema")
                  .getString("$ref"))
          .as(name)
          .isEqualTo("#/components/schemas/Problem");
    }
    JsonObject problem = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(problem.getJsonObject("Problem").getJsonObject("properties").keySet())
        .contains("status", "title", "detail", "errors");
  }

  @Test
  void everyOperationAnswers401AndReferencesRatherThanRepeatsEachSharedError() {
    Map<String, JsonObject> operations = operations();
    assertThat(operations).hasSizeGreaterThanOrEqualTo(20);

    List<String> wrong = new ArrayList<>();
    operations.forEach(
        (operation, responses) -> {
          if (!responses.containsKey("401")) {
            wrong.add(operation + " has no 401");
          }
          if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            wrong.add(operation + " has no success response");
          }
          SHARED.forEach(
              (code, name) -> {
                JsonValue response = responses.get(code);
                if (response != null
                    && !("#/components/responses/" + name)
                        .equals(response.asJsonObject().getString("$ref", null))) {
                  wrong.add(operation + " spells out its " + code + " instead of referencing it");
                }
              });
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void anOperationStillListsTheErrorsItsOwnRulesCanGive() {
    Map<String, JsonObject> operations = operations();

    assertThat(operations.get("POST /api/organisations").keySet())
        .contains("201", "400", "401", "403");
    assertThat(operations.get("PUT /api/people/{username}").keySet())
        .contains("200", "400", "401", "403", "404", "409");
    assertThat(operations.get("GET /api/frameworks/{code}/{version}").keySet())
        .contains("200", "401", "404")
        .doesNotContain("403", "409");
    assertThat(operations.get("GET /api/audit").keySet()).contains("200", "400", "401", "403");
    assertThat(operations.get("GET /api/frameworks/{code}/{version}/diff").keySet())
        .contains("200", "400", "401", "403", "404");
    assertThat(
            operations
                .get("GET /api/frameworks/{code}/{version}/diff")
                .getJsonObject("200")
                .getJsonObject("content")
                .keySet())
        .anyMatch(type -> type.startsWith("application/json"))
        .anyMatch(type -> type.startsWith("text/csv"));
  }

  @Test
  void theBoundaryRecordsTheApiReturnsAsTheyAreKeepTheirSchemas() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

    assertThat(schemas.getJsonObject("Organisation").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("id", "name", "kind", "version");
    assertThat(schemas.getJsonObject("Token").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("id", "name", "createdAt", "expiresAt", "revokedAt");
    assertThat(schemas.getJsonObject("AuditEntry").getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("id", "at", "actor", "action", "subject", "detail");
    assertThat(
            document
                .getJsonObject("paths")
                .getJsonObject("/api/organisations/{id}")
                .getJsonObject("get")
                .getJsonObject("responses")
                .getJsonObject("200")
                .toString())
        .contains("#/components/schemas/Organisation");
  }

  @Test
  void theWholeApiRequiresBasicOrABearerToken() {
    assertThat(document.getJsonArray("security").toString())
        .contains("\"basic\"")
        .contains("\"bearer\"");
    assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet())
        .contains("basic", "bearer");
  }
}
