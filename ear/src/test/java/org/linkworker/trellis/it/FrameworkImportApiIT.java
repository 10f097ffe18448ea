package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.testing.TestData;

/**
 * The steward imports CASE packages written by other tools through {@code POST /api/frameworks}:
 * every shared package is stored as a draft or refused with a 400 naming the problem, with nothing
 * stored; the draft reads back whole and exports with the package's own identifiers; a repeated
 * import is a 409; a preview stores nothing; nobody but the steward may import.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkImportApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void everySharedPackageIsImportedAsADraftOrRefusedWithNothingStored() {
    Http steward = new Http(base).as("steward");
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    for (String name : TestData.sharedCaseFiles()) {
      int before = frameworks(steward).size();
      HttpResponse<String> response =
          steward.postJsonFile(
              "api/frameworks?version=" + version, TestData.thirdParty(name).content());

      if (response.statusCode() == 201) {
        JsonObject imported = Http.json(response).asJsonObject();
        assertThat(imported.getString("status")).as(name).isEqualTo("DRAFT");
        assertThat(imported.getBoolean("current")).as(name).isFalse();
        assertThat(imported.getJsonObject("import").getInt("competencies")).as(name).isPositive();
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location)
            .as(name)
            .endsWith("/api/frameworks/" + imported.getString("code") + "/" + version);
        assertThat(frameworks(steward)).as(name).hasSize(before + 1);
      } else {
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
            .startsWith("application/problem+json");
        assertThat(Http.json(response).asJsonObject().getString("detail")).as(name).isNotBlank();
        assertThat(frameworks(steward)).as(name + " stores nothing").hasSize(before);
      }
    }
  }

  @Test
  void theDraftReadsBackWholeAndExportsWithThePackagesOwnIdentifiers() {
    Http steward = new Http(base).as("steward");
    String code = "WSCB" + suffix();
    byte[] file = TestData.thirdParty("WhatStandardsCouldBe.json").content();

    HttpResponse<String> created =
        steward.postJsonFile(
            "api/frameworks?code=" + code + "&domainType=Cluster&competencyType=Standard", file);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject imported = Http.json(created).asJsonObject();
    assertThat(imported.getJsonObject("import").getString("classification"))
        .isEqualTo("CHOSEN_TYPES");
    JsonObject framework =
        Http.json(steward.getJson("api/frameworks/" + code + "/1")).asJsonObject();
    assertThat(framework.getString("title")).isEqualTo("What Standards Could Be");
    assertThat(framework.getJsonArray("domains")).hasSize(2);
    assertThat(framework.getJsonArray("stages")).isEmpty();
    assertThat(framework.getJsonArray("levels")).hasSize(4);

    JsonObject export =
        Http.json(steward.getJson("api/frameworks/" + code + "/1/case")).asJsonObject();
    Set<String> original =
        identifiers(jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(file)).read());
    Set<String> exported = identifiers(export);
    assertThat(export.getJsonObject("CFDocument").getString("identifier"))
        .isEqualTo("20c5134f-423d-4097-a971-3dd5152bf507");
    assertThat(original).containsAll(exported);
    assertThat(exported).hasSize(2 + 6);
  }

  @Test
  void theSamePackageTwiceUnderOneCodeAndVersionIsAConflict() {
    Http steward = new Http(base).as("steward");
    String path = "api/frameworks?code=TWICE" + suffix() + "&version=1";
    byte[] file = TestData.thirdParty("SmartLevelFramework.json").content();
    assertThat(steward.postJsonFile(path, file).statusCode()).isEqualTo(201);
    int before = frameworks(steward).size();

    HttpResponse<String> again = steward.postJsonFile(path, file);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).asJsonObject().getString("detail")).contains("is already stored");
    assertThat(frameworks(steward)).hasSize(before);
  }

  @Test
  void aPreviewSaysWhatThePackageWouldBecomeAndStoresNothing() {
    Http steward = new Http(base).as("steward");
    int before = frameworks(steward).size();

    HttpResponse<String> preview =
        steward.postJsonFile(
            "api/frameworks?preview=true&level=Novice&level=Expert",
            TestData.thirdParty("OpenCaseRoundTripRubrics.json").content());

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonObject body = Http.json(preview).asJsonObject();
    assertThat(body.getBoolean("stored")).isFalse();
    JsonObject report = body.getJsonObject("import");
    assertThat(report.getString("levelSource")).isEqualTo("CHOSEN_SCALE");
    assertThat(report.getJsonArray("levels").getValuesAs(JsonValue::toString))
        .containsExactly("\"Novice\"", "\"Expert\"");
    assertThat(report.getJsonArray("itemTypes")).isNotEmpty();
    assertThat(frameworks(steward)).hasSize(before);
  }

  @Test
  void badInputIsRefusedWithAMessageAndNothingStored() {
    Http steward = new Http(base).as("steward");
    int before = frameworks(steward).size();
    String cycle =
        """
        {"CFDocument": {"identifier": "doc-1", "uri": "https://example.org/doc-1",
          "creator": "Tests", "title": "Cycle", "lastChangeDateTime": "2026-01-01T00:00:00Z"},
         "CFItems": [
          {"identifier": "a", "uri": "https://example.org/a", "fullStatement": "A",
           "lastChangeDateTime": "2026-01-01T00:00:00Z"},
          {"identifier": "b", "uri": "https://example.org/b", "fullStatement": "B",
           "lastChangeDateTime": "2026-01-01T00:00:00Z"}],
         "CFAssociations": [
          {"identifier": "ab", "uri": "https://example.org/ab", "associationType": "isChildOf",
           "lastChangeDateTime": "2026-01-01T00:00:00Z",
           "originNodeURI": {"title": "a", "identifier": "a", "uri": "https://example.org/a"},
           "destinationNodeURI": {"title": "b", "identifier": "b", "uri": "https://example.org/b"}},
          {"identifier": "ba", "uri": "https://example.org/ba", "associationType": "isChildOf",
           "lastChangeDateTime": "2026-01-01T00:00:00Z",
           "originNodeURI": {"title": "b", "identifier": "b", "uri": "https://example.org/b"},
           "destinationNodeURI": {"title": "a", "identifier": "a", "uri": "https://example.org/a"}}]}
        """;

    for (String body :
        List.of(cycle, "", "not json", "[]", "{\"CFDocument\": 5}", "{\"CFItems\": []}")) {
      HttpResponse<String> refused =
          steward.postJsonFile("api/frameworks", body.getBytes(StandardCharsets.UTF_8));
      assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
      assertThat(Http.json(refused).asJsonObject().getString("detail")).isNotBlank();
    }
    HttpResponse<String> cycleRefused =
        steward.postJsonFile("api/frameworks", cycle.getBytes(StandardCharsets.UTF_8));
    assertThat(Http.json(cycleRefused).asJsonObject().getString("detail")).contains("circle");

    HttpResponse<String> badCode =
        steward.postJsonFile(
            "api/frameworks?code=lower%20case",
            TestData.thirdParty("MarkdownFramework.json").content());
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(Http.json(badCode).asJsonObject().getJsonArray("errors").toString())
        .contains("\"code\"");
    assertThat(frameworks(steward)).hasSize(before);
  }

  @Test
  void onlyTheStewardImports() {
    byte[] file = TestData.thirdParty("MarkdownFramework.json").content();
    for (String username : List.of("alex.link", "emma.employer", "pat.provider")) {
      HttpResponse<String> refused =
          new Http(base).as(username).postJsonFile("api/frameworks?code=NOPE", file);
      assertThat(refused.statusCode()).as(username).isEqualTo(403);
    }
    assertThat(new Http(base).postJsonFile("api/frameworks", file).statusCode()).isEqualTo(401);
    assertThat(frameworks(new Http(base).as("steward")).stream().map(f -> f.getString("code")))
        .doesNotContain("NOPE");
  }

  @Test
  void theStewardGivesADraftItsStagesPublishesItAndATeamWorksAgainstIt() {
    Http steward = new Http(base).as("steward");
    String code = "ST" + suffix();
    String stage = "COACH_" + suffix();
    assertThat(
            steward
                .postJsonFile(
                    "api/frameworks?code=" + code,
                    TestData.thirdParty("SmartLevelFramework.json").content())
                .statusCode())
        .isEqualTo(201);
    List<String> competencies =
        Http.json(steward.getJson("api/frameworks/" + code + "/1"))
            .asJsonObject()
            .getJsonArray("domains")
            .getValuesAs(JsonObject.class)
            .stream()
            .flatMap(d -> d.getJsonArray("competencies").getValuesAs(JsonObject.class).stream())
            .map(c -> c.getString("code"))
            .toList();

    HttpResponse<String> early = steward.postJson("api/frameworks/" + code + "/1/publish", "{}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(Http.json(early).asJsonObject().getString("detail")).contains("no career stages");

    HttpResponse<String> bad =
        steward.putJson(
            "api/frameworks/" + code + "/1/stages",
            "[{\"code\":\"lower\",\"title\":\"\",\"requirements\":{\"NO.SUCH\":1}},"
                + " {\"code\":\"X\",\"title\":\"X\",\"requirements\":{\""
                + competencies.get(0)
                + "\":\"two\"}}]");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(Http.json(bad).asJsonObject().getJsonArray("errors").toString())
        .contains("stages[1].requirements");

    String stages =
        "[{\"code\":\"TRAINEE_"
            + stage
            + "\",\"title\":\"Trainee coach\",\"requirements\":{\""
            + competencies.get(0)
            + "\":1}},"
            + "{\"code\":\""
            + stage
            + "\",\"title\":\"Coach\",\"requirements\":{\""
            + competencies.get(0)
            + "\":2,\""
            + competencies.get(1)
            + "\":3}}]";
    HttpResponse<String> given = steward.putJson("api/frameworks/" + code + "/1/stages", stages);
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    JsonArray saved = Http.json(given).asJsonObject().getJsonArray("stages");
    assertThat(saved).hasSize(2);
    assertThat(saved.getJsonObject(1).getJsonObject("requirements").getInt(competencies.get(1)))
        .isEqualTo(3);

    HttpResponse<String> published =
        steward.postJson("api/frameworks/" + code + "/1/publish", "{\"current\":true}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Http.json(published).asJsonObject().getString("status")).isEqualTo("PUBLISHED");
    assertThat(frameworks(steward))
        .filteredOn(f -> f.getString("code").equals(code))
        .singleElement()
        .satisfies(f -> assertThat(f.getBoolean("current")).isTrue());
    assertThat(steward.putJson("api/frameworks/" + code + "/1/stages", stages).statusCode())
        .isEqualTo(409);
    assertThat(steward.postJson("api/frameworks/" + code + "/1/publish", "{}").statusCode())
        .isEqualTo(409);
    // LWCF stays current for its own code
    assertThat(frameworks(steward))
        .filteredOn(f -> f.getString("code").equals("LWCF") && f.getBoolean("current"))
        .hasSize(1);

    HttpResponse<String> organisation =
        steward.postJson(
            "api/organisations",
            "{\"name\":\"Imported team " + suffix() + "\",\"kind\":\"EMPLOYER\"}");
    String org = Http.json(organisation).asJsonObject().getString("id");
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + org + "/people",
            ("{\"username\":\"coach%s\",\"displayName\":\"Casey Coach\","
                    + "\"password\":\"imported-team-2026\",\"roles\":[\"LINK_WORKER\"],"
                    + "\"stage\":\"%s\"}")
                .formatted(suffix(), stage));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }

  private static List<JsonObject> frameworks(Http http) {
    return Http.json(http.getJson("api/frameworks")).asJsonArray().getValuesAs(JsonObject.class);
  }

  private static Set<String> identifiers(jakarta.json.JsonStructure pkg) {
    JsonArray items = pkg.asJsonObject().getJsonArray("CFItems");
    return items.stream()
        .map(item -> item.asJsonObject().getString("identifier"))
        .collect(Collectors.toSet());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 4);
  }
}
