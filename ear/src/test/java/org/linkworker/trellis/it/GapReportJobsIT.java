package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
 * The organisation-wide gap report over HTTP as API.md names it, on a team made for each test: the
 * job starts with 202 and the Location of its progress, completes with every active link worker
 * written once, its snapshot agrees with each worker's own report, it downloads as CSV, compares
 * with an earlier one, and feeds the demand of {@code GET /api/provision}; requests the caller may
 * not make are refused.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapReportJobsIT {

  private static final String PASSWORD = "gap-report-jobs-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Http steward;
  private String organisation;
  private String worker;
  private String trainee;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;

  @BeforeEach
  void team() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    steward = new Http(base).as("steward");
    organisation =
        body(
                steward.postJson(
                    "api/organisations", "{\"name\":\"Gaps " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String employer = person("ge" + run, "[\"EMPLOYER\"]", null, null);
    String supervisor = person("gs" + run, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    worker = person("gw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    trainee = person("gt" + run, "[\"LINK_WORKER\"]", "TRAINEE", supervisor);
    asEmployer = new Http(base).as(employer, PASSWORD);
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    asWorker = new Http(base).as(worker, PASSWORD);
  }

  private String person(String username, String roles, String stage, String supervisedBy) {
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
    return username;
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).asJsonArray();
  }

  /** A verified entry of the worker's claiming a competency at a level. */
  private void verifiedClaim(String competency, int level) {
    String json =
        ("{\"date\":\"%s\",\"title\":\"Learning\",\"type\":\"COURSE\",\"hours\":2,"
                + "\"claims\":[{\"competency\":\"%s\",\"level\":%d}]}")
            .formatted(LocalDate.now().minusDays(10), competency, level);
    String id =
        body(asWorker.postJson("api/people/" + worker + "/cpd-entries", json), 201).getString("id");
    body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    body(asSupervisor.postJson("api/cpd-entries/" + id + "/verify", "{\"note\":\"Seen\"}"), 200);
  }

  /** Starts the organisation's job and waits until it ends; returns the finished job. */
  private JsonObject completed(Http as, String organisationJson) {
    HttpResponse<String> started =
        as.postJson("api/reports/gap-reports", "{\"organisation\":" + organisationJson + "}");
    JsonObject job = body(started, 202);
    assertThat(started.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/reports/jobs/" + job.getString("id"));
    assertThat(job.getString("status")).isIn("STARTING", "STARTED", "COMPLETED");
    for (int i = 0; i < 600; i++) {
      job = body(as.getJson("api/reports/jobs/" + job.getString("id")), 200);
      if (!job.getString("status").startsWith("START")) {
        return job;
      }
      sleep();
    }
    throw new AssertionError("the job did not end within two minutes: " + job);
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theJobWritesEveryActiveLinkWorkerOnceAgainstTheirNextStageAsTheirOwnReportSays() {
    verifiedClaim("PC.1", 2);
    verifiedClaim("PC.1", 3);

    JsonObject job = completed(asEmployer, "\"" + organisation + "\"");

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    JsonObject progress = job.getJsonObject("progress");
    // The worker, the trainee and the supervisor (a link worker too); the employer is not one.
    assertThat(progress.getInt("done")).isEqualTo(3).isEqualTo(progress.getInt("total"));
    assertThat(job.getString("startedAt")).isNotBlank();
    assertThat(job.getString("endedAt")).isNotBlank();
    String result = job.getString("result");
    assertThat(result).endsWith("/api/reports/gap-reports/" + job.getString("id"));

    JsonObject snapshot = body(asEmployer.getJson(result.substring(1)), 200);
    assertThat(snapshot.getInt("workers")).isEqualTo(3);
    JsonArray people =
        array(asEmployer.getJson("api/reports/gap-reports/" + job.getString("id") + "/people"));
    JsonObject row =
        people.stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("username").equals(worker))
            .findFirst()
            .orElseThrow();
    JsonObject own = body(asWorker.getJson("api/people/" + worker + "/gap-report"), 200);
    assertThat(row.getString("stage")).isEqualTo(own.getString("stage"));
    assertThat(row.getJsonArray("gaps")).isEqualTo(withoutDomains(own.getJsonArray("gaps")));
    assertThat(row.getJsonNumber("readiness").doubleValue())
        .isEqualTo(own.getJsonNumber("readiness").doubleValue());

    HttpResponse<String> csv =
        asEmployer.get("api/reports/gap-reports/" + job.getString("id"), "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo("username,display name,current stage,stage,competency,required,attained,gap");
    assertThat(csv.body()).contains(worker + ",").contains(trainee + ",");
  }

  private static JsonArray withoutDomains(JsonArray gaps) {
    var copy = jakarta.json.Json.createArrayBuilder();
    for (JsonValue gap : gaps) {
      var object = jakarta.json.Json.createObjectBuilder(gap.asJsonObject());
      object.remove("domain");
      copy.add(object);
    }
    return copy.build();
  }

  @Test
  void aLaterSnapshotComparedWithAnEarlierOneShowsTheGapClosed() {
    JsonObject before = completed(asEmployer, "\"" + organisation + "\"");
    JsonObject own = body(asWorker.getJson("api/people/" + worker + "/gap-report"), 200);
    JsonObject gap =
        own.getJsonArray("gaps").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getInt("gap") > 0)
            .findFirst()
            .orElseThrow();
    verifiedClaim(gap.getString("competency"), gap.getInt("required"));
    verifiedClaim(gap.getString("competency"), gap.getInt("required"));
    JsonObject after = completed(asEmployer, "\"" + organisation + "\"");

    JsonObject comparison =
        body(
            asEmployer.getJson(
                "api/reports/gap-reports/"
                    + after.getString("id")
                    + "/comparison?with="
                    + before.getString("id")),
            200);
    JsonObject change =
        comparison.getJsonArray("workers").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("username").equals(worker))
            .findFirst()
            .orElseThrow();
    assertThat(change.getJsonArray("closed").getString(0)).isEqualTo(gap.getString("competency"));
    assertThat(change.getJsonNumber("after").doubleValue())
        .isGreaterThan(change.getJsonNumber("before").doubleValue());
    JsonArray jobs = array(asEmployer.getJson("api/reports/gap-reports"));
    assertThat(jobs.getJsonObject(0).getString("id")).isEqualTo(after.getString("id"));
  }

  @Test
  void provisionsDemandCountsTheWorkersOfTheLatestSnapshotBetweenAttainedAndRequired() {
    JsonObject job = completed(steward, "null");
    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    // Provision is of the default framework: its demand counts the people whose stage is one of
    // its stages (other classes add people on frameworks of their own, some with the same codes).
    Set<String> defaultStages =
        Http.json(steward.getJson("api/frameworks/current"))
            .asJsonObject()
            .getJsonArray("stages")
            .stream()
            .map(stage -> stage.asJsonObject().getString("code"))
            .collect(java.util.stream.Collectors.toSet());
    Map<String, Integer> expected = new HashMap<>();
    int offset = 0;
    while (true) {
      JsonArray page =
          array(
              steward.getJson(
                  "api/reports/gap-reports/"
                      + job.getString("id")
                      + "/people?limit=1000&offset="
                      + offset));
      for (JsonValue person : page) {
        String stage = person.asJsonObject().getString("currentStage", null);
        if (stage != null && !defaultStages.contains(stage)) {
          continue;
        }
        for (JsonValue value : person.asJsonObject().getJsonArray("gaps")) {
          JsonObject g = value.asJsonObject();
          for (int level = g.getInt("attained") + 1; level <= g.getInt("required"); level++) {
            expected.merge(g.getString("competency") + "#" + level, 1, Integer::sum);
          }
        }
      }
      if (page.size() < 1000) {
        break;
      }
      offset += 1000;
    }
    assertThat(expected).isNotEmpty();

    JsonArray provision = array(asWorker.getJson("api/provision"));
    for (JsonValue value : provision) {
      JsonObject cell = value.asJsonObject();
      assertThat(cell.getInt("demand"))
          .as(cell.toString())
          .isEqualTo(
              expected.getOrDefault(cell.getString("competency") + "#" + cell.getInt("level"), 0));
    }
  }

  @Test
  void whatTheCallerMayNotAskIsRefused() {
    // Every organisation: the steward only.
    assertThat(
            asEmployer.postJson("api/reports/gap-reports", "{\"organisation\":null}").statusCode())
        .isEqualTo(403);
    assertThat(asEmployer.postJson("api/reports/gap-reports", "").statusCode()).isEqualTo(403);
    assertThat(
            asWorker
                .postJson("api/reports/gap-reports", "{\"organisation\":\"" + organisation + "\"}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> unknown =
        steward.postJson("api/reports/gap-reports", "{\"organisation\":\"no-such-organisation\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"organisation\"");
    JsonObject job = completed(asEmployer, "\"" + organisation + "\"");
    HttpResponse<String> restart =
        asEmployer.postJson("api/reports/jobs/" + job.getString("id") + "/restart", "");
    assertThat(restart.statusCode()).isEqualTo(400);
    assertThat(asEmployer.getJson("api/reports/jobs/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(
            asEmployer
                .getJson("api/reports/gap-reports/" + job.getString("id") + "/comparison")
                .statusCode())
        .isEqualTo(400);
  }
}
