package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The training needs page in a real browser, by keyboard: an employer goes from their home page to
 * their team's analysis, reads the figures, the gaps and the course set, sorts the gaps by points,
 * and downloads both CSVs; an employer of an organisation without link workers sees the empty
 * states; the steward chooses an organisation; another organisation's employer finds nothing. Every
 * state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingNeedsPagesIT {

  private static final String PASSWORD = "training-needs-pages-2026";

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

  @BeforeEach
  void start() {
    browser = Browser.start();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    organisationName = "Needs pages " + run;
    organisation = organisation(steward, organisationName);
    String empty = organisation(steward, "Needs pages empty " + run);
    String other = organisation(steward, "Needs pages other " + run);
    employer = "pe" + run;
    emptyEmployer = "pm" + run;
    outsider = "po" + run;
    add(steward, organisation, employer, "Nell Needs", "[\"EMPLOYER\"]", "");
    add(steward, empty, emptyEmployer, "Em Empty", "[\"EMPLOYER\"]", "");
    add(steward, other, outsider, "Oz Outsider", "[\"EMPLOYER\"]", "");
    add(
        steward,
        organisation,
        "pt" + run,
        "Tia Trainee",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"TRAINEE\"");
    add(
        steward,
        organisation,
        "pl" + run,
        "Lou Linkworker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\"");
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

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The gap points column of the gaps table, top to bottom. */
  private List<Integer> pointsColumn() {
    return browser.findElements(By.cssSelector("#gaps-table tbody tr td:nth-of-type(3)")).stream()
        .map(cell -> Integer.valueOf(cell.getText().strip()))
        .toList();
  }

  @Test
  void anEmployerGoesFromTheirHomePageToTheirTeamsNeedsSortsThemAndDownloadsBothCsvs()
      throws Exception {
    Browser.signIn(browser, base, employer, PASSWORD);
    press("index-training-needs");
    arrive("summary");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(organisationName);
    assertThat(text("summary-people")).isEqualTo("2");
    assertThat(text("summary-with-gaps")).isEqualTo("2");
    assertThat(Integer.parseInt(text("summary-gap-points"))).isPositive();
    assertThat(browser.findElements(By.cssSelector("#gaps-chart canvas"))).hasSize(1);
    // Both workers lack PC.1: a trainee against LINK_WORKER, a link worker against SENIOR.
    assertThat(
            browser.findElement(By.cssSelector("#gaps-table tr[data-competency='PC.1']")).getText())
        .contains("PC.1")
        .contains("2–3");
    // The demo catalogue closes some of the gaps.
    assertThat(browser.findElements(By.cssSelector("#courses-table tbody tr"))).isNotEmpty();
    assertThat(
            browser.findElement(By.cssSelector("th[aria-sort='descending'] a")).getAttribute("id"))
        .isEqualTo("sort-workers");
    Browser.assertAccessible(browser);

    // Every control is reached by Tab.
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached)
        .extracting(e -> e.getAttribute("id"))
        .contains("training-needs-show", "download-gaps", "download-courses", "sort-points", "on");

    // Sorted by gap points, most first.
    press("sort-points");
    waiting().until(d -> d.getCurrentUrl().contains("sort=points"));
    arrive("gaps-table");
    assertThat(browser.findElement(By.id("gaps-table")).getAttribute("data-sort"))
        .isEqualTo("points");
    List<Integer> points = pointsColumn();
    assertThat(points).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(
            browser.findElement(By.cssSelector("th[aria-sort='descending'] a")).getAttribute("id"))
        .isEqualTo("sort-points");
    Browser.assertAccessible(browser);

    // The CSVs, as the links give them to the browser's session.
    HttpResponse<String> gaps =
        fetchWithTheBrowsersSession(tabTo("download-gaps").getAttribute("href"));
    assertThat(gaps.statusCode()).isEqualTo(200);
    assertThat(gaps.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(gaps.body())
        .startsWith("domain,competency,statement,workers with a gap,gap points,")
        .contains(",PC.1,");
    HttpResponse<String> courses =
        fetchWithTheBrowsersSession(
            browser.findElement(By.id("download-courses")).getAttribute("href"));
    assertThat(courses.statusCode()).isEqualTo(200);
    assertThat(courses.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("training-needs-courses-");
    assertThat(courses.body().lines().toList())
        .hasSize(1 + browser.findElements(By.cssSelector("#courses-table tbody tr")).size());
  }

  @Test
  void anOrganisationWithoutLinkWorkersShowsItsEmptyStates() {
    Browser.signIn(browser, base, emptyEmployer, PASSWORD);
    press("nav-training-needs");
    arrive("summary");
    assertThat(text("summary-people")).isEqualTo("0");
    assertThat(text("summary-hours-per-point")).contains("None");
    assertThat(browser.findElements(By.id("no-workers"))).hasSize(1);
    assertThat(browser.findElements(By.id("no-courses-needed"))).hasSize(1);
    assertThat(browser.findElements(By.id("gaps-table"))).isEmpty();
    Browser.assertAccessible(browser);
  }

  @Test
  void theStewardChoosesAnOrganisationByKeyboard() {
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    press("nav-training-needs");
    arrive("choose-organisation");
    Browser.assertAccessible(browser);

    // The select finds the organisation by its name typed.
    tabTo("id").sendKeys(organisationName);
    press("training-needs-show");
    waiting().until(d -> d.getCurrentUrl().contains("id=" + organisation));
    arrive("summary");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(organisationName);
    assertThat(text("summary-people")).isEqualTo("2");
    Browser.assertAccessible(browser);
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNothing() {
    Browser.signIn(browser, base, outsider, PASSWORD);
    browser.get(base + "progression/training-needs.xhtml?id=" + organisation);
    arrive("go-home");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(organisationName);
    Browser.assertAccessible(browser);
  }

  /** Follows a download link as the browser would, in its own session (its cookie). */
  private HttpResponse<String> fetchWithTheBrowsersSession(String href)
      throws IOException, InterruptedException {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
