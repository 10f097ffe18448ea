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
 * Privacy in a real browser, by keyboard, with axe on every page: a worker finds on "Who read my
 * records" that their supervisor read a reflection; an employer confirms a person's erasure request
 * from the people of their organisation; the steward erases it from "Erasure requests" and the row
 * then names the person by pseudonym only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyPagesIT {

  private static final String PASSWORD = "privacy-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String organisation;
  private String worker;
  private String supervisor;
  private String employer;
  private String run;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Private " + run + "\",\"kind\":\"EMPLOYER\"}");
    organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "vs" + run;
    worker = "vw" + run;
    employer = "ve" + run;
    add(steward, supervisor, "Vera Supervisor", "[\"SUPERVISOR\"]", "");
    add(steward, employer, "Vic Employer", "[\"EMPLOYER\"]", "");
    add(
        steward,
        worker,
        "Val Worker " + run,
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
  }

  private void add(Http steward, String username, String name, String roles, String more) {
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

  @Test
  void aWorkerSeesThatTheirSupervisorReadAReflection() {
    Http asWorker = new Http(base).as(worker, PASSWORD);
    HttpResponse<String> entry =
        asWorker.postJson(
            "api/people/" + worker + "/cpd-entries",
            ("{\"date\":\"%s\",\"title\":\"Home visits\",\"type\":\"SHADOWING\",\"hours\":1,"
                    + "\"reflection\":{\"what\":\"Nervous at first\"}}")
                .formatted(LocalDate.now().minusDays(1)));
    String id = Http.json(entry).asJsonObject().getString("id");
    assertThat(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}").statusCode())
        .isEqualTo(200);

    Browser.signIn(browser, base, worker, PASSWORD);
    Keyboard.press(browser, "nav-reads");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-reads")));
    Browser.assertAccessible(browser);

    assertThat(
            new Http(base).as(supervisor, PASSWORD).getJson("api/cpd-entries/" + id).statusCode())
        .isEqualTo(200);
    browser.navigate().refresh();
    WebElement row =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#reads-table tr.read[data-reader='" + supervisor + "']")));
    assertThat(row.findElement(By.className("read-reader")).getText()).isEqualTo("Vera Supervisor");
    assertThat(row.findElement(By.className("read-what")).getText()).isEqualTo("Reflections");
    assertThat(row.findElement(By.className("read-detail")).getText()).contains(id);
    Browser.assertAccessible(browser);
    Keyboard.assertEveryControlReachable(browser);
  }

  @Test
  void anEmployerConfirmsAndTheStewardErasesByKeyboard() {
    Browser.signIn(browser, base, employer, PASSWORD);
    browser.get(base + "organisation/people.xhtml?id=" + organisation);
    WebElement link =
        tabUntil(
            e ->
                "a".equals(e.getTagName())
                    && String.valueOf(e.getAttribute("aria-label")).endsWith("Val Worker " + run)
                    && String.valueOf(e.getAttribute("class")).contains("person-erasure"));
    link.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-form")));
    Browser.assertAccessible(browser);
    WebElement reason = Keyboard.tabTo(browser, "erasure-reason");
    assertThat(reason.getAttribute("maxlength")).isEqualTo("1000");
    reason.sendKeys("Asked by letter");
    Keyboard.press(browser, "confirm-erasure");
    WebElement confirmed =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-confirmed")));
    assertThat(confirmed.getText()).contains("Val Worker " + run);
    Browser.assertAccessible(browser);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    Keyboard.press(browser, "nav-erasures");
    By row = By.cssSelector("#erasures-table tr.erasure[data-person='" + worker + "']");
    waiting().until(ExpectedConditions.presenceOfElementLocated(row));
    assertThat(browser.findElement(row).getAttribute("data-status")).isEqualTo("CONFIRMED");
    assertThat(browser.findElement(row).getText()).contains("Asked by letter");
    Browser.assertAccessible(browser);
    WebElement erase =
        tabUntil(
            e ->
                String.valueOf(e.getAttribute("class")).contains("erase ")
                    && String.valueOf(e.getAttribute("aria-label")).endsWith("Val Worker " + run));
    erase.sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-done")));
    assertThat(browser.findElements(row)).as("no row names the person").isEmpty();
    assertThat(browser.findElement(By.id("erasures-table")).getText())
        .doesNotContain("Val Worker " + run)
        .doesNotContain("Asked by letter")
        .contains("erased-");
    Browser.assertAccessible(browser);
    assertThat(new Http(base).as(worker, PASSWORD).getJson("api/me").statusCode()).isEqualTo(401);
  }
}
