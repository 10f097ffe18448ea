package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training needs analysis over HTTP on a team built for the class: three link workers at the
 * last stage (so each is reported against LEAD itself) assessed by their supervisor at level 4 in
 * every competency LEAD requires but two, a deactivated one, and two courses of the class's own
 * provider, each the only course anywhere mapped to its competency. The figures are exact: which
 * gaps, how many points, which courses in which order, their hours and hours per point. Then the
 * CSV by the Accept header, a day before the assessments, a bad day, and who is refused.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingNeedsApiIT {

  private static final String PASSWORD = "training-needs-api-2026";

  /**
   * The two competencies the team lacks: LEAD requires both at level 4; no other course maps them.
   */
  private static final String MISSED_BY_TWO = "DI.4";

  private static final String HALF_HELD = "TS.5";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** The class's team, built once. */
  private static Team team;

  record Team(
      String organisation,
      String name,
      Http employer,
      Http supervisor,
      Http worker,
      Http outsider,
      Http teacher,
      String forDi4,
      String forTs5,
      String providerName,
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
    String name = "Needs API " + run;
    String organisation = organisation(steward, name, "EMPLOYER");
    String other = organisation(steward, "Needs API other " + run, "EMPLOYER");
    String providerName = "Needs API provider " + run;
    String provider = organisation(steward, providerName, "PROVIDER");
    String supervisor = person(steward, organisation, "ns" + run, "[\"SUPERVISOR\"]", null, null);
    String employer = person(steward, organisation, "ne" + run, "[\"EMPLOYER\"]", null, null);
    String outsider = person(steward, other, "no" + run, "[\"EMPLOYER\"]", null, null);
    String teacher = person(steward, provider, "np" + run, "[\"PROVIDER\"]", null, null);
    // Someone of the other organisation with gaps, who must not count.
    person(steward, other, "nx" + run, "[\"LINK_WORKER\"]", "LEAD", null);
    List<String> workers = List.of("n1" + run, "n2" + run, "n3" + run);
    for (String worker : workers) {
      person(steward, organisation, worker, "[\"LINK_WORKER\"]", "LEAD", supervisor);
    }
    String gone = person(steward, organisation, "n4" + run, "[\"LINK_WORKER\"]", "LEAD", null);
    body(steward.postJson("api/people/" + gone + "/deactivate", "{}"), 200);

    Http asSupervisor = new Http(base).as(supervisor, PASSWORD);
    LocalDate assessed = LocalDate.now().minusDays(5);
    for (String code : lead().keySet()) {
      for (String worker : workers) {
        int level = 4;
        if (code.equals(MISSED_BY_TWO) && !worker.equals(workers.get(2))) {
          continue;
        }
        if (code.equals(HALF_HELD) && worker.equals(workers.get(0))) {
          level = 2;
        }
        body(
            asSupervisor.postJson(
                "api/people/" + worker + "/assessments",
                "{\"competency\":\"%s\",\"level\":%d,\"date\":\"%s\"}"
                    .formatted(code, level, assessed)),
            201);
      }
    }
    Http asTeacher = new Http(base).as(teacher, PASSWORD);
    String forDi4 = course(asTeacher, "Needs API data skills " + run, "3", MISSED_BY_TWO);
    String forTs5 = course(asTeacher, "Needs API teamwork " + run, "1.5", HALF_HELD);
    return new Team(
        organisation,
        name,
        new Http(base).as(employer, PASSWORD),
        asSupervisor,
        new Http(base).as(workers.get(0), PASSWORD),
        new Http(base).as(outsider, PASSWORD),
        asTeacher,
        forDi4,
        forTs5,
        providerName,
        assessed);
  }

  /**
   * The class's courses are withdrawn once it is done, so that they recommend nothing to the
   * reports of the tests that come after.
   */
  @AfterAll
  static void withdrawTheCourses() {
    if (team != null) {
      for (String course : List.of(team.forDi4(), team.forTs5())) {
        assertThat(team.teacher().delete("api/courses/" + course).statusCode()).isEqualTo(204);
      }
    }
  }

  /** LEAD's requirements, from the current framework. */
  private Map<String, Integer> lead() {
    JsonObject framework =
        Http.json(new Http(base).as("steward").getJson("api/frameworks/current")).asJsonObject();
    return framework.getJsonArray("stages").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("code").equals("LEAD"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("requirements")
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).intValue()));
  }

  private static String course(Http teacher, String title, String hours, String competency) {
    return body(
            teacher.postJson(
                "api/courses",
                ("{\"title\":\"%s\",\"deliveryMode\":\"ONLINE\",\"hours\":%s,\"status\":\"PUBLISHED\","
                        + "\"mappings\":[{\"competency\":\"%s\",\"level\":4,\"strength\":\"DEVELOPS\"}]}")
                    .formatted(title, hours, competency)),
            201)
        .getString("id");
  }

  private static String organisation(Http steward, String name, String kind) {
    return body(
            steward.postJson(
                "api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}"),
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
    return "api/organisations/" + team.organisation() + "/training-needs";
  }

  @Test
  void theFiguresAreExactOnAHandBuiltTeamAndTheCourseSetIsChosenForEveryoneAtOnce() {
    JsonObject needs = body(team.employer().getJson(path()), 200);

    assertThat(needs.getString("organisation")).isEqualTo(team.organisation());
    assertThat(needs.getString("organisationName")).isEqualTo(team.name());
    assertThat(needs.getString("on")).isEqualTo(LocalDate.now().toString());
    // Three active link workers (not the deactivated one, the supervisor or the employer).
    assertThat(needs.getInt("people")).isEqualTo(3);
    assertThat(needs.getInt("workersWithGaps")).isEqualTo(2);

    JsonArray gaps = needs.getJsonArray("gaps");
    assertThat(gaps).hasSize(2);
    JsonObject di4 = gaps.getJsonObject(0);
    assertThat(di4.getString("competency")).isEqualTo(MISSED_BY_TWO);
    assertThat(di4.getString("domain")).isEqualTo("DI");
    assertThat(di4.getString("statement")).isNotBlank();
    assertThat(di4.getInt("workers")).isEqualTo(2);
    assertThat(di4.getInt("points")).isEqualTo(8);
    assertThat(di4.getInt("lowestRequired")).isEqualTo(4);
    assertThat(di4.getInt("highestRequired")).isEqualTo(4);
    JsonObject ts5 = gaps.getJsonObject(1);
    assertThat(ts5.getString("competency")).isEqualTo(HALF_HELD);
    assertThat(ts5.getInt("workers")).isEqualTo(1);
    assertThat(ts5.getInt("points")).isEqualTo(2);

    JsonArray courses = needs.getJsonArray("courses");
    assertThat(courses).hasSize(2);
    JsonObject first = courses.getJsonObject(0);
    assertThat(first.keySet())
        .containsExactly(
            "course",
            "code",
            "title",
            "provider",
            "hours",
            "points",
            "peopleHelped",
            "hoursPerPoint",
            "addresses");
    assertThat(first.getString("course")).isEqualTo(team.forDi4());
    assertThat(first.getString("provider")).isEqualTo(team.providerName());
    assertThat(first.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("3");
    assertThat(first.getInt("points")).isEqualTo(8);
    assertThat(first.getInt("peopleHelped")).isEqualTo(2);
    // 3 hours ÷ 8 points = 0.375, to the hundredth.
    assertThat(first.getJsonNumber("hoursPerPoint").bigDecimalValue()).isEqualByComparingTo("0.38");
    assertThat(first.getJsonArray("addresses").getString(0)).isEqualTo(MISSED_BY_TWO);
    JsonObject second = courses.getJsonObject(1);
    assertThat(second.getString("course")).isEqualTo(team.forTs5());
    assertThat(second.getInt("points")).isEqualTo(2);
    assertThat(second.getInt("peopleHelped")).isEqualTo(1);
    assertThat(second.getJsonNumber("hoursPerPoint").bigDecimalValue())
        .isEqualByComparingTo("0.75");

    JsonObject totals = needs.getJsonObject("totals");
    assertThat(totals.getInt("gapPoints")).isEqualTo(10);
    assertThat(totals.getInt("pointsClosed")).isEqualTo(10);
    assertThat(totals.getInt("pointsLeft")).isZero();
    assertThat(totals.getInt("courses")).isEqualTo(2);
    assertThat(totals.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("4.5");
    assertThat(totals.getJsonNumber("hoursPerPoint").bigDecimalValue())
        .isEqualByComparingTo("0.45");

    // The steward reads the same figures.
    assertThat(body(new Http(base).as("steward").getJson(path()), 200).getJsonObject("totals"))
        .isEqualTo(totals);
  }

  @Test
  void theGapsAndTheCourseSetComeAsCsvByTheAcceptHeader() {
    HttpResponse<String> gaps = team.employer().get(path(), "text/csv");

    assertThat(gaps.statusCode()).as(gaps.body()).isEqualTo(200);
    assertThat(gaps.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(gaps.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"training-needs-gaps-" + LocalDate.now() + ".csv\"");
    List<String> rows = gaps.body().lines().toList();
    assertThat(rows.get(0))
        .isEqualTo(
            "domain,competency,statement,workers with a gap,gap points,lowest level required,"
                + "highest level required,courses of the set");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1))
        .startsWith("DI," + MISSED_BY_TWO + ",")
        .endsWith(",2,8,4,4,Needs API data skills " + runOf());
    assertThat(rows.get(2))
        .startsWith("TS," + HALF_HELD + ",")
        .endsWith(",1,2,4,4,Needs API teamwork " + runOf());

    HttpResponse<String> courses = team.employer().get(path() + "?part=courses", "text/csv");
    assertThat(courses.statusCode()).as(courses.body()).isEqualTo(200);
    assertThat(courses.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("training-needs-courses-");
    assertThat(courses.body().lines().toList())
        .containsExactly(
            "order,code,title,provider,hours,gap points closed,people helped,hours per gap"
                + " point,competencies addressed",
            "1,,Needs API data skills "
                + runOf()
                + ","
                + team.providerName()
                + ",3,8,2,0.38,"
                + MISSED_BY_TWO,
            "2,,Needs API teamwork "
                + runOf()
                + ","
                + team.providerName()
                + ",1.5,2,1,0.75,"
                + HALF_HELD);

    HttpResponse<String> unknown = team.employer().get(path() + "?part=people", "text/csv");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"part\"");
  }

  @Test
  void onADayBeforeTheAssessmentsEveryoneLacksEverythingLeadRequires() {
    Map<String, Integer> lead = lead();
    String day = team.assessed().minusDays(1).toString();

    JsonObject needs = body(team.employer().getJson(path() + "?on=" + day), 200);

    assertThat(needs.getString("on")).isEqualTo(day);
    assertThat(needs.getInt("workersWithGaps")).isEqualTo(3);
    assertThat(needs.getJsonArray("gaps")).hasSize(lead.size());
    for (JsonValue value : needs.getJsonArray("gaps")) {
      JsonObject gap = value.asJsonObject();
      assertThat(gap.getInt("workers")).isEqualTo(3);
      assertThat(gap.getInt("points")).isEqualTo(3 * lead.get(gap.getString("competency")));
    }
    assertThat(needs.getJsonObject("totals").getInt("gapPoints"))
        .isEqualTo(3 * lead.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void aDayThatIsNotADateIsA400NamingTheParameter() {
    HttpResponse<String> refused = team.employer().getJson(path() + "?on=31-03-2026");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(
            Http.json(refused)
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("on");
  }

  @Test
  void anotherOrganisationsEmployerFindsNothingAndTheOrganisationsOwnWorkersAreRefused() {
    for (String accept : List.of("application/json", "text/csv")) {
      HttpResponse<String> outsider = team.outsider().get(path(), accept);
      assertThat(outsider.statusCode()).as(accept).isEqualTo(404);
      assertThat(outsider.body()).doesNotContain(team.name());
    }
    // The same answer as for an organisation that does not exist.
    assertThat(
            team.outsider()
                .getJson("api/organisations/" + UUID.randomUUID() + "/training-needs")
                .statusCode())
        .isEqualTo(404);
    assertThat(team.worker().getJson(path()).statusCode()).isEqualTo(403);
    assertThat(team.supervisor().getJson(path()).statusCode()).isEqualTo(403);
    assertThat(team.teacher().getJson(path()).statusCode()).isEqualTo(404);
    assertThat(new Http(base).getJson(path()).statusCode()).isEqualTo(401);
  }

  /** The run's suffix, as the course titles carry it. */
  private static String runOf() {
    return team.name().substring("Needs API ".length());
  }
}
