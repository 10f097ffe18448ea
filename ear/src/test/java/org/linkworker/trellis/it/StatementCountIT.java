package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a page costs the database, counted where it happens: the test domain's Derby logs every
 * statement it executes (see {@code src/test/derby/derby.properties}), and the test reads what a
 * request added to that log. The current framework is an application-wide snapshot, so no page
 * reads a framework table once it is built.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementCountIT {

  private static final Path DERBY_LOG = Path.of(System.getProperty("trellis.derby.log"));

  private static final Pattern EXECUTED =
      Pattern.compile("Executing (?:prepared )?statement: (.*?)(?: :End prepared statement|$)");

  // The framework component's tables, as the changelog names them.
  private static final Pattern FRAMEWORK_TABLE =
      Pattern.compile(
          "\\b(?:from|join)\\s+(?:framework|framework_level|framework_domain|competency"
              + "|level_descriptor|career_stage|stage_requirement|code_of_practice"
              + "|practice_standard|standard_competency|expected_behaviour)\\b",
          Pattern.CASE_INSENSITIVE);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void aSignedInPageReadsNoFrameworkTable() throws IOException {
    WebSession alex = WebSession.signedIn(base, "alex.link", Http.DEMO_PASSWORD);
    // The first request may build the snapshot; what every later one costs is what counts.
    assertThat(alex.get("account/password.xhtml").statusCode()).isEqualTo(200);

    for (String page :
        List.of("account/password.xhtml", "account/tokens.xhtml", "framework/stages.xhtml")) {
      List<String> statements = statementsDuring(() -> alex.get(page));
      List<String> framework =
          statements.stream().filter(sql -> FRAMEWORK_TABLE.matcher(sql).find()).toList();
      System.out.printf(
          "StatementCountIT: %s as alex.link: %d statements, %d on framework tables%n",
          page, statements.size(), framework.size());
      assertThat(framework).as("framework statements of %s", page).isEmpty();
    }
  }

  @Test
  void theCurrentFrameworkOverTheApiReadsNoFrameworkTable() throws IOException {
    Http http = new Http(base).as("alex.link");
    assertThat(http.get("api/frameworks/current", "application/json").statusCode()).isEqualTo(200);

    List<String> statements =
        statementsDuring(() -> http.get("api/frameworks/current", "application/json"));

    System.out.printf(
        "StatementCountIT: GET /api/frameworks/current: %d statements%n", statements.size());
    assertThat(statements).noneMatch(sql -> FRAMEWORK_TABLE.matcher(sql).find());
  }

  @Test
  void anOlderVersionIsStillReadFromTheDatabase() throws IOException {
    Http http = new Http(base).as("alex.link");

    List<String> statements =
        statementsDuring(() -> http.get("api/frameworks/LWCF/1", "application/json"));

    // The log does see framework reads: a named version is not the snapshot's business.
    assertThat(statements).anyMatch(sql -> FRAMEWORK_TABLE.matcher(sql).find());
  }

  @Test
  void aCatalogueSearchCostsTheSameStatementsForOneCourseAsForAHundred() throws IOException {
    Http http = new Http(base).as("alex.link");
    assertThat(http.getJson("api/courses?limit=100").statusCode()).isEqualTo(200);
    assertThat(
            Long.parseLong(
                http.getJson("api/courses?limit=1")
                    .headers()
                    .firstValue("X-Total-Count")
                    .orElseThrow()))
        .as("the demo catalogue's published courses")
        .isGreaterThan(10);

    // A batch job of another test may still be writing: the fewest of three is the request's own.
    long one = fewest(() -> http.getJson("api/courses?limit=1"));
    long hundred = fewest(() -> http.getJson("api/courses?limit=100"));
    long page = fewest(() -> http.getJson("api/courses?competency=PC.1&level=2"));

    System.out.printf(
        "StatementCountIT: GET /api/courses: %d statements for 1 course, %d for up to 100, %d"
            + " filtered by competency and level%n",
        one, hundred, page);
    assertThat(hundred).isEqualTo(one);
    assertThat(page).isEqualTo(one);
  }

  @Test
  void aWorkersEntriesTheQueueAndTheEntriesPageCostTheSameStatementsForOneRowAsForMany()
      throws IOException {
    Http alex = new Http(base).as("alex.link");
    String path = "api/people/alex.link/cpd-entries";
    assertThat(
            Long.parseLong(
                alex.getJson(path + "?limit=1")
                    .headers()
                    .firstValue("X-Total-Count")
                    .orElseThrow()))
        .as("the demo portfolio's entries of alex.link")
        .isGreaterThan(20);

    long one = fewest(() -> alex.getJson(path + "?limit=1"));
    long all = fewest(() -> alex.getJson(path + "?limit=100"));
    long filtered = fewest(() -> alex.getJson(path + "?status=VERIFIED&competency=PC.1"));
    Http sam = new Http(base).as("sam.supervisor");
    long queue = fewest(() -> sam.getJson("api/me/verification-queue"));
    WebSession page = WebSession.signedIn(base, "alex.link", Http.DEMO_PASSWORD);
    assertThat(page.get("portfolio/entries.xhtml").statusCode()).isEqualTo(200);
    long entriesPage = fewest(() -> page.get("portfolio/entries.xhtml"));

    System.out.printf(
        "StatementCountIT: GET %s: %d statements for 1 entry, %d for up to 100, %d filtered;"
            + " Sam's queue of %d entries: %d; the entries page: %d%n",
        path,
        one,
        all,
        filtered,
        Http.json(sam.getJson("api/me/verification-queue")).asJsonArray().size(),
        queue,
        entriesPage);
    assertThat(all).isEqualTo(one);
    assertThat(filtered).isEqualTo(one);
    assertThat(queue).isLessThanOrEqualTo(one);
  }

  @Test
  void attainmentAndComplianceCostTheSameStatementsWhateverTheEvidence() throws IOException {
    Http emma = new Http(base).as("emma.employer");
    long alexAttainment = fewest(() -> emma.getJson("api/people/alex.link/attainment"));
    long leeAttainment = fewest(() -> emma.getJson("api/people/lee.trainee/attainment"));
    long pastAttainment =
        fewest(() -> emma.getJson("api/people/alex.link/attainment?on=2025-01-01"));
    long alexSchemes = fewest(() -> emma.getJson("api/people/alex.link/schemes"));
    long leeSchemes = fewest(() -> emma.getJson("api/people/lee.trainee/schemes"));
    WebSession page = WebSession.signedIn(base, "alex.link", Http.DEMO_PASSWORD);
    assertThat(page.get("progression/attainment.xhtml").statusCode()).isEqualTo(200);
    long profilePage = fewest(() -> page.get("progression/attainment.xhtml"));

    System.out.printf(
        "StatementCountIT: GET attainment: %d statements for alex.link, %d for lee.trainee, %d on"
            + " a past day; every scheme: %d for alex.link, %d for lee.trainee; the profile page:"
            + " %d%n",
        alexAttainment, leeAttainment, pastAttainment, alexSchemes, leeSchemes, profilePage);
    assertThat(leeAttainment).isEqualTo(alexAttainment);
    assertThat(pastAttainment).isEqualTo(alexAttainment);
    assertThat(leeSchemes).isEqualTo(alexSchemes);
  }

  @Test
  void aGapReportCostsTheSameStatementsWhateverTheEvidenceInEveryFormatAndOnItsPage()
      throws IOException {
    Http emma = new Http(base).as("emma.employer");
    String alex = "api/people/alex.link/gap-report";
    long alexJson = fewest(() -> emma.getJson(alex));
    long leeJson = fewest(() -> emma.getJson("api/people/lee.trainee/gap-report"));
    long chosen = fewest(() -> emma.getJson(alex + "?stage=LEAD&on=2025-01-01"));
    long csv = fewest(() -> emma.get(alex, "text/csv"));
    long pdf = fewest(() -> emma.get(alex, "application/pdf"));
    WebSession pages = WebSession.signedIn(base, "emma.employer", Http.DEMO_PASSWORD);
    assertThat(pages.get("progression/gap-report.xhtml?username=alex.link").statusCode())
        .isEqualTo(200);
    long alexPage = fewest(() -> pages.get("progression/gap-report.xhtml?username=alex.link"));
    long leePage = fewest(() -> pages.get("progression/gap-report.xhtml?username=lee.trainee"));

    System.out.printf(
        "StatementCountIT: GET gap-report: %d statements for alex.link, %d for lee.trainee, %d"
            + " against a chosen stage on a past day, %d as CSV, %d as PDF; the gap report page:"
            + " %d for alex.link, %d for lee.trainee%n",
        alexJson, leeJson, chosen, csv, pdf, alexPage, leePage);
    assertThat(leeJson).isEqualTo(alexJson);
    assertThat(chosen).isEqualTo(alexJson);
    assertThat(csv).isEqualTo(alexJson);
    assertThat(pdf).isEqualTo(alexJson);
    assertThat(leePage).isEqualTo(alexPage);
  }

  @Test
  void aTrainingNeedsAnalysisCostsTheSameStatementsForOneWorkerAsForElevenInEveryFormAndOnItsPage()
      throws IOException {
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    String password = "statement-count-2026";
    Http steward = new Http(base).as("steward");
    String organisation =
        Http.json(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Needs statements " + run + "\",\"kind\":\"EMPLOYER\"}"))
            .asJsonObject()
            .getString("id");
    java.util.function.BiConsumer<String, String> add =
        (username, rolesAndMore) ->
            assertThat(
                    steward
                        .postJson(
                            "api/organisations/" + organisation + "/people",
                            ("{\"username\":\"%s\",\"displayName\":\"Counted %s\","
                                    + "\"password\":\"%s\",%s}")
                                .formatted(username, username, password, rolesAndMore))
                        .statusCode())
                .isEqualTo(201);
    String employer = "te" + run;
    String supervisor = "ts" + run;
    add.accept(employer, "\"roles\":[\"EMPLOYER\"]");
    add.accept(supervisor, "\"roles\":[\"SUPERVISOR\"]");
    Http assessor = new Http(base).as(supervisor, password);
    java.util.concurrent.atomic.AtomicInteger workers =
        new java.util.concurrent.atomic.AtomicInteger();
    Runnable oneMore =
        () -> {
          int n = workers.getAndIncrement();
          String worker = "tw" + n + run;
          add.accept(
              worker,
              "\"roles\":[\"LINK_WORKER\"],\"stage\":\""
                  + (n % 2 == 0 ? "TRAINEE" : "LINK_WORKER")
                  + "\",\"supervisor\":\""
                  + supervisor
                  + "\"");
          for (String competency : List.of("PC.1", "CR.1", "HI.2")) {
            assertThat(
                    assessor
                        .postJson(
                            "api/people/" + worker + "/assessments",
                            "{\"competency\":\"" + competency + "\",\"level\":" + (1 + n % 2) + "}")
                        .statusCode())
                .isEqualTo(201);
          }
        };
    oneMore.run();
    Http api = new Http(base).as(employer, password);
    String path = "api/organisations/" + organisation + "/training-needs";
    WebSession page = WebSession.signedIn(base, employer, password);
    assertThat(api.getJson(path).statusCode()).isEqualTo(200);
    assertThat(page.get("progression/training-needs.xhtml").statusCode()).isEqualTo(200);
    long jsonOne = fewest(() -> api.getJson(path));
    long csvOne = fewest(() -> api.get(path + "?part=courses", "text/csv"));
    long pageOne = fewest(() -> page.get("progression/training-needs.xhtml"));
    String coverage = "api/organisations/" + organisation + "/coverage";
    assertThat(page.get("workforce/coverage.xhtml").statusCode()).isEqualTo(200);
    long coverageOne = fewest(() -> api.getJson(coverage));
    long coveragePageOne = fewest(() -> page.get("workforce/coverage.xhtml"));
    for (int i = 0; i < 10; i++) {
      oneMore.run();
    }
    assertThat(Http.json(api.getJson(path)).asJsonObject().getInt("people")).isEqualTo(11);

    long jsonMany = fewest(() -> api.getJson(path));
    long csvMany = fewest(() -> api.get(path + "?part=courses", "text/csv"));
    long pageMany = fewest(() -> page.get("progression/training-needs.xhtml"));
    assertThat(Http.json(api.getJson(coverage)).asJsonObject().getInt("people")).isEqualTo(11);
    long coverageMany = fewest(() -> api.getJson(coverage));
    long coverageCsv = fewest(() -> api.get(coverage + "?part=staff", "text/csv"));
    long coveragePageMany = fewest(() -> page.get("workforce/coverage.xhtml"));
    long pastDay = fewest(() -> api.getJson(path + "?on=2025-01-01"));
    Http emma = new Http(base).as("emma.employer");
    String riverside = Http.json(emma.getJson("api/me")).asJsonObject().getString("organisation");
    long demo = fewest(() -> emma.getJson("api/organisations/" + riverside + "/training-needs"));

    System.out.printf(
        "StatementCountIT: GET training-needs: %d statements for 1 worker, %d for 11 (33"
            + " assessments), %d on a past day; as CSV: %d, %d; the page: %d, %d; the demo"
            + " organisation: %d%n",
        jsonOne, jsonMany, pastDay, csvOne, csvMany, pageOne, pageMany, demo);
    assertThat(jsonMany).isEqualTo(jsonOne);
    assertThat(pastDay).isEqualTo(jsonOne);
    assertThat(csvMany).isEqualTo(csvOne).isEqualTo(jsonOne);
    assertThat(pageMany).isEqualTo(pageOne);
    assertThat(demo).isEqualTo(jsonOne);
    System.out.printf(
        "StatementCountIT: GET coverage: %d statements for 1 worker, %d for 11; as CSV: %d; the"
            + " page: %d, %d%n",
        coverageOne, coverageMany, coverageCsv, coveragePageOne, coveragePageMany);
    assertThat(coverageMany).isEqualTo(coverageOne).isEqualTo(coverageCsv);
    assertThat(coveragePageMany).isEqualTo(coveragePageOne);
  }

  @Test
  void theTeamsComplianceSupervisionAndPageCostTheSameStatementsForOneWorkerAsForEleven()
      throws IOException {
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    String password = "statement-count-2026";
    Http steward = new Http(base).as("steward");
    String organisation =
        Http.json(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Team statements " + run + "\",\"kind\":\"EMPLOYER\"}"))
            .asJsonObject()
            .getString("id");
    java.util.function.BiConsumer<String, String> add =
        (username, rolesAndMore) ->
            assertThat(
                    steward
                        .postJson(
                            "api/organisations/" + organisation + "/people",
                            ("{\"username\":\"%s\",\"displayName\":\"Counted %s\","
                                    + "\"password\":\"%s\",%s}")
                                .formatted(username, username, password, rolesAndMore))
                        .statusCode())
                .isEqualTo(201);
    String employer = "ye" + run;
    String supervisor = "ys" + run;
    add.accept(employer, "\"roles\":[\"EMPLOYER\"]");
    add.accept(supervisor, "\"roles\":[\"SUPERVISOR\"]");
    java.util.concurrent.atomic.AtomicInteger workers =
        new java.util.concurrent.atomic.AtomicInteger();
    Runnable oneMore =
        () -> {
          int n = workers.getAndIncrement();
          String worker = "yw" + n + run;
          add.accept(
              worker,
              "\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\",\"supervisor\":\""
                  + supervisor
                  + "\"");
          Http self = new Http(base).as(worker, password);
          assertThat(
                  self.postJson(
                          "api/people/" + worker + "/supervision",
                          "{\"date\":\"2026-01-0%d\",\"minutes\":30,\"kind\":\"PEER\",\"supervisor\":\"%s\"}"
                              .formatted(1 + n % 9, supervisor))
                      .statusCode())
              .isEqualTo(201);
          String entry =
              Http.json(
                      self.postJson(
                          "api/people/" + worker + "/cpd-entries",
                          "{\"date\":\"2026-01-02\",\"title\":\"Counted\",\"type\":\"COURSE\","
                              + "\"hours\":2,\"participatory\":false,\"claims\":[]}"))
                  .asJsonObject()
                  .getString("id");
          assertThat(self.postJson("api/cpd-entries/" + entry + "/submit", "{}").statusCode())
              .isEqualTo(200);
        };
    oneMore.run();
    Http api = new Http(base).as(employer, password);
    String compliance = "api/organisations/" + organisation + "/compliance";
    String supervision = "api/organisations/" + organisation + "/supervision";
    WebSession page = WebSession.signedIn(base, employer, password);
    assertThat(api.getJson(compliance).statusCode()).isEqualTo(200);
    assertThat(page.get("workforce/team.xhtml").statusCode()).isEqualTo(200);
    long complianceOne = fewest(() -> api.getJson(compliance));
    long supervisionOne = fewest(() -> api.getJson(supervision));
    long csvOne = fewest(() -> api.get(supervision, "text/csv"));
    long pageOne = fewest(() -> page.get("workforce/team.xhtml"));
    for (int i = 0; i < 10; i++) {
      oneMore.run();
    }
    assertThat(Http.json(api.getJson(compliance)).asJsonArray()).hasSize(11);
    long complianceMany = fewest(() -> api.getJson(compliance));
    long supervisionMany = fewest(() -> api.getJson(supervision));
    long csvMany = fewest(() -> api.get(supervision, "text/csv"));
    long pageMany = fewest(() -> page.get("workforce/team.xhtml"));
    System.out.printf(
        "StatementCountIT: GET compliance: %d statements for 1 worker, %d for 11; supervision:"
            + " %d, %d; as CSV: %d, %d; the team page: %d, %d%n",
        complianceOne,
        complianceMany,
        supervisionOne,
        supervisionMany,
        csvOne,
        csvMany,
        pageOne,
        pageMany);
    assertThat(complianceMany).isEqualTo(complianceOne);
    assertThat(supervisionMany).isEqualTo(supervisionOne);
    assertThat(csvMany).isEqualTo(csvOne);
    assertThat(pageMany).isEqualTo(pageOne);
  }

  @Test
  void theDeclarationPagesTheCodeOfPracticeAndTheExportCostTheSameForOneEntryAsForMany()
      throws IOException {
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation =
        Http.json(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Statements " + run + "\",\"kind\":\"EMPLOYER\"}"))
            .asJsonObject()
            .getString("id");
    String worker = "sc" + run;
    String password = "statement-count-2026";
    assertThat(
            steward
                .postJson(
                    "api/organisations/" + organisation + "/people",
                    ("{\"username\":\"%s\",\"displayName\":\"Stat Counter\",\"password\":\"%s\","
                            + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\"}")
                        .formatted(worker, password))
                .statusCode())
        .isEqualTo(201);
    Http api = new Http(base).as(worker, password);
    java.util.concurrent.atomic.AtomicInteger made =
        new java.util.concurrent.atomic.AtomicInteger();
    Runnable oneMore =
        () ->
            assertThat(
                    api.postJson(
                            "api/people/" + worker + "/cpd-entries",
                            "{\"title\":\"Counted\",\"type\":\"READING\",\"standard\":\"CP."
                                + (1 + made.getAndIncrement() % 10)
                                + "\",\"claims\":[{\"competency\":\"PC.1\",\"level\":1}]}")
                        .statusCode())
                .isEqualTo(201);
    oneMore.run();
    WebSession pages = WebSession.signedIn(base, worker, password);
    String export = "api/people/" + worker + "/portfolio-export";
    // Declared before either count: the page of a year already declared, both times.
    assertThat(api.postJson("api/people/" + worker + "/declarations", "{}").statusCode())
        .isEqualTo(201);
    assertThat(pages.get("framework/code-of-practice.xhtml").statusCode()).isEqualTo(200);
    assertThat(pages.get("portfolio/declaration.xhtml").statusCode()).isEqualTo(200);
    long practiceOne = fewest(() -> pages.get("framework/code-of-practice.xhtml"));
    long declarationOne = fewest(() -> pages.get("portfolio/declaration.xhtml"));
    long exportOne = fewest(() -> api.get(export, "*/*"));
    for (int i = 0; i < 25; i++) {
      oneMore.run();
    }

    long practiceMany = fewest(() -> pages.get("framework/code-of-practice.xhtml"));
    long declarationMany = fewest(() -> pages.get("portfolio/declaration.xhtml"));
    long exportMany = fewest(() -> api.get(export, "*/*"));
    long home = fewest(() -> pages.get("index.xhtml"));

    System.out.printf(
        "StatementCountIT: the code of practice page with 1 and 26 entries: %d, %d; the"
            + " declaration page: %d, %d; the portfolio export: %d, %d; the home page: %d%n",
        practiceOne, practiceMany, declarationOne, declarationMany, exportOne, exportMany, home);
    assertThat(practiceMany).isEqualTo(practiceOne);
    assertThat(declarationMany).isEqualTo(declarationOne);
    assertThat(exportMany).isEqualTo(exportOne);
  }

  @Test
  void aCpdSummaryCostsTheSameStatementsForAnEmptyDayAsForTenYearsOfEntries() throws IOException {
    Http alex = new Http(base).as("alex.link");
    String summary = "api/people/alex.link/cpd-summary";
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String decade = "?from=" + today.minusYears(10).plusDays(1) + "&to=" + today;
    assertThat(alex.get(summary + decade, "application/pdf").statusCode()).isEqualTo(200);

    long empty =
        fewest(() -> alex.get(summary + "?from=2001-01-01&to=2001-01-01", "application/pdf"));
    long all = fewest(() -> alex.get(summary + decade, "application/pdf"));

    System.out.printf(
        "StatementCountIT: GET %s: %d statements for a day without entries, %d for ten years%n",
        summary, empty, all);
    assertThat(all).isEqualTo(empty);
  }

  @Test
  void theNationalPictureCostsTheSameStatementsWhateverTheNumberOfWorkers() throws IOException {
    Http steward = new Http(base).as("steward");
    WebSession pages = WebSession.signedIn(base, "steward", Http.DEMO_PASSWORD);
    int before = completedNationalReport(steward);
    assertThat(pages.get("progression/national.xhtml").statusCode()).isEqualTo(200);
    long apiBefore = fewest(() -> steward.getJson("api/reports/national"));
    long pageBefore = fewest(() -> pages.get("progression/national.xhtml"));

    // Thirty more link workers, in an organisation of their own, and a new report.
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    String organisation =
        Http.json(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Statements national " + run + "\",\"kind\":\"EMPLOYER\"}"))
            .asJsonObject()
            .getString("id");
    for (int i = 0; i < 30; i++) {
      assertThat(
              steward
                  .postJson(
                      "api/organisations/" + organisation + "/people",
                      ("{\"username\":\"sn%s%d\",\"displayName\":\"Counted %d\","
                              + "\"password\":\"statement-count-2026\","
                              + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\"}")
                          .formatted(run, i, i))
                  .statusCode())
          .isEqualTo(201);
    }
    int after = completedNationalReport(steward);
    long apiAfter = fewest(() -> steward.getJson("api/reports/national"));
    long pageAfter = fewest(() -> pages.get("progression/national.xhtml"));

    System.out.printf(
        "StatementCountIT: GET /api/reports/national: %d statements for %d workers, %d for %d;"
            + " the national picture page: %d, %d%n",
        apiBefore, before, apiAfter, after, pageBefore, pageAfter);
    assertThat(after).isGreaterThanOrEqualTo(before + 30);
    assertThat(apiAfter).isEqualTo(apiBefore);
    assertThat(pageAfter).isEqualTo(pageBefore);
  }

  /** Starts a report of every organisation, waits until it completes; how many workers it holds. */
  private static int completedNationalReport(Http steward) {
    HttpResponse<String> started =
        steward.postJson("api/reports/gap-reports", "{\"organisation\":null}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = Http.json(started).asJsonObject().getString("id");
    for (int i = 0; i < 900; i++) {
      jakarta.json.JsonObject job =
          Http.json(steward.getJson("api/reports/jobs/" + id)).asJsonObject();
      if (!job.getString("status").startsWith("START")) {
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("COMPLETED");
        return job.getJsonObject("progress").getInt("done");
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

  private static long fewest(Runnable request) throws IOException {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      fewest = Math.min(fewest, statementsDuring(request).size());
    }
    return fewest;
  }

  /** The statements Derby executed while the request ran. */
  private static List<String> statementsDuring(Runnable request) throws IOException {
    long before = Files.size(DERBY_LOG);
    request.run();
    byte[] added;
    try (RandomAccessFile log = new RandomAccessFile(DERBY_LOG.toFile(), "r")) {
      log.seek(before);
      added = new byte[(int) (log.length() - before)];
      log.readFully(added);
    }
    return new String(added, StandardCharsets.UTF_8)
        .lines()
        .map(EXECUTED::matcher)
        .filter(java.util.regex.Matcher::find)
        .map(m -> m.group(1))
        .filter(sql -> !PRESENCE.matcher(sql).find())
        .toList();
  }

  // The server's own beat (ServerPresence, every 20 s), which may fall within any request.
  private static final Pattern PRESENCE =
      Pattern.compile("\\b(?:server_presence|shared_revision)\\b", Pattern.CASE_INSENSITIVE);
}
