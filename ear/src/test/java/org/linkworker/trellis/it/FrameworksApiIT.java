package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The framework part of the REST contract (API.md), over HTTP against the deployed EAR. */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworksApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(base).as("alex.link");
  }

  @Test
  void readingFrameworksNeedsSignIn() {
    HttpResponse<String> response = new Http(base).getJson("api/frameworks/current");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void listsTheLoadedFrameworkAsCurrentAndPublished() {
    HttpResponse<String> response = http.getJson("api/frameworks");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonArray list = Http.json(response).asJsonArray();
    JsonObject lwcf =
        list.getValuesAs(JsonObject.class).stream()
            .filter(f -> "LWCF".equals(f.getString("code")) && "1".equals(f.getString("version")))
            .findFirst()
            .orElseThrow();
    assertThat(lwcf.getString("title")).isEqualTo("Link Worker Competency Framework");
    assertThat(lwcf.getString("status")).isEqualTo("PUBLISHED");
    assertThat(lwcf.getBoolean("current")).isTrue();
  }

  @Test
  void currentFrameworkCarriesLevelsDomainsStagesAndCodeOfPractice() {
    HttpResponse<String> response = http.getJson("api/frameworks/current");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject framework = Http.json(response).asJsonObject();
    assertThat(framework.getString("code")).isEqualTo("LWCF");
    assertThat(framework.getString("version")).isEqualTo("1");

    JsonArray levels = framework.getJsonArray("levels");
    assertThat(levels).hasSize(4);
    assertThat(levels.getJsonObject(0).getInt("number")).isEqualTo(1);
    assertThat(levels.getJsonObject(0).getString("name")).isEqualTo("Foundation");
    assertThat(levels.getJsonObject(3).getString("name")).isEqualTo("Leading");

    JsonArray domains = framework.getJsonArray("domains");
    assertThat(domains.size()).isGreaterThanOrEqualTo(8);
    Set<String> codes = new HashSet<>();
    for (JsonObject domain : domains.getValuesAs(JsonObject.class)) {
      for (JsonObject competency :
          domain.getJsonArray("competencies").getValuesAs(JsonObject.class)) {
        codes.add(competency.getString("code"));
        assertThat(competency.getString("statement")).isNotBlank();
        assertThat(competency.getJsonObject("descriptors").keySet())
            .as("descriptors of %s", competency.getString("code"))
            .containsExactlyInAnyOrder("1", "2", "3", "4");
      }
    }
    assertThat(codes).hasSizeGreaterThanOrEqualTo(40).contains("PC.1", "LY.5");

    JsonArray stages = framework.getJsonArray("stages");
    assertThat(stages.getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("code"))
        .containsExactly("TRAINEE", "LINK_WORKER", "SENIOR", "LEAD");
    JsonObject lead = stages.getJsonObject(3);
    assertThat(lead.getString("title")).isEqualTo("Lead link worker");
    assertThat(lead.getInt("order")).isEqualTo(4);
    assertThat(codes).containsAll(lead.getJsonObject("requirements").keySet());
    assertThat(lead.getJsonObject("requirements").getInt("PC.1")).isBetween(1, 4);

    JsonArray standards = framework.getJsonObject("codeOfPractice").getJsonArray("standards");
    assertThat(standards.size()).isGreaterThanOrEqualTo(8);
    JsonObject first = standards.getJsonObject(0);
    assertThat(first.getString("code")).isEqualTo("CP.1");
    assertThat(first.getJsonArray("behaviours")).isNotEmpty();
    assertThat(first.getJsonArray("competencies").getValuesAs(JsonValue.class))
        .allSatisfy(c -> assertThat(codes).contains(((jakarta.json.JsonString) c).getString()));
  }

  @Test
  void oneVersionReadsTheSameAsCurrent() {
    JsonObject byVersion = Http.json(http.getJson("api/frameworks/LWCF/1")).asJsonObject();
    JsonObject current = Http.json(http.getJson("api/frameworks/current")).asJsonObject();

    assertThat(byVersion).isEqualTo(current);
  }

  @Test
  void unknownVersionIsA404ProblemDocument() {
    HttpResponse<String> response = http.getJson("api/frameworks/LWCF/99");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Http.json(response).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void caseExportIsACase11PackageWithTheFrameworksIdentifiers() {
    HttpResponse<String> response = http.getJson("api/frameworks/LWCF/1/case");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject pkg = Http.json(response).asJsonObject();
    JsonObject document = pkg.getJsonObject("CFDocument");
    assertThat(document.getString("identifier")).isEqualTo("63d1b64c-a0ce-4309-bc79-dc45a661d49d");
    for (String field :
        new String[] {"identifier", "uri", "creator", "title", "lastChangeDateTime"}) {
      assertThat(document.containsKey(field)).as("CFDocument.%s", field).isTrue();
    }
    JsonArray items = pkg.getJsonArray("CFItems");
    assertThat(items.getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("humanCodingScheme", ""))
        .contains("PC", "PC.1", "LY.5");
    assertThat(items.getValuesAs(JsonObject.class))
        .allSatisfy(
            i -> {
              for (String field :
                  new String[] {"identifier", "fullStatement", "uri", "lastChangeDateTime"}) {
                assertThat(i.containsKey(field)).as("CFItem.%s", field).isTrue();
              }
            });
    assertThat(pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("associationType"))
        .contains("isChildOf");
    assertThat(pkg.getJsonArray("CFRubrics")).isNotEmpty();
  }

  @Test
  void caseExportOfAnUnknownVersionIsNotFound() {
    assertThat(http.getJson("api/frameworks/NOPE/1/case").statusCode()).isEqualTo(404);
  }

  @Test
  void openApiDocumentDescribesTheFrameworkEndpoints() {
    HttpResponse<String> response = new Http(base).get("openapi", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject paths = Http.json(response).asJsonObject().getJsonObject("paths");
    assertThat(paths.keySet())
        .contains(
            "/api/frameworks",
            "/api/frameworks/current",
            "/api/frameworks/{code}/{version}",
            "/api/frameworks/{code}/{version}/case");
  }

  @Test
  void healthReportsUpWithTheFrameworkLoaded() {
    HttpResponse<String> response = new Http(base).getJson("health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = Http.json(response).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(response.body()).contains("trellis-framework");
  }
}
