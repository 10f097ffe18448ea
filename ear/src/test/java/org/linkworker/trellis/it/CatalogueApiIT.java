package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue over HTTP as API.md names it: a provider's courses with their mappings, search,
 * provision, and what is refused (bad mappings, another provider's course, a link worker writing).
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

  private static final String PASSWORD = "catalogue-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String providerA;
  private String providerB;
  private Http provA;
  private Http provB;
  private String run;

  @BeforeEach
  void providers() {
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    providerA = organisation(steward, "Catalogue A " + run);
    providerB = organisation(steward, "Catalogue B " + run);
    provA = person(steward, providerA, "cpa" + run);
    provB = person(steward, providerB, "cpb" + run);
  }

  private static String organisation(Http steward, String name) {
    HttpResponse<String> response =
        steward.postJson("api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"PROVIDER\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  private Http person(Http steward, String organisation, String username) {
    HttpResponse<String> response =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Provider %s\",\"password\":\"%s\",\"roles\":[\"PROVIDER\"]}"
                .formatted(username, username, PASSWORD));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new Http(base).as(username, PASSWORD);
  }

  private static String course(String title, String status, String mappings) {
    return """
        {"code": "%s", "title": "%s", "description": "About %s", "deliveryMode": "ONLINE",
         "hours": 2.5, "cpdHours": 2, "accreditation": "Test body",
         "url": "https://example.org/%s", "status": "%s", "mappings": %s}
        """
        .formatted(
            title.replace(' ', '-'), title, title, title.replace(' ', '-'), status, mappings);
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject();
  }

  @Test
  void aProviderCreatesACourseWithMappingsAndReadsItBack() {
    HttpResponse<String> response =
        provA.postJson(
            "api/courses",
            course(
                "Listening " + run,
                "PUBLISHED",
                "[{\"competency\":\"PC.1\",\"level\":2,\"strength\":\"DEVELOPS\"},"
                    + "{\"competency\":\"CR.1\",\"level\":1,\"strength\":\"INTRODUCES\"}]"));
    JsonObject course = created(response);

    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/courses/" + course.getString("id")));
    assertThat(course.getString("status")).isEqualTo("PUBLISHED");
    assertThat(course.getString("provider")).isEqualTo(providerA);
    assertThat(course.getJsonNumber("hours").doubleValue()).isEqualTo(2.5);
    assertThat(course.getJsonNumber("cpdHours").doubleValue()).isEqualTo(2.0);
    assertThat(course.getJsonNumber("version").longValue()).isNotNegative();
    assertThat(course.getJsonArray("mappings").toString())
        .isEqualTo(
            "[{\"competency\":\"CR.1\",\"level\":1,\"strength\":\"INTRODUCES\","
                + "\"framework\":\"LWCF\"},{\"competency\":\"PC.1\",\"level\":2,"
                + "\"strength\":\"DEVELOPS\",\"framework\":\"LWCF\"}]");

    HttpResponse<String> read =
        new Http(base).as("alex.link").getJson("api/courses/" + course.getString("id"));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Http.json(read).asJsonObject().getString("title")).isEqualTo("Listening " + run);
  }

  @Test
  void badMappingsAndHoursAreRefusedNamingEachFieldAndNothingIsStored() {
    HttpResponse<String> response =
        provA.postJson(
            "api/courses",
            """
            {"title": "Broken %s", "deliveryMode": "ONLINE", "hours": 0.1, "url": "ftp://x",
             "mappings": [{"competency": "ZZ.9", "level": 1, "strength": "DEVELOPS"},
                          {"competency": "PC.1", "level": 7, "strength": "DEVELOPS"}]}
            """
                .formatted(run));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    List<String> fields = fields(response);
    assertThat(fields).contains("hours", "url");

    HttpResponse<String> mappings =
        provA.postJson(
            "api/courses",
            """
            {"title": "Broken %s", "deliveryMode": "ONLINE", "hours": 1,
             "mappings": [{"competency": "ZZ.9", "level": 1, "strength": "DEVELOPS"},
                          {"competency": "PC.1", "level": 7, "strength": "DEVELOPS"}]}
            """
                .formatted(run));
    assertThat(mappings.statusCode()).isEqualTo(400);
    assertThat(fields(mappings))
        .containsExactlyInAnyOrder("mappings[0].competency", "mappings[1].level");
    assertThat(mappings.body())
        .contains("ZZ.9 is not a competency of LWCF")
        .contains("7 is not a level");

    HttpResponse<String> strict =
        provA.postJson(
            "api/courses", "{\"title\": 12, \"deliveryMode\": \"SOMETIMES\", \"hours\": \"two\"}");
    assertThat(strict.statusCode()).isEqualTo(400);
    assertThat(fields(strict)).contains("title", "deliveryMode", "hours");

    HttpResponse<String> search = provA.getJson("api/courses?q=Broken+" + run);
    assertThat(search.headers().firstValue("X-Total-Count")).contains("0");
  }

  private static List<String> fields(HttpResponse<String> response) {
    return Http.json(response).asJsonObject().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void anotherProviderCannotChangeACourseAndALinkWorkerCannotCreateOne() {
    JsonObject course =
        created(provA.postJson("api/courses", course("Mine " + run, "PUBLISHED", "[]")));
    String id = course.getString("id");
    String change =
        course("Taken " + run, "PUBLISHED", "[]")
            .replace("}\n", ", \"version\": " + course.getJsonNumber("version") + "}\n");

    assertThat(provB.putJson("api/courses/" + id, change).statusCode()).isEqualTo(403);
    assertThat(provB.delete("api/courses/" + id).statusCode()).isEqualTo(403);
    assertThat(
            new Http(base)
                .as("alex.link")
                .postJson("api/courses", course("Worker " + run, "DRAFT", "[]"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            new Http(base)
                .as("steward")
                .postJson("api/courses", course("Steward " + run, "DRAFT", "[]"))
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.json(provA.getJson("api/courses/" + id)).asJsonObject().getString("title"))
        .isEqualTo("Mine " + run);
  }

  @Test
  void aDraftIsSeenOnlyByItsProviderAndAStaleVersionIsAConflict() {
    JsonObject draft =
        created(provA.postJson("api/courses", course("Draft " + run, "DRAFT", "[]")));
    String id = draft.getString("id");

    assertThat(provB.getJson("api/courses/" + id).statusCode()).isEqualTo(404);
    assertThat(new Http(base).as("alex.link").getJson("api/courses/" + id).statusCode())
        .isEqualTo(404);
    assertThat(provB.getJson("api/courses/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    long version = draft.getJsonNumber("version").longValue();
    String rename =
        course("Draft renamed " + run, "DRAFT", "[]")
            .replace("}\n", ", \"version\": " + version + "}\n");
    assertThat(provA.putJson("api/courses/" + id, rename).statusCode()).isEqualTo(200);
    HttpResponse<String> stale = provA.putJson("api/courses/" + id, rename);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("changed by someone else");

    HttpResponse<String> noVersion =
        provA.putJson("api/courses/" + id, course("X " + run, "DRAFT", "[]"));
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(fields(noVersion)).containsExactly("version");
  }

  @Test
  void aWithdrawnCourseLeavesSearchButStaysReadableByItsProvider() {
    String mapping = "[{\"competency\":\"SE.6\",\"level\":4,\"strength\":\"ASSESSES\"}]";
    JsonObject course =
        created(provA.postJson("api/courses", course("Ethics " + run, "PUBLISHED", mapping)));
    String id = course.getString("id");
    Http worker = new Http(base).as("alex.link");
    assertThat(ids(worker.getJson("api/courses?competency=SE.6&level=4&q=" + run))).contains(id);

    assertThat(provA.delete("api/courses/" + id).statusCode()).isEqualTo(204);

    assertThat(ids(worker.getJson("api/courses?competency=SE.6&level=4&q=" + run)))
        .doesNotContain(id);
    HttpResponse<String> own = provA.getJson("api/courses/" + id);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(Http.json(own).asJsonObject().getString("status")).isEqualTo("WITHDRAWN");

    JsonObject draft = created(provA.postJson("api/courses", course("Gone " + run, "DRAFT", "[]")));
    assertThat(provA.delete("api/courses/" + draft.getString("id")).statusCode()).isEqualTo(204);
    assertThat(provA.getJson("api/courses/" + draft.getString("id")).statusCode()).isEqualTo(404);
  }

  private static List<String> ids(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  @Test
  void searchFindsACourseForACompetencyAtALevelAndPagesWithTheWholeCount() {
    for (int i = 0; i < 3; i++) {
      created(
          provA.postJson(
              "api/courses",
              course(
                  "Paged " + i + " " + run,
                  "PUBLISHED",
                  "[{\"competency\":\"DI.5\",\"level\":3,\"strength\":\"DEVELOPS\"}]")));
    }
    HttpResponse<String> page =
        new Http(base)
            .as("alex.link")
            .getJson(
                "api/courses?competency=DI.5&level=3&provider=" + providerA + "&offset=1&limit=1");
    assertThat(page.headers().firstValue("X-Total-Count")).contains("3");
    JsonArray items = Http.json(page).asJsonArray();
    assertThat(items).hasSize(1);
    assertThat(items.getJsonObject(0).getString("title")).isEqualTo("Paged 1 " + run);
    assertThat(items.getJsonObject(0).getJsonArray("mappings")).hasSize(1);

    assertThat(provA.getJson("api/courses?level=two").statusCode()).isEqualTo(400);
    assertThat(provA.getJson("api/courses?deliveryMode=SOMETIMES").statusCode()).isEqualTo(400);
    assertThat(provA.getJson("api/courses?competency=ZZ.1").statusCode()).isEqualTo(400);
    assertThat(provA.getJson("api/courses?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void provisionCountsPublishedCoursesAtEveryCompetencyAndLevel() {
    int before = courses(provision(), "LY.4", 4);
    created(
        provA.postJson(
            "api/courses",
            course(
                "Leading CPD " + run,
                "PUBLISHED",
                "[{\"competency\":\"LY.4\",\"level\":4,\"strength\":\"DEVELOPS\"}]")));
    created(
        provB.postJson(
            "api/courses",
            course(
                "Draft CPD " + run,
                "DRAFT",
                "[{\"competency\":\"LY.4\",\"level\":4,\"strength\":\"DEVELOPS\"}]")));

    JsonArray after = provision();
    assertThat(after).hasSize(46 * 4);
    assertThat(courses(after, "LY.4", 4)).isEqualTo(before + 1);
    JsonObject cell = after.getJsonObject(0);
    assertThat(cell.keySet()).containsExactly("competency", "level", "courses", "demand");
    assertThat(cell.getInt("demand")).isZero();

    HttpResponse<String> csv = new Http(base).as("alex.link").get("api/provision", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("competency,level,courses,demand,gap\r\n");
    assertThat(csv.body().lines()).hasSize(46 * 4 + 1);
  }

  private JsonArray provision() {
    HttpResponse<String> response = new Http(base).as("alex.link").getJson("api/provision");
    assertThat(response.statusCode()).isEqualTo(200);
    return Http.json(response).asJsonArray();
  }

  private static int courses(JsonArray provision, String competency, int level) {
    for (JsonValue value : provision) {
      JsonObject cell = value.asJsonObject();
      if (cell.getString("competency").equals(competency) && cell.getInt("level") == level) {
        return cell.getInt("courses");
      }
    }
    throw new AssertionError("no cell " + competency + " " + level);
  }

  @Test
  void theDemoCatalogueIsThereForALinkWorkerToSearch() {
    HttpResponse<String> response =
        new Http(base).as("alex.link").getJson("api/courses?competency=PC.1&level=2");
    assertThat(ids(response)).isNotEmpty();
    assertThat(response.body()).contains("What matters to you");
  }

  @Test
  void aProviderSeesItsCoverageOfTheFrameworkAndNoOtherProviderDoes() {
    created(
        provA.postJson(
            "api/courses",
            course(
                "Covered " + run,
                "PUBLISHED",
                "[{\"competency\":\"TS.4\",\"level\":2,\"strength\":\"DEVELOPS\"}]")));
    HttpResponse<String> coverage = provA.getJson("api/providers/" + providerA + "/coverage");
    assertThat(coverage.statusCode()).isEqualTo(200);
    JsonObject body = Http.json(coverage).asJsonObject();
    assertThat(body.getInt("pairs")).isEqualTo(184);
    assertThat(body.getInt("covered")).isEqualTo(1);
    assertThat(provB.getJson("api/providers/" + providerA + "/coverage").statusCode())
        .isEqualTo(404);
  }
}
