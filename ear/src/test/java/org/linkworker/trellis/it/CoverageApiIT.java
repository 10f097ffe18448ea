package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Staff competency coverage over HTTP on a team built for the class: three link workers at
 * LINK_WORKER (a fourth deactivated), Ana assessed at the level the stage requires in every
 * competency it requires, Ben in one of them, Cy in none; Ana and Ben supervised by one supervisor,
 * Cy by another. Every figure of API.md's shape is checked against PRODUCT.md's Coverage rule
 * worked out here, then the filters, the CSV and PDF by the Accept header, a day before the
 * assessments, bad input, and who is refused.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageApiIT {

  private static final String PASSWORD = "coverage-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static Team team;

  record Team(
      String organisation,
      String name,
      Http employer,
      Http worker,
      Http outsider,
      String ana,
      String ben,
      String cy,
      String supervisor,
      Map<String, Integer> required,
      String shared,
      LocalDate assessed) {}

  @BeforeEach
  void team() {
    if (team == null) {
      team = build();
    }
  }

  private Team build() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String name = "Coverage API " + run;
    String organisation = organisation(steward, name);
    String other = organisation(steward, "Coverage API other " + run);
    String supervisor = person(steward, organisation, "cs" + run, "[\"SUPERVISOR\"]", null, null);
    String second = person(steward, organisation, "ct" + run, "[\"SUPERVISOR\"]", null, null);
    String employer = person(steward, organisation, "ce" + run, "[\"EMPLOYER\"]", null, null);
    String outsider = person(steward, other, "co" + run, "[\"EMPLOYER\"]", null, null);
    person(steward, other, "cx" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", null);
    String ana =
        person(steward, organisation, "ca" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    String ben =
        person(steward, organisation, "cb" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    String cy =
        person(steward, organisation, "cc" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", second);
    String gone =
        person(steward, organisation, "cg" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);

    Map<String, Integer> required = requirements("LINK_WORKER");
    // The competency both Ana and Ben hold.
    String shared = required.keySet().iterator().next();
    Http asSupervisor = new Http(base).as(supervisor, PASSWORD);
    LocalDate assessed = LocalDate.now().minusDays(5);
    required.forEach(
        (code, level) -> {
          assess(asSupervisor, ana, code, level, assessed);
          assess(asSupervisor, gone, code, level, assessed);
          if (code.equals(shared)) {
            assess(asSupervisor, ben, code, level, assessed);
          }
        });
    // Deactivated with all the levels: they no longer count.
    body(steward.postJson("api/people/" + gone + "/deactivate", "{}"), 200);
    return new Team(
        organisation,
        name,
        new Http(base).as(employer, PASSWORD),
        new Http(base).as(ana, PASSWORD),
        new Http(base).as(outsider, PASSWORD),
        ana,
        ben,
        cy,
        supervisor,
        required,
        shared,
        assessed);
  }

  private static void assess(Http supervisor, String worker, String code, int level, LocalDate on) {
    body(
        supervisor.postJson(
            "api/people/" + worker + "/assessments",
            "{\"competency\":\"%s\",\"level\":%d,\"date\":\"%s\"}".formatted(code, level, on)),
        201);
  }

  private Map<String, Integer> requirements(String stage) {
    JsonObject framework =
        Http.json(new Http(base).as("steward").getJson("api/frameworks/current")).asJsonObject();
    return framework.getJsonArray("stages").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("code").equals(stage))
        .findFirst()
        .orElseThrow()
        .getJsonObject("requirements")
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> ((jakarta.json.JsonNumber) e.getValue()).intValue(),
                (x, y) -> x,
                java.util.LinkedHashMap::new));
  }

  private static String organisation(Http steward, String name) {
    return body(
            steward.postJson(
                "api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"EMPLOYER\"}"),
            201)
        .getString("id");
  }

  private static String person(
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
    return username;
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  private String path() {
    return "api/organisations/" + team.organisation() + "/coverage";
  }

  private static Map<String, JsonObject> byCompetency(JsonObject coverage) {
    return coverage.getJsonArray("competencies").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("competency"), c -> c));
  }

  @Test
  void everyCompetencyHasTheFiguresOfTheCoverageRule() {
    JsonObject coverage = body(team.employer().getJson(path()), 200);

    assertThat(coverage.getString("organisation")).isEqualTo(team.organisation());
    assertThat(coverage.getInt("people")).isEqualTo(3);
    Map<String, JsonObject> competencies = byCompetency(coverage);
    JsonObject framework =
        Http.json(new Http(base).as("steward").getJson("api/frameworks/current")).asJsonObject();
    int levels = framework.getJsonArray("levels").size();
    long all =
        framework.getJsonArray("domains").stream()
            .mapToLong(d -> d.asJsonObject().getJsonArray("competencies").size())
            .sum();
    assertThat(competencies).hasSize((int) all);
    for (JsonObject c : competencies.values()) {
      String code = c.getString("competency");
      JsonObject byLevel = c.getJsonObject("byLevel");
      assertThat(byLevel.keySet()).hasSize(levels + 1);
      Integer level = team.required().get(code);
      if (level == null) {
        // No one at LINK_WORKER is required to hold it.
        assertThat(c.getInt("required")).as(code).isZero();
        assertThat(c.getInt("covered")).as(code).isZero();
        assertThat(c.isNull("share")).as(code).isTrue();
        assertThat(c.getBoolean("singlePointOfFailure")).as(code).isFalse();
        assertThat(byLevel.getInt("0")).as(code).isEqualTo(3);
        continue;
      }
      int covered = code.equals(team.shared()) ? 2 : 1;
      assertThat(c.getInt("required")).as(code).isEqualTo(3);
      assertThat(c.getInt("covered")).as(code).isEqualTo(covered);
      assertThat(c.getJsonNumber("share").doubleValue())
          .as(code)
          .isCloseTo(covered / 3.0, within(1e-9));
      assertThat(byLevel.getInt(Integer.toString(level))).as(code).isEqualTo(covered);
      assertThat(byLevel.getInt("0")).as(code).isEqualTo(3 - covered);
      assertThat(c.getBoolean("singlePointOfFailure")).as(code).isEqualTo(covered == 1);
      if (covered == 1) {
        assertThat(c.getString("soleHolder")).isEqualTo(team.ana());
      }
    }
    assertThat(coverage.getInt("singlePointsOfFailure")).isEqualTo(team.required().size() - 1);
    assertThat(coverage.getJsonArray("staff")).hasSize(3);
    JsonObject ana =
        coverage.getJsonArray("staff").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("username").equals(team.ana()))
            .findFirst()
            .orElseThrow();
    assertThat(ana.getString("stage")).isEqualTo("LINK_WORKER");
    assertThat(ana.getString("supervisor")).isEqualTo(team.supervisor());
    assertThat(ana.getJsonObject("levels").getInt(team.shared()))
        .isEqualTo(team.required().get(team.shared()));
    assertThat(coverage.getJsonArray("supervisors")).hasSize(2);
  }

  @Test
  void theTeamNarrowsToAStageOrASupervisorsWorkers() {
    JsonObject supervised =
        body(team.employer().getJson(path() + "?supervisor=" + team.supervisor()), 200);
    assertThat(supervised.getInt("people")).isEqualTo(2);
    assertThat(supervised.getString("supervisor")).isEqualTo(team.supervisor());
    assertThat(byCompetency(supervised).get(team.shared()).getBoolean("singlePointOfFailure"))
        .isFalse();

    assertThat(body(team.employer().getJson(path() + "?stage=LINK_WORKER"), 200).getInt("people"))
        .isEqualTo(3);
    assertThat(body(team.employer().getJson(path() + "?stage=LEAD"), 200).getInt("people"))
        .isZero();
  }

  @Test
  void onADayBeforeTheAssessmentsNoOneCoversAnything() {
    JsonObject before =
        body(team.employer().getJson(path() + "?on=" + team.assessed().minusDays(1)), 200);

    assertThat(before.getString("on")).isEqualTo(team.assessed().minusDays(1).toString());
    assertThat(before.getInt("singlePointsOfFailure")).isZero();
    assertThat(byCompetency(before).values())
        .allSatisfy(c -> assertThat(c.getInt("covered")).isZero());
  }

  @Test
  void theCsvAndThePdfComeByTheAcceptHeaderAsAttachments() {
    HttpResponse<String> csv = team.employer().get(path(), "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "coverage-competencies-");
    assertThat(csv.body().split("\r\n")[0])
        .startsWith("domain,competency,statement,required,covered,share,at level 0");
    assertThat(csv.body()).contains("," + team.shared() + ",");

    HttpResponse<String> staff = team.employer().get(path() + "?part=staff", "text/csv");
    assertThat(staff.body().split("\r\n")).hasSize(4);
    assertThat(staff.body()).contains(team.ana(), team.ben(), team.cy());

    HttpResponse<String> pdf = team.employer().get(path(), "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".pdf");
    assertThat(pdf.body().getBytes(StandardCharsets.ISO_8859_1).length).isGreaterThan(1000);
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void aClientThatAcceptsAnyTypeGetsJsonFromEveryReportThatAlsoSpeaksCsvOrPdf() {
    for (String report :
        List.of(
            path(),
            "api/organisations/" + team.organisation() + "/training-needs",
            "api/organisations/" + team.organisation() + "/compliance",
            "api/organisations/" + team.organisation() + "/supervision",
            "api/people/" + team.ana() + "/gap-report",
            "api/provision")) {
      HttpResponse<String> any = team.employer().get(report, "*/*");
      assertThat(any.statusCode()).as(report).isEqualTo(200);
      assertThat(any.headers().firstValue("Content-Type").orElseThrow())
          .as(report)
          .startsWith("application/json");
      HttpResponse<String> csvFirst = team.employer().get(report, "text/csv, */*;q=0.1");
      assertThat(csvFirst.headers().firstValue("Content-Type").orElseThrow())
          .as(report)
          .startsWith("text/csv");
    }
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    HttpResponse<String> badDay = team.employer().getJson(path() + "?on=soon");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(badDay.body()).contains("\"field\":\"on\"");

    HttpResponse<String> badStage = team.employer().getJson(path() + "?stage=ASTRONAUT");
    assertThat(badStage.statusCode()).isEqualTo(400);
    assertThat(badStage.body()).contains("\"field\":\"stage\"", "ASTRONAUT");

    HttpResponse<String> badPart = team.employer().get(path() + "?part=people", "text/csv");
    assertThat(badPart.statusCode()).isEqualTo(400);
    assertThat(badPart.body()).contains("\"field\":\"part\"");
  }

  @Test
  void onlyTheEmployerAndTheStewardReadIt() {
    assertThat(new Http(base).as("steward").getJson(path()).statusCode()).isEqualTo(200);
    assertThat(team.worker().getJson(path()).statusCode()).isEqualTo(403);
    assertThat(team.outsider().getJson(path()).statusCode()).isEqualTo(404);
    assertThat(team.outsider().get(path(), "application/pdf").statusCode()).isEqualTo(404);
    assertThat(new Http(base).getJson(path()).statusCode()).isEqualTo(401);
    assertThat(
            team.employer()
                .getJson("api/organisations/" + UUID.randomUUID() + "/coverage")
                .statusCode())
        .isEqualTo(404);
  }
}
