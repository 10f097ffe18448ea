package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Attainment, compliance and requirement schemes over HTTP as API.md names them, on a team made for
 * each test: a level rises when the supervisor verifies the second claim and not before; the day
 * asked about moves the currency window and history; the association's scheme counts submitted
 * entries; bad days and unknown schemes are refused with a message.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttainmentApiIT {

  private static final String PASSWORD = "attainment-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private String worker;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;

  @BeforeEach
  void team() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    organisation =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Attainment " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String employer = person(steward, "ae" + run, "[\"EMPLOYER\"]", null, null);
    String supervisor =
        person(steward, "as" + run, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    worker = person(steward, "aw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    asEmployer = new Http(base).as(employer, PASSWORD);
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    asWorker = new Http(base).as(worker, PASSWORD);
  }

  private String person(
      Http steward, String username, String roles, String stage, String supervisedBy) {
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

  private String entry(LocalDate date, String type, String hours, String claims) {
    String json =
        ("{\"date\":\"%s\",\"title\":\"Learning on %s\",\"type\":\"%s\",\"hours\":%s,"
                + "\"claims\":[%s]}")
            .formatted(date, date, type, hours, claims);
    return body(asWorker.postJson("api/people/" + worker + "/cpd-entries", json), 201)
        .getString("id");
  }

  private void submit(String id) {
    body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
  }

  private void verify(String id) {
    body(asSupervisor.postJson("api/cpd-entries/" + id + "/verify", "{\"note\":\"Seen\"}"), 200);
  }

  private int level(Http as, String competency, String query) {
    JsonArray rows = array(as.getJson("api/people/" + worker + "/attainment" + query));
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("competency").equals(competency))
        .findFirst()
        .orElseThrow()
        .getInt("level");
  }

  @Test
  void theLevelRisesWhenTheSecondClaimIsVerifiedAndNotBefore() {
    LocalDate today = LocalDate.now();
    String first =
        entry(today.minusDays(20), "COURSE", "2", "{\"competency\":\"PC.1\",\"level\":2}");
    String second =
        entry(today.minusDays(10), "READING", "1", "{\"competency\":\"PC.1\",\"level\":3}");
    submit(first);
    submit(second);
    verify(first);
    assertThat(level(asWorker, "PC.1", "")).isZero();
    verify(second);
    assertThat(level(asWorker, "PC.1", "")).isEqualTo(2);
    assertThat(level(asEmployer, "PC.1", "")).isEqualTo(2);
    // Before the entries' dates nothing counts; yesterday the second was not yet verified.
    assertThat(level(asSupervisor, "PC.1", "?on=" + today.minusDays(15))).isZero();
    assertThat(level(asSupervisor, "PC.1", "?on=" + today.minusDays(1))).isZero();
    // The boundary day of currency counts; the day after, the older claim has left it.
    assertThat(level(asWorker, "PC.1", "?on=" + today.minusDays(20).plusYears(3))).isEqualTo(2);
    assertThat(level(asWorker, "PC.1", "?on=" + today.minusDays(20).plusYears(3).plusDays(1)))
        .isZero();
  }

  @Test
  void everyCompetencyIsListedLevelZeroIncludedWithItsLapseAndEvidence() {
    JsonArray rows = array(asWorker.getJson("api/people/" + worker + "/attainment"));
    JsonArray framework =
        Http.json(asWorker.getJson("api/frameworks/current"))
            .asJsonObject()
            .getJsonArray("domains");
    int competencies =
        framework.stream()
            .mapToInt(d -> d.asJsonObject().getJsonArray("competencies").size())
            .sum();
    assertThat(rows).hasSize(competencies);
    assertThat(rows.getJsonObject(0).keySet()).contains("competency", "level");
    assertThat(rows).allMatch(r -> r.asJsonObject().getInt("level") == 0);
  }

  @Test
  void anAssessmentAloneAttainsItsLevel() {
    LocalDate day = LocalDate.now().minusDays(5);
    body(
        asSupervisor.postJson(
            "api/people/" + worker + "/assessments",
            "{\"competency\":\"CC.2\",\"level\":3,\"date\":\"" + day + "\"}"),
        201);
    assertThat(level(asWorker, "CC.2", "")).isEqualTo(3);
    assertThat(level(asWorker, "CC.2", "?on=" + day.minusDays(1))).isZero();
  }

  @Test
  void aDayThatIsNotADateIsRefusedNamingTheParameter() {
    HttpResponse<String> response =
        asWorker.getJson("api/people/" + worker + "/attainment?on=31-03-2026");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"on\"");
    assertThat(asWorker.getJson("api/people/" + worker + "/compliance?on=yesterday").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theAssociationsSchemeCountsSubmittedAndVerifiedEntriesInTheMembershipYear() {
    LocalDate today = LocalDate.now();
    LocalDate yearStart =
        LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    String submitted = entry(today, "COURSE", "12", "");
    submit(submitted);
    String returned = entry(today, "E_LEARNING", "9", "");
    submit(returned);
    body(
        asSupervisor.postJson("api/cpd-entries/" + returned + "/return", "{\"reason\":\"More\"}"),
        200);
    entry(today, "READING", "5", "");
    String before = entry(yearStart.minusDays(1), "CONFERENCE", "30", "");
    submit(before);

    JsonObject report = body(asWorker.getJson("api/people/" + worker + "/compliance"), 200);
    assertThat(report.getString("scheme")).isEqualTo("ASSOCIATION");
    assertThat(report.getJsonObject("window").getString("from")).isEqualTo(yearStart.toString());
    assertThat(report.getJsonObject("window").getString("to"))
        .isEqualTo(yearStart.plusYears(1).minusDays(1).toString());
    assertThat(report.getBoolean("met")).isFalse();
    JsonObject points = part(report, "points");
    assertThat(points.getJsonNumber("required").intValue()).isEqualTo(20);
    assertThat(points.getJsonNumber("achieved").intValue()).isEqualTo(12);
    assertThat(points.getBoolean("met")).isFalse();
    JsonObject formal = part(report, "formalHours");
    assertThat(formal.getJsonNumber("achieved").intValue()).isEqualTo(12);
    assertThat(formal.getBoolean("met")).isTrue();

    JsonObject lastYear =
        body(
            asEmployer.getJson(
                "api/people/"
                    + worker
                    + "/compliance?scheme=ASSOCIATION&on="
                    + yearStart.minusDays(1)),
            200);
    assertThat(lastYear.getBoolean("met")).isTrue();
    assertThat(part(lastYear, "points").getJsonNumber("achieved").intValue()).isEqualTo(30);
  }

  @Test
  void theThreeYearSchemeIsAskedAboutAndChosenByHand() {
    JsonObject report =
        body(asWorker.getJson("api/people/" + worker + "/compliance?scheme=THREE_YEAR"), 200);
    LocalDate today = LocalDate.now();
    assertThat(report.getJsonObject("window").getString("from"))
        .isEqualTo(today.minusYears(3).plusDays(1).toString());
    assertThat(report.getJsonArray("parts").stream().map(p -> p.asJsonObject().getString("part")))
        .containsExactly("hours", "participatoryHours", "reflectiveAccounts", "activityTypes");
    assertThat(array(asWorker.getJson("api/people/" + worker + "/schemes"))).hasSize(1);
    assertThat(asWorker.putJson("api/people/" + worker + "/schemes/THREE_YEAR", "").statusCode())
        .isEqualTo(204);
    assertThat(
            array(asWorker.getJson("api/people/" + worker + "/schemes")).stream()
                .map(s -> s.asJsonObject().getString("scheme")))
        .containsExactly("ASSOCIATION", "THREE_YEAR");
    HttpResponse<String> unknown =
        asWorker.getJson("api/people/" + worker + "/compliance?scheme=NO_SUCH_SCHEME");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void anEmployersMandatoryTrainingAppliesToItsLinkWorkers() {
    HttpResponse<String> bad =
        asEmployer.postJson(
            "api/organisations/" + organisation + "/schemes",
            "{\"code\":\"SAFE\",\"title\":\"Safeguarding\",\"items\":[{\"competency\":\"ZZ.9\",\"months\":12}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("items[0].competency");
    assertThat(array(asEmployer.getJson("api/organisations/" + organisation + "/schemes")))
        .isEmpty();

    HttpResponse<String> created =
        asEmployer.postJson(
            "api/organisations/" + organisation + "/schemes",
            "{\"code\":\"SAFE\",\"title\":\"Safeguarding\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}]}");
    JsonObject scheme = body(created, 201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/schemes/" + scheme.getString("id")));
    String id =
        entry(
            LocalDate.now().minusMonths(2), "COURSE", "1", "{\"competency\":\"PC.1\",\"level\":1}");
    submit(id);
    JsonObject report =
        body(asWorker.getJson("api/people/" + worker + "/compliance?scheme=SAFE"), 200);
    assertThat(report.getBoolean("met")).isTrue();
    assertThat(part(report, "PC.1").getString("lapses"))
        .isEqualTo(LocalDate.now().minusMonths(2).plusMonths(12).plusDays(1).toString());
  }

  private static JsonObject part(JsonObject report, String code) {
    return report.getJsonArray("parts").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("part").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
