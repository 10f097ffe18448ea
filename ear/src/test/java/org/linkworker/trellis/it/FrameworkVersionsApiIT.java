package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * A framework moving to a new version over HTTP, as the steward does it: version 1 of a framework
 * (the link worker framework's package under a code of the class's own, so that the rest of the
 * suite keeps the LWCF it knows) is current and a team works against it; the shipped version 2
 * (split, merge, rename, new, retired) is imported, given version 1's stages carried over, refused
 * while it lacks a stage someone is at, then made current. The worker keeps every level, now in
 * version 2's competencies; new CPD claims version 2; a course mapped to a version 1 competency is
 * found under its successor; version 1 stays readable.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkVersionsApiIT {

  private static final String PASSWORD = "framework-versions-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonValue json = Http.json(response);
    return json.getValueType() == JsonValue.ValueType.OBJECT ? json.asJsonObject() : null;
  }

  private static String person(
      Http steward, String organisation, String username, String roles, String stage, String boss) {
    String json =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                stage == null ? "" : ",\"stage\":\"" + stage + "\"",
                boss == null ? "" : ",\"supervisor\":\"" + boss + "\"");
    body(steward.postJson("api/organisations/" + organisation + "/people", json), 201);
    return username;
  }

  private static String organisation(Http steward, String name, String kind) {
    return body(
            steward.postJson(
                "api/organisations", "{\"name\":\"%s\",\"kind\":\"%s\"}".formatted(name, kind)),
            201)
        .getString("id");
  }

  /** A verified entry of the worker's claiming one competency at a level. */
  private static void verifiedClaim(
      Http worker, String username, Http supervisor, String competency, int level, int daysAgo) {
    String entry =
        """
        {"date":"%s","title":"Practice %s","type":"PEER_LEARNING","hours":1.5,
         "participatory":true,"claims":[{"competency":"%s","level":%d}]}
        """
            .formatted(LocalDate.now().minusDays(daysAgo), competency, competency, level);
    String id =
        body(worker.postJson("api/people/" + username + "/cpd-entries", entry), 201)
            .getString("id");
    body(worker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    body(supervisor.postJson("api/cpd-entries/" + id + "/verify", "{\"note\":null}"), 200);
  }

  private static Map<String, Integer> attainment(Http who, String username) {
    HttpResponse<String> response = who.getJson("api/people/" + username + "/attainment");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonValue json = Http.json(response);
    JsonArray rows =
        json.getValueType() == JsonValue.ValueType.ARRAY
            ? json.asJsonArray()
            : json.asJsonObject().getJsonArray("competencies");
    Map<String, Integer> levels = new LinkedHashMap<>();
    rows.getValuesAs(JsonObject.class)
        .forEach(c -> levels.put(c.getString("competency"), c.getInt("level")));
    return levels;
  }

  private static JsonObject version(JsonArray frameworks, String code, String version) {
    return frameworks.getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("code").equals(code) && f.getString("version").equals(version))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " " + version + " in " + frameworks));
  }

  @Test
  void theStewardMakesVersionTwoCurrentAndNoWorkerLosesALevel() {
    int run = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    String code = "VER" + run;
    String worker = "vw" + run;
    String senior = "vs" + run;
    Http steward = new Http(base).as("steward");

    // version 1, current, with two stages of the class's own
    body(
        steward.postJsonFile(
            "api/frameworks?code=" + code + "&version=1",
            TestData.shipped("lwcf-1.case.json").content()),
        201);
    String stages =
        """
        [{"code":"%1$s_WORKER","title":"Worker","requirements":{"CR.3":2,"DI.1":2,"TS.6":2}},
         {"code":"%1$s_SENIOR","title":"Senior","requirements":{"CR.3":3,"DI.1":3,"DI.6":3,"CC.5":2}}]
        """
            .formatted(code);
    body(steward.putJson("api/frameworks/" + code + "/1/stages", stages), 200);
    body(steward.postJson("api/frameworks/" + code + "/1/publish", "{\"current\":true}"), 200);

    // a team on version 1, and a course mapped to a version 1 competency
    String team = organisation(steward, "Versions team " + run, "EMPLOYER");
    person(steward, team, senior, "[\"SUPERVISOR\",\"LINK_WORKER\"]", code + "_SENIOR", null);
    person(steward, team, worker, "[\"LINK_WORKER\"]", code + "_WORKER", senior);
    String employer = person(steward, team, "ve" + run, "[\"EMPLOYER\"]", null, null);
    String provider = organisation(steward, "Versions courses " + run, "PROVIDER");
    Http pat =
        new Http(base)
            .as(person(steward, provider, "vp" + run, "[\"PROVIDER\"]", null, null), PASSWORD);
    Http alex = new Http(base).as(worker, PASSWORD);
    Http sam = new Http(base).as(senior, PASSWORD);
    Http emma = new Http(base).as(employer, PASSWORD);
    body(
        pat.postJson(
            "api/courses",
            """
            {"title":"Referral pathways %2$s","description":"Pathways","deliveryMode":"ONLINE",
             "hours":3,"cpdHours":3,"status":"PUBLISHED",
             "mappings":[{"competency":"CR.3","level":3,"strength":"DEVELOPS","framework":"%1$s"}]}
            """
                .formatted(code, run)),
        201);
    verifiedClaim(alex, worker, sam, "CR.3", 2, 40);
    verifiedClaim(alex, worker, sam, "CR.3", 2, 30);
    verifiedClaim(alex, worker, sam, "DI.1", 3, 20);
    verifiedClaim(alex, worker, sam, "DI.6", 3, 10);
    verifiedClaim(alex, worker, sam, "CC.5", 2, 9);
    verifiedClaim(alex, worker, sam, "CC.5", 2, 8);
    body(
        sam.postJson(
            "api/people/" + worker + "/assessments",
            "{\"competency\":\"TS.6\",\"level\":3,\"date\":\"%s\"}"
                .formatted(LocalDate.now().minusDays(5))),
        201);
    Map<String, Integer> before = attainment(emma, worker);
    assertThat(before)
        .containsEntry("CR.3", 2)
        .containsEntry("DI.1", 0)
        .containsEntry("DI.6", 0)
        .containsEntry("TS.6", 3)
        .containsEntry("CC.5", 2)
        .doesNotContainKey("CR.7");

    // version 2 imported: its continuations link it to version 1
    JsonObject imported =
        body(
            steward.postJsonFile(
                "api/frameworks?code=" + code + "&version=2",
                TestData.shipped("lwcf-2.case.json").content()),
            201);
    assertThat(imported.getString("status")).isEqualTo("DRAFT");
    assertThat(imported.getJsonObject("import").getInt("continuations")).isEqualTo(46);

    // without the senior stage, someone would lose theirs: refused, nothing changes
    body(
        steward.putJson(
            "api/frameworks/" + code + "/2/stages",
            "[{\"code\":\"%s_WORKER\",\"title\":\"Worker\",\"requirements\":{}}]".formatted(code)),
        200);
    HttpResponse<String> refused =
        steward.postJson("api/frameworks/" + code + "/2/publish", "{\"current\":true}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(Http.json(refused).asJsonObject().getString("detail"))
        .contains(code + "_SENIOR")
        .contains("1 person is at it");
    JsonArray unchanged = Http.json(steward.getJson("api/frameworks")).asJsonArray();
    assertThat(version(unchanged, code, "1").getBoolean("current")).isTrue();
    assertThat(version(unchanged, code, "2").getString("status")).isEqualTo("DRAFT");

    // version 1's stages carried to version 2's competencies, given, published current
    HttpResponse<String> carriedResponse =
        steward.getJson("api/frameworks/" + code + "/2/stages/carried");
    assertThat(carriedResponse.statusCode()).as(carriedResponse.body()).isEqualTo(200);
    JsonArray carried = Http.json(carriedResponse).asJsonArray();
    assertThat(carried).hasSize(2);
    JsonObject seniorStage = carried.getJsonObject(1);
    assertThat(seniorStage.getString("code")).isEqualTo(code + "_SENIOR");
    JsonObject required = seniorStage.getJsonObject("requirements");
    assertThat(required.getInt("CR.3")).isEqualTo(3);
    assertThat(required.getInt("CR.7")).isEqualTo(3); // split from CR.3
    assertThat(required.getInt("DI.1")).isEqualTo(3); // DI.1 and DI.6 merged
    assertThat(required.containsKey("CC.5")).isFalse(); // retired
    assertThat(required.containsKey("DI.7")).isFalse(); // new
    body(steward.putJson("api/frameworks/" + code + "/2/stages", carried.toString()), 200);
    JsonObject published =
        body(steward.postJson("api/frameworks/" + code + "/2/publish", "{\"current\":true}"), 200);
    assertThat(published.getBoolean("current")).isTrue();

    JsonArray frameworks = Http.json(steward.getJson("api/frameworks")).asJsonArray();
    assertThat(version(frameworks, code, "1").getBoolean("current")).isFalse();
    assertThat(version(frameworks, code, "1").getString("status")).isEqualTo("PUBLISHED");
    assertThat(version(frameworks, code, "2").getBoolean("current")).isTrue();
    body(alex.getJson("api/frameworks/" + code + "/1"), 200); // still readable

    // the worker keeps every level, now counted in version 2's competencies
    Map<String, Integer> after = attainment(emma, worker);
    assertThat(after)
        .hasSize(46)
        .containsEntry("CR.3", 2)
        .containsEntry("CR.7", 2)
        .containsEntry("DI.1", 3)
        .containsEntry("LY.6", 3)
        .containsEntry("DI.7", 0)
        .doesNotContainKeys("CC.5", "TS.6", "DI.6");
    assertThat(attainment(alex, worker)).isEqualTo(after);

    // new CPD claims version 2: CR.7 did not exist in version 1
    verifiedClaim(alex, worker, sam, "CR.7", 3, 3);
    verifiedClaim(alex, worker, sam, "CR.7", 3, 2);
    assertThat(attainment(alex, worker)).containsEntry("CR.7", 3).containsEntry("CR.3", 2);

    // the course mapped to version 1's CR.3 is found under both its successors
    for (String successor : new String[] {"CR.3", "CR.7"}) {
      HttpResponse<String> found =
          alex.getJson("api/courses?framework=" + code + "&competency=" + successor + "&level=3");
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(found.body()).as(successor).contains("Referral pathways " + run);
    }
  }
}
