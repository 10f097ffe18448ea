package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The gap report over HTTP as API.md names it, on a team made for each test: JSON with API.md's
 * field names, against the next stage by default and a chosen one; the same report as CSV and as
 * PDF by the Accept header, both attachments; a stage the framework does not have is a 400 naming
 * {@code stage}; an employer of another organisation finds no one; no credentials, 401.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapReportApiIT {

  private static final String PASSWORD = "gap-report-api-2026";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String worker;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;
  private Http asOutsider;

  /**
   * One published course for the class, the only one in the catalogue that reaches {@value
   * #COMPETENCY} at level 3 or above (no demo course does, and other tests' courses reach it at
   * level 2 at most: CourseImportIT's generated ones), so every report of this class recommends it.
   */
  private static String courseTitle;

  /** The class course's provider, who adds and withdraws another course in one test. */
  private static String teacher;

  private static final String COMPETENCY = "CR.2";

  @BeforeEach
  void team() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation = organisation(steward, "Gap API " + run, "EMPLOYER");
    String other = organisation(steward, "Gap API other " + run, "EMPLOYER");
    String supervisor = person(steward, organisation, "ks" + run, "[\"SUPERVISOR\"]", null, null);
    worker =
        person(steward, organisation, "kw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    String employer = person(steward, organisation, "ke" + run, "[\"EMPLOYER\"]", null, null);
    String outsider = person(steward, other, "ko" + run, "[\"EMPLOYER\"]", null, null);
    asWorker = new Http(base).as(worker, PASSWORD);
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    asEmployer = new Http(base).as(employer, PASSWORD);
    asOutsider = new Http(base).as(outsider, PASSWORD);
    if (courseTitle != null) {
      return;
    }
    String provider = organisation(steward, "Gap API provider " + run, "PROVIDER");
    teacher = person(steward, provider, "kp" + run, "[\"PROVIDER\"]", null, null);
    courseTitle = "Gap API course " + run;
    body(
        new Http(base)
            .as(teacher, PASSWORD)
            .postJson(
                "api/courses",
                ("{\"title\":\"%s\",\"deliveryMode\":\"ONLINE\",\"hours\":2.5,\"status\":\"PUBLISHED\","
                        + "\"mappings\":[{\"competency\":\""
                        + COMPETENCY
                        + "\",\"level\":4,\"strength\":\"ASSESSES\"}]}")
                    .formatted(courseTitle)),
        201);
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
    return "api/people/" + worker + "/gap-report";
  }

  @Test
  void theJsonReportCarriesApiMdsFieldsAgainstTheNextStageByDefault() {
    JsonObject report = body(asWorker.getJson(path()), 200);

    assertThat(report.keySet())
        .contains("username", "stage", "readiness", "gaps", "recommendations");
    assertThat(report.getString("username")).isEqualTo(worker);
    assertThat(report.getString("stage")).isEqualTo("SENIOR");
    assertThat(report.getJsonNumber("readiness").doubleValue()).isZero();
    JsonArray gaps = report.getJsonArray("gaps");
    assertThat(gaps).isNotEmpty();
    for (JsonValue value : gaps) {
      JsonObject gap = value.asJsonObject();
      assertThat(gap.keySet()).contains("competency", "required", "attained", "gap");
      assertThat(gap.getInt("gap"))
          .isEqualTo(Math.max(0, gap.getInt("required") - gap.getInt("attained")));
    }
    JsonArray recommendations = report.getJsonArray("recommendations");
    assertThat(recommendations).isNotEmpty();
    for (JsonValue value : recommendations) {
      JsonObject course = value.asJsonObject();
      assertThat(course.keySet()).contains("course", "title", "hours", "addresses");
      assertThat(course.getJsonArray("addresses")).isNotEmpty();
    }
    assertThat(
            recommendations.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals(courseTitle))
                .findFirst())
        .hasValueSatisfying(
            c -> assertThat(c.getJsonArray("addresses").getString(0)).isEqualTo(COMPETENCY));
  }

  @Test
  void aCoursePublishedOrWithdrawnAfterAReportChangesTheNextReportsRecommendations() {
    assertThat(recommended()).contains(courseTitle);
    Http provider = new Http(base).as(teacher, PASSWORD);
    String shorter = courseTitle + " (shorter)";
    String id =
        body(
                provider.postJson(
                    "api/courses",
                    ("{\"title\":\"%s\",\"deliveryMode\":\"ONLINE\",\"hours\":1,"
                            + "\"status\":\"PUBLISHED\",\"mappings\":[{\"competency\":\""
                            + COMPETENCY
                            + "\",\"level\":4,\"strength\":\"ASSESSES\"}]}")
                        .formatted(shorter)),
                201)
            .getString("id");
    try {
      // The same gap closed in fewer hours: the new course is chosen, the class's is not needed.
      assertThat(recommended()).contains(shorter).doesNotContain(courseTitle);
    } finally {
      assertThat(provider.delete("api/courses/" + id).statusCode()).isEqualTo(204);
    }
    // Withdrawn, it is no longer a candidate: the class's course closes the gap again.
    assertThat(recommended()).contains(courseTitle).doesNotContain(shorter);
  }

  private List<String> recommended() {
    return body(asWorker.getJson(path()), 200).getJsonArray("recommendations").stream()
        .map(c -> c.asJsonObject().getString("title"))
        .toList();
  }

  @Test
  void aChosenStageAndDayAreReportedAgainstAndTheSupervisorAndEmployerReadIt() {
    String on = LocalDate.now().minusDays(10).toString();
    for (Http reader : List.of(asWorker, asSupervisor, asEmployer)) {
      JsonObject report = body(reader.getJson(path() + "?stage=TRAINEE&on=" + on), 200);
      assertThat(report.getString("stage")).isEqualTo("TRAINEE");
      assertThat(report.getString("on")).isEqualTo(on);
    }
  }

  @Test
  void theSameReportComesAsCsvByTheAcceptHeader() {
    HttpResponse<String> csv = asEmployer.get(path() + "?stage=SENIOR", "text/csv");

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"gap-report-" + worker + "-senior.csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("username,stage,domain,competency,required,attained,gap,recommended courses");
    int required = body(asEmployer.getJson(path() + "?stage=SENIOR"), 200).getInt("required");
    assertThat(lines).hasSize(1 + required);
    // The last column lists the courses recommended for the row's competency, "; " between them
    // (other tests' courses may reach COMPETENCY's lower levels, so the class's need not be alone).
    assertThat(lines)
        .filteredOn(l -> l.split(",")[3].equals(COMPETENCY))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.split(",", 8)[7].replaceAll("^\"|\"$", "").split("; "))
                    .as("the courses recommended for %s", COMPETENCY)
                    .contains(courseTitle));
  }

  @Test
  void theSameReportComesAsPdfByTheAcceptHeader() throws IOException, InterruptedException {
    HttpResponse<byte[]> pdf =
        CLIENT.send(
            asSupervisor.request(path()).header("Accept", "application/pdf").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"gap-report-" + worker + "-senior.pdf\"");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Person " + worker + " (" + worker + ")")
          .contains("Reported against: Senior link worker")
          .contains(COMPETENCY)
          .contains(courseTitle)
          .contains("Page 1 of");
    }
  }

  @Test
  void aStageTheFrameworkDoesNotHaveIsA400NamingTheStage() {
    HttpResponse<String> refused = asWorker.getJson(path() + "?stage=ASTRONAUT");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = Http.json(refused).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("stage");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("ASTRONAUT");
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNoOneInAnyFormat() {
    for (String accept : List.of("application/json", "text/csv", "application/pdf")) {
      assertThat(asOutsider.get(path(), accept).statusCode()).as(accept).isEqualTo(404);
    }
    assertThat(
            asOutsider
                .getJson("api/people/nobody-" + UUID.randomUUID() + "/gap-report")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void withoutCredentialsItIs401() {
    assertThat(new Http(base).getJson(path()).statusCode()).isEqualTo(401);
    assertThat(new Http(base).get(path(), "application/pdf").statusCode()).isEqualTo(401);
  }
}
