package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CPD summary over HTTP and from the entries page: a PDF of the period's entries (and none
 * outside it) with the reflections for the worker and their supervisor and without them for the
 * employer; the membership year so far by default; bad periods refused next to their field; and the
 * page's button, reached by keyboard, downloading the file in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdSummaryIT {

  private static final String PASSWORD = "cpd-summary-2026";
  private static final String PDF = "application/pdf";
  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);
  private static final String REFLECTION = "I now ask about debt at every first meeting";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String run;
  private String worker;
  private String supervisor;
  private String colleague;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;

  @BeforeEach
  void team() {
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Summary " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String organisation = Http.json(org).asJsonObject().getString("id");
    asEmployer =
        new Http(base)
            .as(
                person(steward, organisation, "se" + run, "Elin Employer", "[\"EMPLOYER\"]", ""),
                PASSWORD);
    supervisor =
        person(steward, organisation, "ss" + run, "Siân Supervisor", "[\"SUPERVISOR\"]", "");
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    worker =
        person(
            steward,
            organisation,
            "sw" + run,
            "Zoë Worker",
            "[\"LINK_WORKER\"]",
            ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    asWorker = new Http(base).as(worker, PASSWORD);
    colleague =
        person(
            steward,
            organisation,
            "sc" + run,
            "Cal Colleague",
            "[\"LINK_WORKER\"]",
            ",\"stage\":\"TRAINEE\"");

    record("2025-03-31", "Before the period " + run, null);
    record("2025-04-01", "First day " + run, null);
    String verified = record("2025-10-14", "Debt advice course " + run, REFLECTION);
    record("2026-03-31", "Last day " + run, null);
    record("2026-04-01", "After the period " + run, null);
    record(null, "This year " + run, null);
    assertThat(asWorker.postJson("api/cpd-entries/" + verified + "/submit", "{}").statusCode())
        .isEqualTo(200);
    assertThat(
            asSupervisor
                .postJson("api/cpd-entries/" + verified + "/verify", "{\"note\":\"Good\"}")
                .statusCode())
        .isEqualTo(200);
  }

  private static String person(
      Http steward, String organisation, String username, String name, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, name, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    return username;
  }

  private String record(String date, String title, String learned) {
    String body =
        "{%s\"title\":\"%s\",\"type\":\"COURSE\",\"hours\":2,\"reflection\":%s}"
            .formatted(
                date == null ? "" : "\"date\":\"" + date + "\",",
                title,
                learned == null ? "null" : "{\"learned\":\"" + learned + "\"}");
    HttpResponse<String> created = asWorker.postJson("api/people/" + worker + "/cpd-entries", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getString("id");
  }

  private HttpResponse<byte[]> pdf(Http as, String path) {
    try {
      return CLIENT.send(
          as.request(path).header("Accept", PDF).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String period() {
    return "api/people/" + worker + "/cpd-summary?from=" + FROM + "&to=" + TO;
  }

  /** The PDF's words, each run of white space one space. */
  private static String text(byte[] pdf) {
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theWorkerGetsAPdfOfThePeriodsEntriesWithTheirReflectionsAndNoneOutsideIt() {
    HttpResponse<byte[]> response = pdf(asWorker, period());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PDF));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"cpd-summary-" + worker + "-2025-04-01-2026-03-31.pdf\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(text(response.body()))
        .contains("Zoë Worker (" + worker + ")")
        .contains("Period: 1 April 2025 to 31 March 2026")
        .contains("First day " + run)
        .contains("Debt advice course " + run)
        .contains("Last day " + run)
        .contains(
            "Siân Supervisor, "
                + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)
                    .format(LocalDate.now(ZoneOffset.UTC)))
        .contains(REFLECTION)
        .contains("Association membership CPD")
        .contains("All types 3 6")
        .doesNotContain("Before the period " + run)
        .doesNotContain("After the period " + run)
        .doesNotContain("This year " + run);
  }

  @Test
  void theSupervisorReadsTheReflectionsAndTheEmployerGetsTheSummaryWithoutThem() {
    assertThat(text(pdf(asSupervisor, period()).body())).contains(REFLECTION);

    HttpResponse<byte[]> forEmployer = pdf(asEmployer, period());
    assertThat(forEmployer.statusCode()).isEqualTo(200);
    assertThat(text(forEmployer.body()))
        .contains("Debt advice course " + run)
        .contains("Reflections are not included")
        .doesNotContain(REFLECTION);
  }

  @Test
  void withoutDatesItCoversTheMembershipYearSoFar() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate april = LocalDate.of(today.getYear(), Month.APRIL, 1);
    LocalDate start = today.isBefore(april) ? april.minusYears(1) : april;

    HttpResponse<byte[]> response = pdf(asWorker, "api/people/" + worker + "/cpd-summary");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("cpd-summary-" + worker + "-" + start + "-");
    assertThat(text(response.body())).contains("This year " + run);
  }

  @Test
  void aBadPeriodIsAProblemNamingItsFieldAndAnyoneElseFindsNoSuchPerson() {
    String summary = "api/people/" + worker + "/cpd-summary";
    Map<String, String> wrong =
        Map.of(
            "?from=2025-13-01", "from",
            "?from=2026-03-31&to=2025-04-01", "to",
            "?from=2015-01-01&to=2026-01-01", "to");
    wrong.forEach(
        (query, field) -> {
          HttpResponse<String> response = asWorker.get(summary + query, PDF);
          assertThat(response.statusCode()).as(query).isEqualTo(400);
          assertThat(response.headers().firstValue("Content-Type").orElseThrow())
              .startsWith("application/problem+json");
          JsonObject error =
              Http.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0);
          assertThat(error.getString("field")).as(query).isEqualTo(field);
          assertThat(error.getString("message")).as(query).isNotBlank();
        });

    HttpResponse<String> forColleague = new Http(base).as(colleague, PASSWORD).get(summary, PDF);
    assertThat(forColleague.statusCode()).isEqualTo(404);
    assertThat(forColleague.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(asEmployer.get("api/people/nobody-" + run + "/cpd-summary", PDF).statusCode())
        .isEqualTo(404);
  }

  // ---------------------------------------------------------------- the entries page

  @Test
  void theEntriesPageDownloadsTheSummaryByKeyboardForTheWorkerAndTheirSupervisor()
      throws IOException {
    Path downloads = Files.createTempDirectory("cpd-summary-" + run + "-");
    WebDriver browser = Browser.start();
    try {
      ((ChromeDriver) browser)
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      Browser.signIn(browser, base, worker, PASSWORD);
      browser.get(base + "portfolio/entries.xhtml");
      arrive(browser, "summary-form");
      Browser.assertAccessible(browser);
      assertThat(browser.findElement(By.id("download-summary")).getAttribute("value"))
          .isEqualTo("Download CPD summary (PDF)");

      press(browser, "download-summary");
      String own = new String(downloaded(downloads, worker), StandardCharsets.ISO_8859_1);
      assertThat(own).startsWith("%PDF-");
      assertThat(text(own.getBytes(StandardCharsets.ISO_8859_1)))
          .contains("This year " + run)
          .contains("Reflections are included")
          .doesNotContain("First day " + run);

      // A period with no first day is refused next to its field, on the page as it was.
      clearDownloads(downloads);
      tabTo(browser, "summary-from");
      new Actions(browser)
          .sendKeys(Keys.BACK_SPACE, Keys.TAB, Keys.BACK_SPACE, Keys.TAB, Keys.BACK_SPACE)
          .perform();
      press(browser, "download-summary");
      arrive(browser, "summary-from-message");
      assertThat(browser.findElement(By.id("summary-from-message")).getText())
          .isEqualTo("Give the first day of the summary, such as 2026-04-01.");
      assertThat(browser.findElements(By.id("entries-table"))).hasSize(1);
      Browser.assertAccessible(browser);

      // The supervisor downloads it from the worker's entries, with the reflections.
      browser.manage().deleteAllCookies();
      Browser.signIn(browser, base, supervisor, PASSWORD);
      browser.get(base + "portfolio/entries.xhtml?username=" + worker);
      arrive(browser, "summary-form");
      WebElement from = browser.findElement(By.id("summary-from"));
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("arguments[0].value = '2025-04-01';", from);
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript(
              "arguments[0].value = '2026-03-31';", browser.findElement(By.id("summary-to")));
      press(browser, "download-summary");
      byte[] theirs = downloaded(downloads, worker);
      assertThat(text(theirs)).contains("Debt advice course " + run).contains(REFLECTION);
    } finally {
      browser.quit();
    }
  }

  private static void arrive(WebDriver browser, String id) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** Presses Tab until the element has focus, so the test fails if the keyboard cannot reach it. */
  private static WebElement tabTo(WebDriver browser, String id) {
    Predicate<WebElement> wanted = e -> id.equals(e.getAttribute("id"));
    for (int i = 0; i < 300; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      if (wanted.test(active)) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  private static void press(WebDriver browser, String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    tabTo(browser, id);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  /** The summary the browser saved, waited for until it is complete. */
  private static byte[] downloaded(Path folder, String username) throws IOException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      try (Stream<Path> files = Files.list(folder)) {
        List<Path> done =
            files
                .filter(f -> f.getFileName().toString().startsWith("cpd-summary-" + username))
                .filter(f -> f.getFileName().toString().endsWith(".pdf"))
                .toList();
        if (!done.isEmpty()) {
          return Files.readAllBytes(done.get(0));
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no summary was downloaded into " + folder);
  }

  private static void clearDownloads(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }
}
