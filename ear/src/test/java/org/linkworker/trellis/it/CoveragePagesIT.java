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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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
 * The team coverage page in a real browser, by keyboard: an employer goes from their home page to
 * the heatmap, reads the figures and the cells (a level and a mark, and words for a screen reader),
 * narrows it to one supervisor's workers, drills into a person, and downloads the PDF; an employer
 * of an organisation without link workers sees the empty states; another organisation's employer
 * finds nothing. Every state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoveragePagesIT {

  private static final String PASSWORD = "coverage-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String organisation;
  private String organisationName;
  private String employer;
  private String emptyEmployer;
  private String outsider;
  private String ana;
  private String bo;
  private int required;

  @BeforeEach
  void start() {
    browser = Browser.start();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    organisationName = "Coverage pages " + run;
    organisation = organisation(steward, organisationName);
    String empty = organisation(steward, "Coverage pages empty " + run);
    String other = organisation(steward, "Coverage pages other " + run);
    employer = "ve" + run;
    emptyEmployer = "vm" + run;
    outsider = "vo" + run;
    String supervisor = "vs" + run;
    ana = "va" + run;
    bo = "vb" + run;
    add(steward, organisation, employer, "Cora Coverage", "[\"EMPLOYER\"]", "");
    add(steward, empty, emptyEmployer, "Em Empty", "[\"EMPLOYER\"]", "");
    add(steward, other, outsider, "Oz Outsider", "[\"EMPLOYER\"]", "");
    add(steward, organisation, supervisor, "Sid Super", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        ana,
        "Ana Able",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(steward, organisation, bo, "Bo Brook", "[\"LINK_WORKER\"]", ",\"stage\":\"LINK_WORKER\"");
    JsonObject framework = Http.json(steward.getJson("api/frameworks/current")).asJsonObject();
    required =
        framework.getJsonArray("stages").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("code").equals("LINK_WORKER"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("requirements")
            .getInt("PC.1");
    HttpResponse<String> assessed =
        new Http(base)
            .as(supervisor, PASSWORD)
            .postJson(
                "api/people/" + ana + "/assessments",
                "{\"competency\":\"PC.1\",\"level\":%d,\"date\":\"%s\"}"
                    .formatted(required, LocalDate.now().minusDays(3)));
    assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
  }

  private static String organisation(Http steward, String name) {
    HttpResponse<String> org =
        steward.postJson("api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"EMPLOYER\"}");
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
    for (int i = 0; i < 600; i++) {
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

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private List<String> rows() {
    return browser.findElements(By.cssSelector("#heatmap tbody tr")).stream()
        .map(r -> r.getAttribute("data-username"))
        .toList();
  }

  @Test
  void anEmployerReadsTheHeatmapFiltersItDrillsIntoAPersonAndDownloadsThePdf() throws Exception {
    Browser.signIn(browser, base, employer, PASSWORD);
    press("index-coverage");
    arrive("summary");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(organisationName);
    assertThat(text("summary-people")).isEqualTo("2");
    // PC.1 hangs on Ana: the one person whose level reaches what LINK_WORKER requires.
    assertThat(
            browser
                .findElement(By.cssSelector("#single-points li[data-competency='PC.1']"))
                .getText())
        .contains("PC.1", "only Ana Able");
    assertThat(rows()).containsExactly(ana, bo);

    // A real table: a header per competency and per person; each cell says it without colour.
    assertThat(browser.findElements(By.cssSelector("#heatmap thead th[scope='col']")).size())
        .isGreaterThan(10);
    assertThat(browser.findElements(By.cssSelector("#heatmap tbody th[scope='row']"))).hasSize(2);
    WebElement met =
        browser.findElement(
            By.cssSelector("#heatmap tr[data-username='" + ana + "'] td[data-competency='PC.1']"));
    assertThat(met.getAttribute("class")).isEqualTo("cell-met");
    assertThat(met.getText()).contains(required + "/" + required, "✓");
    assertThat(met.findElement(By.className("visually-hidden")).getAttribute("textContent"))
        .isEqualTo("Level " + required + ", " + required + " required: reached");
    WebElement short_ =
        browser.findElement(
            By.cssSelector("#heatmap tr[data-username='" + bo + "'] td[data-competency='PC.1']"));
    assertThat(short_.getAttribute("class")).isEqualTo("cell-short");
    assertThat(short_.getText()).contains("0/" + required, "✗");
    assertThat(
            browser
                .findElement(By.cssSelector("#competencies-table tr[data-competency='PC.1']"))
                .getText())
        .contains("50%", "only Ana Able");
    Browser.assertAccessible(browser);

    // Every control is reached by Tab, the scrolling heatmap too.
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached)
        .extracting(e -> e.getAttribute("id"))
        .contains("coverage-show", "download-pdf", "download-staff", "stage", "supervisor", "on");

    // Narrowed to Sid's workers: Ana alone.
    tabTo("supervisor").sendKeys("Sid Super");
    press("coverage-show");
    waiting().until(d -> d.getCurrentUrl().contains("supervisor="));
    arrive("summary");
    assertThat(text("summary-people")).isEqualTo("1");
    assertThat(rows()).containsExactly(ana);
    Browser.assertAccessible(browser);

    // The PDF of what is shown, as the link gives it to the browser's session.
    HttpResponse<byte[]> pdf =
        fetchWithTheBrowsersSession(tabTo("download-pdf").getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");

    // Drill into Ana.
    tabUntil(e -> "Ana Able".equals(e.getText()));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().contains("username=" + ana));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Ana Able");
    Browser.assertAccessible(browser);
  }

  @Test
  void anOrganisationWithoutLinkWorkersShowsItsEmptyStates() {
    Browser.signIn(browser, base, emptyEmployer, PASSWORD);
    press("nav-coverage");
    arrive("summary");
    assertThat(text("summary-people")).isEqualTo("0");
    assertThat(browser.findElements(By.id("no-workers"))).hasSize(1);
    assertThat(browser.findElements(By.id("no-single-points"))).hasSize(1);
    assertThat(browser.findElements(By.id("heatmap"))).isEmpty();
    Browser.assertAccessible(browser);
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNothing() {
    Browser.signIn(browser, base, outsider, PASSWORD);
    browser.get(base + "workforce/coverage.xhtml?id=" + organisation);
    arrive("go-home");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(organisationName);
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
