package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A worker of the second profession through the whole journey in a real browser, by keyboard: a
 * health and wellbeing coach of the demo organisation Northgate (added for the class by its
 * employer, supervised by Owen) opens the framework pages and finds their own framework (HWBC, the
 * coaches' stages and code of practice) without naming it; quick-adds an entry and claims an HWBC
 * competency at an HWBC level, which are the only choices offered; submits it; Owen verifies it
 * from his queue; the coach's attainment, gap report, compliance and declaration are in HWBC; and
 * Northgate's employer finds the coach under the coaches' stage on the team and coverage pages.
 * Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondProfessionJourneyIT {

  private static final String PASSWORD = "coach-journey-2026";
  private static final String SUPERVISOR = "owen.supervisor";
  private static final String EMPLOYER = "grace.employer";

  /** The coach starts as a trainee; a Skilled CO.4 is what the next stage, COACH, asks of it. */
  private static final String STAGE = "TRAINEE_COACH";

  private static final String STAGE_TITLE = "Trainee health and wellbeing coach";
  private static final String NEXT_STAGE_TITLE = "Health and wellbeing coach";
  private static final String COMPETENCY = "CO.4";
  private static final String LEVEL = "2";
  private static final String LEVEL_NAME = "Skilled";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String coach;
  private String coachName;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http employer = new Http(base).as(EMPLOYER);
    String northgate =
        Http.json(employer.getJson("api/me")).asJsonObject().getString("organisation");
    coach = "cj" + run;
    coachName = "Cora Coach " + run;
    HttpResponse<String> added =
        employer.postJson(
            "api/organisations/" + northgate + "/people",
            ("{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\","
                    + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"%s\",\"supervisor\":\"%s\"}")
                .formatted(coach, coachName, PASSWORD, STAGE, SUPERVISOR));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

    // An earlier verified claim of the same competency and level, so that the one made in the
    // browser is the second piece of evidence HWBC asks for (its threshold is two claims).
    Http self = new Http(base).as(coach, PASSWORD);
    HttpResponse<String> earlier =
        self.postJson(
            "api/people/" + coach + "/cpd-entries",
            ("{\"date\":\"%s\",\"title\":\"Coaching skills day %s\",\"type\":\"COURSE\","
                    + "\"hours\":6,\"claims\":[{\"competency\":\"%s\",\"level\":%s}]}")
                .formatted(LocalDate.now().minusMonths(2), run, COMPETENCY, LEVEL));
    assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);
    String earlierId = Http.json(earlier).asJsonObject().getString("id");
    HttpResponse<String> submitted = self.postJson("api/cpd-entries/" + earlierId + "/submit", "");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> verified =
        new Http(base)
            .as(SUPERVISOR)
            .postJson("api/cpd-entries/" + earlierId + "/verify", "{\"note\":\"Attended.\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    browser.quit();
  }

  @Test
  void aCoachWorksInTheirOwnFrameworkFromTheFrameworkPagesToTheirEmployersTeam() {
    Browser.signIn(browser, base, coach, PASSWORD);
    arrive("quick-add-form");
    Browser.assertAccessible(browser);

    // 1. The framework pages open the coaches' framework, without naming it.
    press("nav-framework");
    arrive("competency-summary");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Health and Wellbeing Coach Competency Framework");
    String browse = browser.findElement(By.tagName("main")).getText();
    assertThat(browse).contains("CO.1").contains(COMPETENCY).contains(LEVEL_NAME);
    assertThat(browser.findElements(By.id("competency-PC-1"))).isEmpty();
    assertThat(browser.findElement(By.id("current-framework")).getText()).contains("Coach");
    Browser.assertAccessible(browser);

    press("nav-stages");
    arrive("stage-matrix");
    assertThat(browser.findElement(By.id("stage-matrix")).getText())
        .contains(STAGE_TITLE)
        .contains("Lead health and wellbeing coach")
        .doesNotContain("Trainee link worker");
    Browser.assertAccessible(browser);

    press("nav-code-of-practice");
    arrive("code-of-practice-version");
    assertThat(browser.findElements(By.id("standard-HC-1"))).hasSize(1);
    assertThat(browser.findElements(By.id("standard-SP-1"))).isEmpty();
    Browser.assertAccessible(browser);

    // Naming a version still opens that one: the link worker framework.
    browser.get(base + "framework/browse.xhtml?code=LWCF&version=1");
    arrive("competency-summary");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Link Worker");

    // 2. Quick add, then claim an HWBC competency at an HWBC level, and submit.
    browser.get(base.toString());
    arrive("quick-add-form");
    typeInto("quick-title", "Motivational interviewing refresher " + run);
    choose(tabTo("quick-type"), "PEER_LEARNING");
    press("quick-add-save");
    arrive("entry-done");
    String entryId = queryParameter(browser.getCurrentUrl(), "id");
    Browser.assertAccessible(browser);

    press("edit-entry");
    arrive("entry-form");
    Browser.assertAccessible(browser);
    typeInto("reflection-what", "Practised reflective listening with a peer.");
    typeInto("reflection-learned", "How to roll with resistance rather than argue.");
    typeInto("reflection-change", "I summarise before I suggest.");
    WebElement competency = tabUntil(idEndingWith("claim-competency"));
    List<String> competencies = values(competency);
    assertThat(competencies).contains(COMPETENCY, "CO.1", "SP.5").doesNotContain("PC.1", "CC.6");
    choose(competency, COMPETENCY);
    WebElement level = tabUntil(idEndingWith("claim-level"));
    assertThat(labels(level)).contains("1 Developing", "2 Skilled", "3 Advanced", "4 Leading");
    choose(level, LEVEL);
    press("save-entry");
    arrive("entry-done");
    assertThat(browser.findElement(By.id("entry-claims")).getText()).contains(COMPETENCY);
    press("submit-entry");
    arrive("entry-done");
    assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("Submitted");
    Browser.assertAccessible(browser);

    // 3. Owen verifies it from his queue.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, SUPERVISOR, Http.DEMO_PASSWORD);
    arrive("nav-queue");
    press("nav-queue");
    arrive("queue-item-" + entryId);
    Browser.assertAccessible(browser);
    String noteId =
        browser
            .findElement(By.cssSelector("#queue-item-" + entryId + " textarea"))
            .getAttribute("id");
    typeInto(noteId, "A good refresher.");
    tabUntil(
        e ->
            ("Verify: Motivational interviewing refresher " + run)
                .equals(e.getAttribute("aria-label")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    arrive("queue-done");
    assertThat(browser.findElements(By.id("queue-item-" + entryId))).isEmpty();
    Browser.assertAccessible(browser);

    // 4. The coach's attainment, gap report, compliance and declaration are in HWBC (what each
    // page shows is checked softly, so that one run reports every page that is wrong).
    SoftAssertions soft = new SoftAssertions();
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, coach, PASSWORD);
    arrive("nav-attainment");
    press("nav-attainment");
    arrive("profile-section");
    soft.assertThat(browser.findElement(By.id("competency-CO-4")).getText())
        .contains(LEVEL_NAME)
        .contains("Motivational interviewing refresher " + run)
        .contains("Coaching skills day " + run);
    soft.assertThat(browser.findElements(By.id("competency-PC-1"))).isEmpty();
    soft.check(() -> Browser.assertAccessible(browser));

    press("nav-gap-report");
    arrive("gap-report-summary");
    soft.assertThat(browser.findElement(By.id("gap-report-summary")).getText())
        .contains(STAGE_TITLE)
        .contains(NEXT_STAGE_TITLE);
    soft.assertThat(labels(browser.findElement(By.id("stage"))))
        .contains(NEXT_STAGE_TITLE, "Senior health and wellbeing coach")
        .doesNotContain("Link worker", "Trainee link worker");
    soft.assertThat(browser.findElement(By.id("readiness-figure")).getText()).startsWith("1 of 22");
    soft.assertThat(browser.findElement(By.id("gap-CO-4")).getText()).contains(COMPETENCY);
    soft.check(() -> Browser.assertAccessible(browser));

    // Northgate's mandatory training asks for the coaches' competencies only.
    press("nav-compliance");
    arrive("compliance-on-form");
    soft.assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Northgate mandatory training")
        .contains("SP.2")
        .contains("SP.3")
        .doesNotContain("Riverside");
    soft.check(() -> Browser.assertAccessible(browser));

    // The declaration is against the coaches' code of practice, and is made by keyboard.
    browser.get(base + "portfolio/declaration.xhtml");
    arrive("code");
    soft.assertThat(browser.findElements(By.id("standard-HC.1"))).hasSize(1);
    soft.assertThat(browser.findElements(By.id("standard-HC.6"))).hasSize(1);
    soft.assertThat(browser.findElements(By.id("standard-SP.1"))).isEmpty();
    soft.check(() -> Browser.assertAccessible(browser));
    tabTo("declaration-confirm");
    new Actions(browser).sendKeys(Keys.SPACE).perform();
    typeInto("declaration-statement", "I practise by the code for health and wellbeing coaches.");
    press("declare");
    arrive("declaration-done");
    soft.assertThat(browser.findElement(By.id("declarations-table")).getText())
        .contains("HWBC 1")
        .contains("I practise by the code for health and wellbeing coaches.");
    soft.assertThat(browser.findElements(By.id("declare"))).isEmpty();
    soft.check(() -> Browser.assertAccessible(browser));

    // 5. Northgate's employer finds the coach under the coaches' stage.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, EMPLOYER, Http.DEMO_PASSWORD);
    arrive("nav-team");
    press("nav-team");
    arrive("team-table");
    WebElement row =
        browser.findElement(
            By.xpath("//table[@id='team-table']//tr[contains(., '" + coachName + "')]"));
    soft.assertThat(row.getText()).contains(STAGE_TITLE);
    soft.assertThat(labels(browser.findElement(By.id("stage")))).contains(STAGE_TITLE);
    soft.check(() -> Browser.assertAccessible(browser));

    press("nav-coverage");
    arrive("competencies-table");
    soft.assertThat(browser.findElement(By.id("competencies-table")).getText())
        .contains(COMPETENCY);
    soft.assertThat(labels(browser.findElement(By.id("stage")))).contains(STAGE_TITLE);
    soft.check(() -> Browser.assertAccessible(browser));
    soft.assertAll();
  }

  // ---- keyboard helpers, as in PortfolioPagesIT ----

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private static Predicate<WebElement> idEndingWith(String suffix) {
    return e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith(suffix);
  }

  /** Presses Tab until the focused element is the one wanted. */
  private WebElement tabUntil(Predicate<WebElement> wanted) {
    for (int i = 0; i < 300; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      if (wanted.test(active)) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached the element on " + browser.getCurrentUrl());
  }

  private WebElement tabTo(String id) {
    return tabUntil(e -> id.equals(e.getAttribute("id")));
  }

  private void typeInto(String id, CharSequence... keys) {
    tabTo(id);
    new Actions(browser).sendKeys(keys).perform();
  }

  private void press(String id) {
    tabTo(id);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private static List<String> values(WebElement select) {
    return new Select(select).getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  private static List<String> labels(WebElement select) {
    return new Select(select).getOptions().stream().map(WebElement::getText).toList();
  }

  /** Chooses an option of the focused select with the arrow keys, as a keyboard user would. */
  private static void choose(WebElement select, String value) {
    Select options = new Select(select);
    List<WebElement> all = options.getOptions();
    int wanted = -1;
    int current = 0;
    for (int i = 0; i < all.size(); i++) {
      if (value.equals(all.get(i).getAttribute("value"))) {
        wanted = i;
      }
      if (all.get(i).isSelected()) {
        current = i;
      }
    }
    assertThat(wanted).as("option " + value).isNotNegative();
    Keys key = wanted > current ? Keys.ARROW_DOWN : Keys.ARROW_UP;
    for (int i = 0; i < Math.abs(wanted - current); i++) {
      select.sendKeys(key);
    }
    assertThat(options.getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
  }

  private static String queryParameter(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }
}
