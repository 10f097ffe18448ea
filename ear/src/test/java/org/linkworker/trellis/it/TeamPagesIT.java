package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team page and the person drill-down in a real browser, by keyboard (issue 11): an employer
 * opens their team from the navigation, reads each worker's CPD standing and supervision, filters
 * by stage, drills into a person (figures and entries, no reflection, no private note), and sets
 * the supervision target; another organisation's employer finds no such person. Every state is
 * checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamPagesIT {

  private static final String PASSWORD = "team-pages-2026-pass";
  private static final String REFLECTION = "I learned to slow down the first conversation";
  private static final String NOTE = "Private note: struggling with caseload";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String organisation;
  private String organisationName;
  private String employer;
  private String supervisor;
  private String worker;
  private String trainee;
  private String outsider;

  @BeforeEach
  void start() {
    browser = Browser.start();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    organisationName = "Team pages " + run;
    organisation = organisation(steward, organisationName);
    String other = organisation(steward, "Team pages other " + run);
    employer = "qe" + run;
    supervisor = "qs" + run;
    worker = "qw" + run;
    trainee = "qt" + run;
    outsider = "qo" + run;
    add(steward, organisation, employer, "Edie Employer", "[\"EMPLOYER\"]", "");
    add(steward, organisation, supervisor, "Stan Supervisor", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Abe Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(
        steward,
        organisation,
        trainee,
        "Tess Trainee",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"TRAINEE\"");
    add(steward, other, outsider, "Oli Outsider", "[\"EMPLOYER\"]", "");
    Http tess = new Http(base).as(trainee, PASSWORD);
    HttpResponse<String> entry =
        tess.postJson(
            "api/people/" + trainee + "/cpd-entries",
            ("{\"date\":\"%s\",\"title\":\"Listening course\",\"type\":\"COURSE\",\"hours\":3,"
                    + "\"participatory\":true,\"reflection\":{\"what\":\"A day course\","
                    + "\"learned\":\"%s\",\"change\":\"Longer first visits\"},\"claims\":[]}")
                .formatted(LocalDate.now().minusDays(3), REFLECTION));
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
    HttpResponse<String> session =
        new Http(base)
            .as(worker, PASSWORD)
            .postJson(
                "api/people/" + worker + "/supervision",
                "{\"date\":\"%s\",\"minutes\":45,\"kind\":\"CLINICAL\",\"supervisor\":\"%s\",\"notes\":\"%s\"}"
                    .formatted(LocalDate.now().minusDays(5), supervisor, NOTE));
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
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

  private WebElement row(String username) {
    return browser.findElement(By.cssSelector("#team-table tr[data-username='" + username + "']"));
  }

  @Test
  void anEmployerOpensTheTeamFiltersItDrillsIntoAPersonAndSetsTheTargetByKeyboard() {
    Browser.signIn(browser, base, employer, PASSWORD);
    press("nav-team");
    arrive("team-table");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(organisationName);
    assertThat(browser.findElements(By.cssSelector("#team-table tbody tr"))).hasSize(2);
    // Status in words and symbols, not colour alone.
    assertThat(row(worker).getText())
        .contains("Abe Worker")
        .contains("Stan Supervisor")
        .contains("✗ Not met yet.")
        .contains("✓ On track");
    assertThat(row(trainee).getText()).contains("Never").contains("✗ Overdue");
    Browser.assertAccessible(browser);

    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached)
        .extracting(e -> e.getAttribute("id"))
        .contains(
            "stage",
            "supervisor",
            "on",
            "team-show",
            "download-compliance",
            "download-supervision",
            "supervision-weeks",
            "set-target");

    // Filter to trainees.
    browser.navigate().refresh();
    arrive("team-table");
    tabTo("stage").sendKeys("Trainee");
    press("team-show");
    waiting().until(d -> d.getCurrentUrl().contains("stage=TRAINEE"));
    arrive("team-table");
    assertThat(browser.findElements(By.cssSelector("#team-table tbody tr"))).hasSize(1);
    assertThat(row(trainee).getText()).contains("Tess Trainee");
    Browser.assertAccessible(browser);

    // Drill into the trainee.
    tabUntil(e -> "Tess Trainee".equals(e.getText()) && "a".equals(e.getTagName()));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().contains("workforce/person.xhtml"));
    arrive("person-facts");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tess Trainee");
    assertThat(browser.findElement(By.id("entries-total")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("latest-table")).getText())
        .contains("Listening course")
        .contains("Course")
        .contains("Draft");
    assertThat(browser.findElement(By.id("supervision-last")).getText()).isEqualTo("Never");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain(REFLECTION)
        .doesNotContain(NOTE);
    assertThat(browser.findElements(By.id("to-attainment"))).hasSize(1);
    assertThat(browser.findElements(By.id("to-gap-report"))).hasSize(1);
    Browser.assertAccessible(browser);

    // Back to the team, and set the supervision target.
    press("to-team");
    arrive("target-form");
    WebElement weeks = tabTo("supervision-weeks");
    weeks.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
    press("set-target");
    waiting()
        .until(d -> d.findElement(By.tagName("body")).getText().contains("whole number of weeks"));
    assertThat(browser.findElement(By.id("supervision-weeks")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    Browser.assertAccessible(browser);
    weeks = tabTo("supervision-weeks");
    weeks.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
    press("set-target");
    arrive("team-done");
    assertThat(browser.findElement(By.id("team-done")).getText()).contains("every 4 weeks");
    assertThat(browser.findElement(By.id("target-current")).getText()).contains("4 weeks");
    Browser.assertAccessible(browser);
  }

  @Test
  void anEmployerOfAnotherOrganisationFindsNoSuchPerson() {
    Browser.signIn(browser, base, outsider, PASSWORD);
    browser.get(base + "workforce/person.xhtml?username=" + trainee);
    arrive("go-home");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Tess Trainee");
    Browser.assertAccessible(browser);
  }
}
