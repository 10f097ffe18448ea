package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organisation-wide gap report in a real browser, by keyboard: an employer starts a report from
 * the navigation, watches it complete, reads readiness by stage, the common gaps and the workers,
 * downloads the CSV, starts a second one and compares the two; another organisation's employer
 * finds nothing. Every state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GapReportsPagesIT {

  private static final String PASSWORD = "gap-reports-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String employer;
  private String worker;
  private String stranger;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation = organisation(steward, "Reports " + run);
    String other = organisation(steward, "Elsewhere " + run);
    employer = "re" + run;
    worker = "rw" + run;
    stranger = "rx" + run;
    add(steward, organisation, employer, "Erin Employer", "[\"EMPLOYER\"]", "");
    add(steward, other, stranger, "Xan Employer", "[\"EMPLOYER\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Wren Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\"");
    add(
        steward,
        organisation,
        "rt" + run,
        "Tam Trainee",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"TRAINEE\"");
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
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private WebElement tabUntil(Predicate<WebElement> wanted) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      try {
        WebElement active = browser.switchTo().activeElement();
        if (wanted.test(active)) {
          return active;
        }
        if (visited.size() < 60) {
          visited.add(active.getTagName() + "#" + active.getAttribute("id"));
        }
      } catch (StaleElementReferenceException e) {
        // The progress poll redrew the part of the page that held focus; Tab goes on from there.
        visited.add("(redrawn)");
      }
    }
    Browser.screenshot(browser, "gap-reports-tab-lost");
    throw new AssertionError(
        "Tab never reached the element on " + browser.getCurrentUrl() + "; focus went " + visited);
  }

  private void press(String id) {
    tabUntil(e -> id.equals(e.getAttribute("id")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** Starts a report from the list page and waits, on its page, until it is complete. */
  private String startAndWait() {
    press("start");
    arrive("job-state");
    waiting()
        .until(
            d -> "COMPLETED".equals(d.findElement(By.id("job-state")).getAttribute("data-status")));
    arrive("people");
    String url = browser.getCurrentUrl();
    return url.substring(url.indexOf("id=") + 3);
  }

  @Test
  void anEmployerStartsAReportWatchesItCompleteAndComparesItWithAnEarlierOneByKeyboard() {
    Browser.signIn(browser, base, employer, PASSWORD);
    press("nav-gap-reports");
    arrive("jobs-none");
    Browser.assertAccessible(browser);

    String first = startAndWait();
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("2 workers");
    assertThat(browser.findElements(By.cssSelector("#stages-chart canvas"))).hasSize(1);
    assertThat(browser.findElement(By.id("stages")).getText())
        .contains("SENIOR")
        .contains("LINK_WORKER");
    assertThat(browser.findElements(By.cssSelector("#people tr[data-username]"))).hasSize(2);
    assertThat(
            browser
                .findElement(By.cssSelector("#people tr[data-username='" + worker + "']"))
                .getText())
        .contains("Wren Worker")
        .contains("0 / ");
    assertThat(browser.findElement(By.id("common-gaps")).getText()).contains("PC.1");
    Browser.assertAccessible(browser);

    // The CSV over the API, as the same employer (the API takes credentials, not the page's
    // session).
    HttpResponse<String> csv =
        new Http(base).as(employer, PASSWORD).get("api/reports/gap-reports/" + first, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains(worker + ",Wren Worker,LINK_WORKER,SENIOR,");

    // A second report, compared with the first.
    press("to-reports");
    arrive("jobs");
    assertThat(browser.findElement(By.id("jobs")).getText()).contains("Complete");
    String second = startAndWait();
    assertThat(second).isNotEqualTo(first);
    // The comparison is offered as soon as the job has ended, without reloading the page.
    try {
      arrive("compare");
    } catch (org.openqa.selenium.TimeoutException e) {
      Object area =
          ((org.openqa.selenium.JavascriptExecutor) browser)
              .executeScript(
                  "var a = document.getElementById('compare-area');"
                      + " return (a ? a.outerHTML : 'no compare-area') + ' | poll: '"
                      + " + !!document.getElementById('report-poll');");
      throw new AssertionError("No comparison offered: " + area, e);
    }
    press("compare");
    arrive("comparison");
    assertThat(
            browser
                .findElement(By.cssSelector("#comparison tr[data-username='" + worker + "']"))
                .getText())
        .contains("Wren Worker");
    Browser.assertAccessible(browser);

    // Another organisation's employer finds no such report.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, stranger, PASSWORD);
    browser.get(base + "progression/gap-reports.xhtml?id=" + first);
    assertThat(browser.getPageSource()).doesNotContain("Wren Worker");
    assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("not");
  }
}
