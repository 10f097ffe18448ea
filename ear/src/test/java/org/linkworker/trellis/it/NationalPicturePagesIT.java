package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steward's national picture in a real browser, by keyboard: from the home page to the national
 * picture in one step, a new report of every organisation started there and followed to completion,
 * then the picture of it: its figures, readiness by stage and the most common gaps each as a chart
 * and a table, readiness by organisation, the whole report and its CSV. An employer has no link to
 * it and is refused the page. Every state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NationalPicturePagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.quit();
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180));
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

  private void press(String id) {
    tabUntil(e -> id.equals(e.getAttribute("id")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  void theStewardGoesFromTheHomePageToTheNationalPictureAndReadsItByKeyboard() {
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    press("index-national");
    arrive("start");
    assertThat(browser.getCurrentUrl()).contains("/progression/national.xhtml");
    assertThat(browser.findElement(By.id("nav-national")).getAttribute("aria-current"))
        .isEqualTo("page");
    if (!browser.findElements(By.id("national-none")).isEmpty()) {
      // No report of every organisation has completed on this server yet: the empty state.
      assertThat(browser.findElements(By.id("stages"))).isEmpty();
      assertThat(text("national-none")).contains("No report of every organisation");
      assertThat(new Http(base).as("steward").getJson("api/reports/national").statusCode())
          .isEqualTo(404);
      Browser.screenshot(browser, "national-picture-empty");
    }
    Browser.assertAccessible(browser);

    // A new report of every organisation, followed on the gap reports page until complete.
    press("start");
    arrive("job-state");
    waiting()
        .until(
            d -> "COMPLETED".equals(d.findElement(By.id("job-state")).getAttribute("data-status")));
    String url = browser.getCurrentUrl();
    String id = url.substring(url.indexOf("id=") + 3);

    press("nav-national");
    arrive("stages");
    Http steward = new Http(base).as("steward");
    JsonObject report = Http.json(steward.getJson("api/reports/gap-reports/" + id)).asJsonObject();
    assertThat(browser.findElement(By.id("open-report")).getAttribute("href")).endsWith("id=" + id);
    assertThat(text("figure-workers")).isEqualTo(String.valueOf(report.getInt("workers")));
    assertThat(text("figure-ready")).isEqualTo(String.valueOf(report.getInt("ready")));
    assertThat(text("taken")).contains(report.getString("on"));
    assertThat(browser.findElements(By.cssSelector("#stages-chart canvas"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#gaps-chart canvas"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#stages tbody tr")))
        .hasSize(report.getJsonArray("byStage").size());
    String firstGap = report.getJsonArray("commonGaps").getJsonObject(0).getString("competency");
    WebElement gapRow = browser.findElement(By.cssSelector("#common-gaps tbody tr:first-child"));
    assertThat(gapRow.getAttribute("data-competency")).isEqualTo(firstGap);
    assertThat(browser.findElements(By.cssSelector("#common-gaps tbody tr")))
        .hasSize(Math.min(10, report.getJsonArray("commonGaps").size()));
    assertThat(text("organisations")).contains("Riverside");
    // Titles and statements, not only codes.
    JsonObject national = Http.json(steward.getJson("api/reports/national")).asJsonObject();
    assertThat(text("stages"))
        .contains(national.getJsonArray("byStage").getJsonObject(0).getString("title"));
    assertThat(gapRow.getText())
        .contains(national.getJsonArray("commonGaps").getJsonObject(0).getString("statement"));
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "national-picture");

    // Every link, button and scrolling table is reached by Tab.
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    List<String> ids =
        reached.stream().map(e -> e.getAttribute("id")).filter(i -> i != null).toList();
    assertThat(ids).contains("open-report", "download-csv", "start", "to-reports");
    assertThat(reached).containsAll(Keyboard.focusableControls(browser));

    // The CSV link answers the whole report, to the steward's page session.
    WebSession pages = WebSession.signedIn(base, "steward", Http.DEMO_PASSWORD);
    HttpResponse<String> csv = pages.get("progression/national.xhtml?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("national-gap-report-" + report.getString("on") + ".csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo("username,display name,current stage,stage,competency,required,attained,gap");

    press("open-report");
    arrive("people");
    assertThat(browser.getCurrentUrl()).endsWith("id=" + id);
  }

  @Test
  void anEmployerHasNoLinkToTheNationalPictureAndIsRefusedIt() {
    Browser.signIn(browser, base, "emma.employer", Http.DEMO_PASSWORD);
    assertThat(browser.findElements(By.id("nav-national"))).isEmpty();
    assertThat(browser.findElements(By.id("index-national"))).isEmpty();

    browser.get(base + "progression/national.xhtml");

    assertThat(browser.findElements(By.id("figures"))).isEmpty();
    assertThat(browser.findElements(By.id("start"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("You cannot see this page");
    Browser.assertAccessible(browser);
  }
}
