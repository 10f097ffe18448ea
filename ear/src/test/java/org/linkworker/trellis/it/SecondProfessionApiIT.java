package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * A second profession side by side over HTTP: health and wellbeing coaches (framework HWBC) of an
 * employer built for the class log CPD claiming their own framework's competencies and are refused
 * a link worker competency by field; a coach's gap report is against the coaches' stages; the demo
 * data set's Northgate Primary Care Network, whose people are coaches, has its coverage in the
 * coaches' competencies; and an employer of another organisation finds none of Northgate's people.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondProfessionApiIT {

  private static final String PASSWORD = "second-profession-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static Team team;

  record Team(String organisation, Http employer, Http supervisor, Http coach, String coachName) {}

  @BeforeEach
  void team() {
    if (team == null) {
      team = build();
    }
  }

  private Team build() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Coaches " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String employer = person(steward, organisation, "he" + run, "[\"EMPLOYER\"]", null, null);
    String supervisor =
        person(
            steward,
            organisation,
            "hs" + run,
            "[\"SUPERVISOR\",\"LINK_WORKER\"]",
            "SENIOR_COACH",
            null);
    String coach =
        person(steward, organisation, "hc" + run, "[\"LINK_WORKER\"]", "COACH", supervisor);
    return new Team(
        organisation,
        new Http(base).as(employer, PASSWORD),
        new Http(base).as(supervisor, PASSWORD),
        new Http(base).as(coach, PASSWORD),
        coach);
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

  private static String entry(LocalDate date, String competency, int level) {
    return """
        {"date":"%s","title":"Coaching practice","type":"PEER_LEARNING","hours":1.5,
         "participatory":true,"claims":[{"competency":"%s","level":%d}]}
        """
        .formatted(date, competency, level);
  }

  /** The competency codes of a framework's current version, as the API serves it. */
  private Set<String> competenciesOf(String code) {
    JsonObject framework =
        body(new Http(base).as("steward").getJson("api/frameworks/" + code + "/1"), 200);
    return framework.getJsonArray("domains").stream()
        .flatMap(d -> d.asJsonObject().getJsonArray("competencies").stream())
        .map(c -> c.asJsonObject().getString("code"))
        .collect(Collectors.toSet());
  }

  private String northgate() {
    return body(new Http(base).as("grace.employer").getJson("api/me"), 200)
        .getString("organisation");
  }

  @Test
  void theCoachesFrameworkIsServedBesideTheLinkWorkerFramework() {
    List<String> current =
        Http.json(new Http(base).as("steward").getJson("api/frameworks")).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getBoolean("current"))
            .map(f -> f.getString("code"))
            .toList();
    JsonObject hwbc = body(new Http(base).as("steward").getJson("api/frameworks/HWBC/1"), 200);

    assertThat(current).contains("LWCF", "HWBC");
    assertThat(hwbc.getString("title"))
        .isEqualTo("Health and Wellbeing Coach Competency Framework");
    assertThat(hwbc.getJsonArray("stages").stream().map(s -> s.asJsonObject().getString("code")))
        .containsExactly("TRAINEE_COACH", "COACH", "SENIOR_COACH", "LEAD_COACH");
    // The default framework is still the link worker framework.
    assertThat(
            body(new Http(base).as("steward").getJson("api/frameworks/current"), 200)
                .getString("code"))
        .isEqualTo("LWCF");
  }

  @Test
  void aCoachLogsAnEntryClaimingACompetencyOfTheirOwnFramework() {
    JsonObject created =
        body(
            team.coach()
                .postJson(
                    "api/people/" + team.coachName() + "/cpd-entries",
                    entry(LocalDate.now().minusDays(2), "CO.1", 2)),
            201);

    assertThat(created.getString("status")).isEqualTo("DRAFT");
    assertThat(created.getJsonArray("claims").getJsonObject(0).getString("competency"))
        .isEqualTo("CO.1");
    body(
        team.coach().postJson("api/cpd-entries/" + created.getString("id") + "/submit", "{}"), 200);
    JsonObject verified =
        body(
            team.supervisor()
                .postJson(
                    "api/cpd-entries/" + created.getString("id") + "/verify", "{\"note\":null}"),
            200);
    assertThat(verified.getString("status")).isEqualTo("VERIFIED");
  }

  @Test
  void aClaimOfALinkWorkerCompetencyIsRefusedNamingTheFieldAndWritesNothing() {
    String entries = "api/people/" + team.coachName() + "/cpd-entries";
    String before =
        team.coach().getJson(entries).headers().firstValue("X-Total-Count").orElseThrow();

    HttpResponse<String> refused =
        team.coach().postJson(entries, entry(LocalDate.now().minusDays(1), "PC.1", 1));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject error = Http.json(refused).asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("claims[0].competency");
    assertThat(error.getString("message")).isEqualTo("PC.1 is not a competency of HWBC version 1.");
    assertThat(team.coach().getJson(entries).headers().firstValue("X-Total-Count").orElseThrow())
        .isEqualTo(before);
  }

  @Test
  void theCoachsGapReportIsAgainstTheNextCoachingStageInTheCoachesCompetencies() {
    Set<String> hwbc = competenciesOf("HWBC");

    JsonObject report =
        body(team.coach().getJson("api/people/" + team.coachName() + "/gap-report"), 200);

    assertThat(report.getString("stage")).isEqualTo("SENIOR_COACH");
    assertThat(report.getString("stageTitle")).isEqualTo("Senior health and wellbeing coach");
    assertThat(report.getString("framework")).isEqualTo("HWBC");
    List<String> gaps =
        report.getJsonArray("gaps").stream()
            .map(g -> g.asJsonObject().getString("competency"))
            .toList();
    assertThat(gaps).hasSize(hwbc.size()).allSatisfy(c -> assertThat(hwbc).contains(c));
    assertThat(report.getJsonArray("recommendations"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.asJsonObject().getJsonArray("addresses").stream())
                    .allSatisfy(
                        a -> assertThat(hwbc).contains(((jakarta.json.JsonString) a).getString())));
    // A link worker stage is not one of theirs.
    HttpResponse<String> other =
        team.coach().getJson("api/people/" + team.coachName() + "/gap-report?stage=SENIOR");
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("\"field\":\"stage\"");
  }

  @Test
  void northgatesCoverageListsTheCoachesCompetencies() {
    Set<String> hwbc = competenciesOf("HWBC");

    JsonObject coverage =
        body(
            new Http(base)
                .as("grace.employer")
                .getJson("api/organisations/" + northgate() + "/coverage"),
            200);

    assertThat(coverage.getInt("people")).isGreaterThanOrEqualTo(5);
    List<JsonObject> competencies =
        coverage.getJsonArray("competencies").stream().map(JsonValue::asJsonObject).toList();
    assertThat(competencies.stream().map(c -> c.getString("competency")))
        .containsExactlyInAnyOrderElementsOf(hwbc);
    // The demo coaches' verified CPD covers some of them.
    assertThat(competencies).anySatisfy(c -> assertThat(c.getInt("covered")).isPositive());
    assertThat(
            coverage.getJsonArray("staff").stream().map(s -> s.asJsonObject().getString("stage")))
        .contains("TRAINEE_COACH", "COACH", "SENIOR_COACH", "LEAD_COACH");
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNoneOfNorthgatesPeople() {
    Http emma = new Http(base).as("emma.employer");
    String northgate = northgate();

    assertThat(emma.getJson("api/organisations/" + northgate + "/people").statusCode())
        .isEqualTo(404);
    assertThat(emma.getJson("api/organisations/" + northgate + "/coverage").statusCode())
        .isEqualTo(404);
    assertThat(emma.getJson("api/organisations/" + northgate + "/training-needs").statusCode())
        .isEqualTo(404);
    assertThat(emma.getJson("api/people/kofi.coach/cpd-entries").statusCode()).isEqualTo(404);
    assertThat(emma.getJson("api/people/kofi.coach/gap-report").statusCode()).isEqualTo(404);
    assertThat(emma.getJson("api/people/kofi.coach/attainment").statusCode()).isEqualTo(404);
    // Nor does the employer of the coaches built for this class.
    assertThat(team.employer().getJson("api/people/kofi.coach/cpd-entries").statusCode())
        .isEqualTo(404);
    assertThat(
            team.employer()
                .getJson("api/organisations/" + team.organisation() + "/coverage")
                .statusCode())
        .isEqualTo(200);
  }
}
