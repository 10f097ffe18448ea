package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gap report page in a real browser, by keyboard: a link worker reaches their report from the
 * home page in one step, chooses another stage, and downloads the PDF with the browser's session;
 * their supervisor opens it from the worker's supervision page; an employer of another organisation
 * finds no such page. Every state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapReportPagesIT {

  private static final String PASSWORD = "gap-report-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String worker;
  private String supervisor;
  private String outsider;

  /**
   * One published course for the class, the only one in the catalogue mapped to {@value
   * #COMPETENCY} (no demo course and no other test's course is), so every report of this class
   * recommends it.
   */
  private static String courseTitle;

  private static final String COMPETENCY = "CR.5";

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation = organisation(steward, "Gap pages " + run, "EMPLOYER");
    String other = organisation(steward, "Gap pages other " + run, "EMPLOYER");
    supervisor = "gs" + run;
    worker = "gw" + run;
    outsider = "ge" + run;
    add(steward, organisation, supervisor, "Sol Supervisor", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Gwen Gapworker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(steward, other, outsider, "Olu Outsider", "[\"EMPLOYER\"]", "");
    if (courseTitle != null) {
      return;
    }
    String provider = organisation(steward, "Gap pages provider " + run, "PROVIDER");
    String teacher = "gp" + run;
    add(steward, provider, teacher, "Pia Provider", "[\"PROVIDER\"]", "");
    courseTitle = "Gap pages course " + run;
    HttpResponse<String> course =
        new Http(base)
            .as(teacher, PASSWORD)
            .postJson(
                "api/courses",
                ("{\"title\":\"%s\",\"deliveryMode\":\"ONLINE\",\"hours\":3,\"status\":\"PUBLISHED\","
                        + "\"mappings\":[{\"competency\":\""
                        + COMPETENCY
                        + "\",\"level\":4,\"strength\":\"DEVELOPS\"}]}")
                    .formatted(courseTitle));
    assertThat(course.statusCode()).as(course.body()).isEqualTo(201);
  }

  private static String organisation(Http steward, String name, String kind) {
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    return Http.json(org).asJsonObject().getString("id");
  }

  private static void add(
      Http steward, String organisation, String username, String name, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, name, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    browser.quit();
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private WebElement tabUntil(Predicate<WebElement> wanted) {
    for (int i = 0; i < 400; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      if (wanted.test(active)) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached the element");
  }

  private WebElement tabTo(String id) {
    return tabUntil(e -> id.equals(e.getAttribute("id")));
  }

  private void press(String id) {
    tabTo(id);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** The stages of the current framework, code to title, in their order. */
  private Map<String, String> stages() {
    Map<String, String> stages = new LinkedHashMap<>();
    JsonObject framework =
        Http.json(new Http(base).as(worker, PASSWORD).getJson("api/frameworks/current"))
            .asJsonObject();
    for (JsonValue stage : framework.getJsonArray("stages")) {
      stages.put(stage.asJsonObject().getString("code"), stage.asJsonObject().getString("title"));
    }
    return stages;
  }

  @Test
  void aWorkerReachesTheirReportInOneStepChoosesAStageAndDownloadsThePdf() throws Exception {
    Map<String, String> stages = stages();
    List<String> codes = List.copyOf(stages.keySet());
    String next = codes.get(codes.indexOf("LINK_WORKER") + 1);
    String first = codes.get(0);

    Browser.signIn(browser, base, worker, PASSWORD);
    press("index-gap-report");
    arrive("readiness-section");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Gwen Gapworker");
    assertThat(browser.findElement(By.id("gap-report-summary")).getText())
        .contains("Reported against: " + stages.get(next));
    assertThat(browser.findElement(By.id("readiness-figure")).getText()).startsWith("0 of ");
    assertThat(browser.findElements(By.cssSelector("#gap-chart canvas"))).hasSize(1);
    assertThat(browser.findElement(By.id("gap-PC-1")).getText()).contains("Gap of");
    assertThat(browser.findElement(By.id("courses-table")).getText()).contains(courseTitle);
    assertThat(browser.findElement(By.linkText(courseTitle)).getAttribute("href"))
        .contains("catalogue/course.xhtml?id=");
    Browser.assertAccessible(browser);

    // Another stage, chosen by keyboard: the select finds the stage by the first word typed.
    tabTo("stage").sendKeys(stages.get(first).split(" ")[0]);
    press("gap-report-show");
    waiting().until(d -> d.getCurrentUrl().contains("stage=" + first));
    arrive("readiness-section");
    assertThat(browser.findElement(By.id("gap-report-summary")).getText())
        .contains("Reported against: " + stages.get(first));
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("stage")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo(stages.get(first));
    Browser.assertAccessible(browser);

    // The PDF, as the download link gives it to the browser's session.
    WebElement pdfLink = tabTo("download-pdf");
    HttpResponse<byte[]> pdf = fetchWithTheBrowsersSession(pdfLink.getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("gap-report-" + worker + "-" + first.toLowerCase() + ".pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Gwen Gapworker (" + worker + ")")
          .contains("Reported against: " + stages.get(first));
    }

    HttpResponse<byte[]> csv =
        fetchWithTheBrowsersSession(
            browser.findElement(By.id("download-csv")).getAttribute("href"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("username,stage,domain,competency,required,attained,gap,recommended courses")
        .contains("," + first + ",");
  }

  @Test
  void theSupervisorOpensTheirWorkersReportFromTheSupervisionPage() {
    Browser.signIn(browser, base, supervisor, PASSWORD);
    browser.get(base + "portfolio/supervision.xhtml?username=" + worker);
    arrive("to-gap-report");
    press("to-gap-report");
    arrive("readiness-section");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Gwen Gapworker");
    assertThat(browser.getCurrentUrl()).contains("username=" + worker);
    Browser.assertAccessible(browser);
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNoReport() {
    Browser.signIn(browser, base, outsider, PASSWORD);
    browser.get(base + "progression/gap-report.xhtml?username=" + worker);
    arrive("go-home");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.findElements(By.id("readiness-section"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Gwen");
    Browser.assertAccessible(browser);
  }

  /** Follows a download link as the browser would, in its own session (its cookie). */
  private HttpResponse<byte[]> fetchWithTheBrowsersSession(String href)
      throws IOException, InterruptedException {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
