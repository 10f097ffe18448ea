package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The attainment profile, the CPD standing and an employer's mandatory training in a real browser,
 * by keyboard: a worker's second claim is verified by their supervisor from the queue and the
 * profile's level rises; the standing page shows each scheme's parts and puts the worker under the
 * three-year scheme; the employer defines a scheme that then appears on the worker's standing.
 * Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressionPagesIT {

  private static final String PASSWORD = "progression-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String worker;
  private String supervisor;
  private String employer;
  private Http asWorker;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Progress " + run + "\",\"kind\":\"EMPLOYER\"}");
    String organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "ps" + run;
    worker = "pw" + run;
    employer = "pe" + run;
    add(steward, organisation, supervisor, "Sol Supervisor", "[\"SUPERVISOR\"]", "");
    add(steward, organisation, employer, "Em Employer", "[\"EMPLOYER\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Wyn Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    asWorker = new Http(base).as(worker, PASSWORD);
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

  private String submittedEntry(LocalDate date, String title, int level) {
    HttpResponse<String> created =
        asWorker.postJson(
            "api/people/" + worker + "/cpd-entries",
            ("{\"date\":\"%s\",\"title\":\"%s\",\"type\":\"COURSE\",\"hours\":6,"
                    + "\"claims\":[{\"competency\":\"PC.1\",\"level\":%d}]}")
                .formatted(date, title, level));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = Http.json(created).asJsonObject().getString("id");
    assertThat(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}").statusCode())
        .isEqualTo(200);
    return id;
  }

  private String levelOf(String competency) {
    return browser
        .findElement(
            By.cssSelector("#competency-" + competency.replace('.', '-') + " .level-number"))
        .getText();
  }

  @Test
  void aVerifiedEntryRaisesTheLevelOnTheProfileAllByKeyboard() {
    LocalDate today = LocalDate.now();
    String first = submittedEntry(today.minusDays(30), "Listening skills " + run, 2);
    submittedEntry(today.minusDays(3), "Motivational interviewing " + run, 2);
    Http asSupervisor = new Http(base).as(supervisor, PASSWORD);
    assertThat(asSupervisor.postJson("api/cpd-entries/" + first + "/verify", "{}").statusCode())
        .isEqualTo(200);

    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-attainment");
    arrive("profile-section");
    assertThat(levelOf("PC.1")).isEqualTo("0");
    // One verified claim is below the threshold of two: nothing carries a level yet.
    assertThat(browser.findElement(By.id("competency-PC-1")).getText()).contains("None yet");
    assertThat(browser.findElements(By.cssSelector("#profile-chart canvas"))).hasSize(1);
    Browser.assertAccessible(browser);

    // The supervisor verifies the second claim from the queue.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, supervisor, PASSWORD);
    press("nav-queue");
    arrive("queue");
    tabUntil(
        e -> ("Verify: Motivational interviewing " + run).equals(e.getAttribute("aria-label")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    arrive("queue-done");

    // The worker's profile shows the level reached, carried by both entries.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-attainment");
    arrive("profile-section");
    assertThat(levelOf("PC.1")).isEqualTo("2");
    assertThat(browser.findElement(By.id("competency-PC-1")).getText())
        .contains("Motivational interviewing " + run)
        .contains("Listening skills " + run)
        .contains(today.minusDays(30).plusYears(3).toString());

    // History: the day before the second verification, the level was not yet held.
    browser.get(base + "progression/attainment.xhtml?on=" + today.minusDays(1));
    arrive("profile-section");
    assertThat(browser.findElement(By.id("attainment-summary")).getText())
        .contains(today.minusDays(1).toString());
    assertThat(levelOf("PC.1")).isEqualTo("0");
    Browser.assertAccessible(browser);
  }

  @Test
  void theStandingPageShowsEachSchemeAndTakesTheThreeYearSchemeByKeyboard() {
    submittedEntry(LocalDate.now(), "Conference day " + run, 1);
    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-compliance");
    arrive("scheme-ASSOCIATION");
    assertThat(browser.findElement(By.id("scheme-ASSOCIATION")).getText())
        .contains("CPD points (one per hour)")
        .contains("14"); // 20 required, 6 achieved: 14 missing
    assertThat(browser.findElements(By.id("scheme-THREE_YEAR"))).isEmpty();
    Browser.assertAccessible(browser);

    tabUntil(
        e -> e.getAttribute("value") != null && e.getAttribute("value").startsWith("Put under"));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    arrive("compliance-done");
    arrive("scheme-THREE_YEAR");
    assertThat(browser.findElement(By.id("scheme-THREE_YEAR")).getText())
        .contains("Participatory hours");
    Browser.assertAccessible(browser);
  }

  @Test
  void anEmployerDefinesMandatoryTrainingThatTheWorkerThenSees() {
    Browser.signIn(browser, base, employer, PASSWORD);
    press("nav-schemes");
    arrive("no-schemes");
    Browser.assertAccessible(browser);
    tabTo("scheme-code").sendKeys("SAFE_" + run.toUpperCase().replaceAll("[^A-Z0-9]", "X"));
    tabTo("scheme-title").sendKeys("Safeguarding refreshers");
    tabTo("scheme-items").sendKeys("PC.1 twelve");
    press("define-scheme");
    waiting().until(d -> d.findElement(By.tagName("main")).getText().contains("Line 1"));
    WebElement items = tabTo("scheme-items");
    items.clear();
    items.sendKeys("PC.1 12", Keys.ENTER, "CC.2 24");
    press("define-scheme");
    arrive("schemes-done");
    assertThat(browser.findElement(By.id("schemes-section")).getText())
        .contains("Safeguarding refreshers")
        .contains("PC.1, refreshed every 12 months");
    Browser.assertAccessible(browser);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-compliance");
    arrive("scheme-ASSOCIATION");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Safeguarding refreshers");
  }
}
