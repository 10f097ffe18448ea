package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.linkworker.trellis.testing.TestData;

/**
 * {@code GET /api/frameworks/{code}/{version}/diff} over HTTP: the shipped LWCF version 2, imported
 * by the steward under a version of this run's own (so that other classes' imports never clash),
 * compared with version 1; the counts following a claim and a course made here; CSV; the default
 * earlier version; 400, 404, and 403 for everyone but the steward.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkDiffApiIT {

  private static final String PASSWORD = "framework-diff-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** The version LWCF version 2 is imported as, once for the class. */
  private static String version;

  @BeforeEach
  void importVersionTwo() {
    if (version != null) {
      return;
    }
    String fresh = "2-diff" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    HttpResponse<String> imported =
        steward()
            .postJsonFile(
                "api/frameworks?code=LWCF&version=" + fresh,
                TestData.shipped("lwcf-2.case.json").content());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(Http.json(imported).asJsonObject().getJsonObject("import").getInt("continuations"))
        .isEqualTo(46);
    version = fresh;
  }

  private Http steward() {
    return new Http(base).as("steward");
  }

  private String diffPath(String query) {
    return "api/frameworks/LWCF/" + version + "/diff" + query;
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  private JsonObject diff() {
    return body(steward().getJson(diffPath("?from=1")), 200);
  }

  private static List<JsonObject> changes(JsonObject diff, String kind) {
    return diff.getJsonArray("changes").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("kind").equals(kind))
        .toList();
  }

  private static JsonObject only(JsonObject diff, String kind) {
    List<JsonObject> of = changes(diff, kind);
    assertThat(of).as(kind).hasSize(1);
    return of.get(0);
  }

  private static List<String> codes(JsonArray competencies) {
    return competencies.stream().map(c -> c.asJsonObject().getString("code")).toList();
  }

  private int competenciesOfVersionOne() {
    return body(steward().getJson("api/frameworks/LWCF/1"), 200).getJsonArray("domains").stream()
        .mapToInt(d -> d.asJsonObject().getJsonArray("competencies").size())
        .sum();
  }

  @Test
  void versionTwoSplitsMergesMovesAddsAndRetiresOneCompetencyEach() {
    JsonObject diff = diff();

    assertThat(diff.getString("code")).isEqualTo("LWCF");
    assertThat(diff.getString("from")).isEqualTo("1");
    assertThat(diff.getString("to")).isEqualTo(version);
    JsonObject counts = diff.getJsonObject("counts");
    assertThat(counts.keySet())
        .containsExactly("unchanged", "changed", "split", "merged", "new", "retired");
    assertThat(counts.getInt("unchanged")).isEqualTo(competenciesOfVersionOne() - 5);
    for (String kind : List.of("changed", "split", "merged", "new", "retired")) {
      assertThat(counts.getInt(kind)).as(kind).isEqualTo(1);
    }
    assertThat(diff.getJsonArray("changes").stream().map(c -> c.asJsonObject().getString("kind")))
        .containsExactly("SPLIT", "MERGED", "CHANGED", "NEW", "RETIRED");

    JsonObject split = only(diff, "SPLIT");
    assertThat(codes(split.getJsonArray("from"))).containsExactly("CR.3");
    assertThat(codes(split.getJsonArray("to"))).containsExactly("CR.3", "CR.7");
    assertThat(split.getJsonArray("to").getJsonObject(1).getString("title"))
        .startsWith("Write clear, accurate and accessible letters");
    JsonObject merged = only(diff, "MERGED");
    assertThat(codes(merged.getJsonArray("from"))).containsExactly("DI.1", "DI.6");
    assertThat(codes(merged.getJsonArray("to"))).containsExactly("DI.1");
    JsonObject moved = only(diff, "CHANGED");
    assertThat(codes(moved.getJsonArray("from"))).containsExactly("TS.6");
    assertThat(codes(moved.getJsonArray("to"))).containsExactly("LY.6");
    assertThat(moved.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("code", "domain", "title");
    assertThat(codes(only(diff, "NEW").getJsonArray("to"))).containsExactly("DI.7");
    assertThat(only(diff, "NEW").getJsonArray("from")).isEmpty();
    assertThat(codes(only(diff, "RETIRED").getJsonArray("from"))).containsExactly("CC.5");
    assertThat(only(diff, "RETIRED").getJsonArray("to")).isEmpty();
    for (JsonValue change : diff.getJsonArray("changes")) {
      for (String count : List.of("workers", "entries", "courses")) {
        assertThat(change.asJsonObject().getInt(count)).as(count).isNotNegative();
      }
    }
  }

  @Test
  void theUnchangedAreListedWhenAskedFor() {
    JsonObject diff = body(steward().getJson(diffPath("?from=1&unchanged=true")), 200);

    List<JsonObject> unchanged = changes(diff, "UNCHANGED");
    assertThat(unchanged).hasSize(diff.getJsonObject("counts").getInt("unchanged"));
    assertThat(unchanged)
        .allSatisfy(
            c -> assertThat(codes(c.getJsonArray("from"))).isEqualTo(codes(c.getJsonArray("to"))));
  }

  @Test
  void aClaimAndACourseOnTheOldCompetenciesAreCountedOnTheirChanges() {
    JsonObject before = diff();
    Http steward = steward();
    String run = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    String organisation =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Diff employer " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String supervisor = "dfs" + run;
    String worker = "dfw" + run;
    person(steward, organisation, supervisor, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    person(steward, organisation, worker, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    Http linkWorker = new Http(base).as(worker, PASSWORD);
    String entry =
        body(
                linkWorker.postJson(
                    "api/people/" + worker + "/cpd-entries",
                    """
                    {"date":"%s","title":"Community mapping","type":"PEER_LEARNING","hours":1,
                     "participatory":false,"claims":[{"competency":"CC.5","level":1},
                     {"competency":"DI.6","level":2}]}
                    """
                        .formatted(LocalDate.now().minusDays(1))),
                201)
            .getString("id");
    body(linkWorker.postJson("api/cpd-entries/" + entry + "/submit", "{}"), 200);
    String provider =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Diff provider " + run + "\",\"kind\":\"PROVIDER\"}"),
                201)
            .getString("id");
    String author = "dfp" + run;
    person(steward, provider, author, "[\"PROVIDER\"]", null, null);
    body(
        new Http(base)
            .as(author, PASSWORD)
            .postJson(
                "api/courses",
                "{\"title\":\"Digital systems "
                    + run
                    + "\",\"deliveryMode\":\"ONLINE\",\"hours\":1,\"status\":\"PUBLISHED\","
                    + "\"mappings\":[{\"competency\":\"DI.6\",\"level\":1,\"strength\":\"DEVELOPS\"}]}"),
        201);

    JsonObject after = diff();

    assertThat(counts(after, "RETIRED")).isEqualTo(plus(counts(before, "RETIRED"), 1, 1, 0));
    assertThat(counts(after, "MERGED")).isEqualTo(plus(counts(before, "MERGED"), 1, 1, 1));
    assertThat(counts(after, "SPLIT")).isEqualTo(counts(before, "SPLIT"));
  }

  private static List<Integer> counts(JsonObject diff, String kind) {
    JsonObject change = only(diff, kind);
    return List.of(change.getInt("workers"), change.getInt("entries"), change.getInt("courses"));
  }

  private static List<Integer> plus(List<Integer> counts, int workers, int entries, int courses) {
    return List.of(counts.get(0) + workers, counts.get(1) + entries, counts.get(2) + courses);
  }

  private static void person(
      Http steward,
      String organisation,
      String username,
      String roles,
      String stage,
      String supervisedBy) {
    String json =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                stage == null ? "" : ",\"stage\":\"" + stage + "\"",
                supervisedBy == null ? "" : ",\"supervisor\":\"" + supervisedBy + "\"");
    body(steward.postJson("api/organisations/" + organisation + "/people", json), 201);
  }

  @Test
  void theDiffDownloadsAsCsvARowPerCompetencyOfEachChange() {
    HttpResponse<String> csv = steward().get(diffPath("?from=1"), "text/csv");

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"framework-diff-lwcf-1-to-");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("kind,from_code,from_title,to_code,to_title,fields,workers,entries,courses");
    assertThat(lines).hasSize(1 + 2 + 2 + 1 + 1 + 1);
    assertThat(lines.get(1)).startsWith("SPLIT,CR.3,");
  }

  @Test
  void theDiffDownloadsAsAPdf() {
    HttpResponse<String> pdf = steward().get(diffPath("?from=1"), "application/pdf");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"framework-diff-lwcf-1-to-")
        .endsWith(".pdf\"");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void withoutFromTheVersionBelowIsCompared() {
    List<String> below =
        Http.json(steward().getJson("api/frameworks")).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("code").equals("LWCF"))
            .map(f -> f.getString("version"))
            .toList();
    // the list is newest first within a code: the version after this one is the one below it
    String expected = below.get(below.indexOf(version) + 1);

    JsonObject diff = body(steward().getJson(diffPath("")), 200);

    assertThat(diff.getString("from")).isEqualTo(expected);
  }

  @Test
  void theSameVersionIsABadRequestAndAnUnknownOneIsNotFound() {
    HttpResponse<String> same = steward().getJson(diffPath("?from=" + version));
    assertThat(same.statusCode()).as(same.body()).isEqualTo(400);
    assertThat(same.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(same.body()).contains("from");

    for (String path :
        List.of(
            "api/frameworks/LWCF/no-such-version/diff?from=1",
            "api/frameworks/NOSUCH/2/diff?from=1",
            diffPath("?from=no-such-version"),
            "api/frameworks/LWCF/1/diff")) {
      HttpResponse<String> missing = steward().getJson(path);
      assertThat(missing.statusCode()).as(path + ": " + missing.body()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }
  }

  @Test
  void onlyTheStewardMayCompareVersions() {
    for (String who : List.of("alex.link", "emma.employer", "sam.supervisor", "pat.provider")) {
      HttpResponse<String> refused = new Http(base).as(who).getJson(diffPath("?from=1"));
      assertThat(refused.statusCode()).as(who + ": " + refused.body()).isEqualTo(403);
    }
    assertThat(new Http(base).getJson(diffPath("?from=1")).statusCode()).isEqualTo(401);
  }
}
