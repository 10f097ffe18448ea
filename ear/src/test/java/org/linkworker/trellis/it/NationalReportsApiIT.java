package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/reports/national} over HTTP: a 404 problem until a report of every organisation
 * has completed, then the latest one's figures exactly as the report itself gives them ({@code GET
 * /api/reports/gap-reports/{id}}), named from the current framework; the steward's alone. Other
 * tests share the database and start reports of every organisation too, so the figures are checked
 * against what the snapshot says, never against counts of people.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalReportsApiIT {

  private static final String PASSWORD = "national-reports-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  /** Starts a report of every organisation as the steward and waits until it has completed. */
  private String completedNationalReport(Http steward) {
    JsonObject job =
        body(steward.postJson("api/reports/gap-reports", "{\"organisation\":null}"), 202);
    for (int i = 0; i < 900; i++) {
      job = body(steward.getJson("api/reports/jobs/" + job.getString("id")), 200);
      if (!job.getString("status").startsWith("START")) {
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        return job.getString("id");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the report of every organisation did not end within three minutes");
  }

  @Test
  @Order(1)
  void beforeAnyReportOfEveryOrganisationHasCompletedTheAnswerIsA404Problem() {
    Http steward = new Http(base).as("steward");
    JsonArray jobs = Http.json(steward.getJson("api/reports/gap-reports?limit=1000")).asJsonArray();
    boolean completedBefore =
        jobs.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                j ->
                    (!j.containsKey("organisation") || j.isNull("organisation"))
                        && "COMPLETED".equals(j.getString("status")));
    // Another test class may have completed one on this server already: then there is no "before".
    assumeTrue(!completedBefore, "a report of every organisation has completed already");

    HttpResponse<String> none = steward.getJson("api/reports/national");

    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = Http.json(none).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).contains("POST /api/reports/gap-reports");
  }

  @Test
  @Order(2)
  void theLatestReportOfEveryOrganisationIsGivenWithTheFiguresTheReportItselfGives() {
    Http steward = new Http(base).as("steward");
    String run = UUID.randomUUID().toString().substring(0, 8);
    String organisation =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"National " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    for (String stage : List.of("TRAINEE", "LINK_WORKER")) {
      body(
          steward.postJson(
              "api/organisations/" + organisation + "/people",
              ("{\"username\":\"nr%s%s\",\"displayName\":\"National %s\",\"password\":\"%s\","
                      + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"%s\"}")
                  .formatted(run, stage.charAt(0), stage, PASSWORD, stage)),
          201);
    }
    String id = completedNationalReport(steward);

    JsonObject national = body(steward.getJson("api/reports/national"), 200);
    JsonObject snapshot = body(steward.getJson("api/reports/gap-reports/" + id), 200);

    assertThat(national.getString("id")).isEqualTo(id);
    assertThat(national.getString("snapshot")).isEqualTo("/api/reports/gap-reports/" + id);
    for (String field : List.of("on", "status", "startedAt", "endedAt")) {
      assertThat(national.getString(field)).as(field).isEqualTo(snapshot.getString(field));
    }
    assertThat(national.getInt("workers")).isEqualTo(snapshot.getInt("workers")).isPositive();
    assertThat(national.getInt("ready")).isEqualTo(snapshot.getInt("ready"));
    assertThat(national.getJsonNumber("averageReadiness").doubleValue())
        .isEqualTo(snapshot.getJsonNumber("averageReadiness").doubleValue());

    // Readiness by stage: the report's figures, each stage titled as its framework titles it; the
    // default framework's stages first, then each other current framework's (the demo data set's
    // health and wellbeing coaches), each in its order.
    Map<String, String> titles = new HashMap<>();
    List<String> order = new ArrayList<>();
    JsonObject byDefault = body(steward.getJson("api/frameworks/current"), 200);
    List<JsonObject> current = new ArrayList<>(List.of(byDefault));
    for (JsonValue summary : Http.json(steward.getJson("api/frameworks")).asJsonArray()) {
      JsonObject f = summary.asJsonObject();
      if (f.getBoolean("current") && !f.getString("code").equals(byDefault.getString("code"))) {
        current.add(
            body(
                steward.getJson(
                    "api/frameworks/" + f.getString("code") + "/" + f.getString("version")),
                200));
      }
    }
    for (JsonObject framework : current) {
      for (JsonValue stage : framework.getJsonArray("stages")) {
        titles.put(stage.asJsonObject().getString("code"), stage.asJsonObject().getString("title"));
        order.add(stage.asJsonObject().getString("code"));
      }
    }
    JsonArray byStage = national.getJsonArray("byStage");
    assertThat(figures(byStage, "stage", "workers", "ready"))
        .isEqualTo(figures(snapshot.getJsonArray("byStage"), "stage", "workers", "ready"));
    for (JsonValue value : byStage) {
      JsonObject stage = value.asJsonObject();
      assertThat(stage.getString("title")).isEqualTo(titles.get(stage.getString("stage")));
    }
    List<String> stages = byStage.stream().map(s -> s.asJsonObject().getString("stage")).toList();
    assertThat(stages).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));

    // The ten most common gaps, ranked as the report ranks them, with statement and domain.
    JsonArray gaps = national.getJsonArray("commonGaps");
    JsonArray reported = snapshot.getJsonArray("commonGaps");
    assertThat(gaps).hasSize(Math.min(10, reported.size())).isNotEmpty();
    for (int i = 0; i < gaps.size(); i++) {
      JsonObject gap = gaps.getJsonObject(i);
      JsonObject same = reported.getJsonObject(i);
      assertThat(gap.getString("competency")).isEqualTo(same.getString("competency"));
      assertThat(gap.getInt("workers")).isEqualTo(same.getInt("workers"));
      assertThat(gap.getInt("points")).isEqualTo(same.getInt("points"));
      assertThat(gap.getString("statement")).isNotBlank();
      assertThat(gap.getString("domain")).isNotBlank();
      assertThat(gap.getString("domainTitle")).isNotBlank();
    }

    // By organisation: every worker once; this test's organisation as its workers' rows say.
    JsonArray byOrganisation = national.getJsonArray("byOrganisation");
    assertThat(byOrganisation.stream().mapToInt(o -> o.asJsonObject().getInt("workers")).sum())
        .isEqualTo(national.getInt("workers"));
    assertThat(byOrganisation.stream().mapToInt(o -> o.asJsonObject().getInt("ready")).sum())
        .isEqualTo(national.getInt("ready"));
    JsonObject ours =
        byOrganisation.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> organisation.equals(o.getString("organisation", null)))
            .findFirst()
            .orElseThrow();
    List<JsonObject> rows = people(steward, id, organisation);
    assertThat(ours.getString("name")).isEqualTo("National " + run);
    assertThat(ours.getInt("workers")).isEqualTo(rows.size()).isEqualTo(2);
    assertThat(ours.getInt("ready"))
        .isEqualTo(
            (int) rows.stream().filter(p -> p.getInt("met") == p.getInt("required")).count());
    assertThat(ours.getJsonNumber("averageReadiness").doubleValue())
        .isCloseTo(
            rows.stream()
                .mapToDouble(p -> p.getJsonNumber("readiness").doubleValue())
                .average()
                .orElseThrow(),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  /** A stage's figures as one line each, keyed by stage, mean readiness included. */
  private static Set<String> figures(JsonArray stages, String... fields) {
    return stages.stream()
        .map(JsonValue::asJsonObject)
        .map(
            s ->
                java.util.Arrays.stream(fields)
                        .map(f -> s.get(f).toString())
                        .collect(Collectors.joining(" "))
                    + " "
                    + (s.isNull("averageReadiness") ? "-" : s.get("averageReadiness").toString()))
        .collect(Collectors.toSet());
  }

  /** The report's rows of one organisation's workers, read a thousand at a time. */
  private static List<JsonObject> people(Http steward, String id, String organisation) {
    List<JsonObject> rows = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      JsonArray page =
          Http.json(
                  steward.getJson(
                      "api/reports/gap-reports/" + id + "/people?limit=1000&offset=" + offset))
              .asJsonArray();
      page.stream()
          .map(JsonValue::asJsonObject)
          .filter(p -> organisation.equals(p.getString("organisation", null)))
          .forEach(rows::add);
      if (page.size() < 1000) {
        return rows;
      }
    }
  }

  @Test
  @Order(3)
  void everyoneButTheStewardIsRefused() {
    for (String user : List.of("emma.employer", "sam.supervisor", "alex.link", "pat.provider")) {
      HttpResponse<String> refused = new Http(base).as(user).getJson("api/reports/national");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(refused.body()).doesNotContain("\"workers\"");
    }
    assertThat(new Http(base).getJson("api/reports/national").statusCode()).isEqualTo(401);
  }
}
