package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portfolio's pages in a real browser, by keyboard: a link worker quick-adds an entry from the
 * home page, completes it with a reflection, a claim and evidence, and submits it; their supervisor
 * sees the notification, verifies it from the queue; the worker sees it verified. Every page is
 * checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioPagesIT {

  private static final String PASSWORD = "portfolio-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String worker;
  private String supervisor;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Journey " + run + "\",\"kind\":\"EMPLOYER\"}");
    String organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "js" + run;
    worker = "jw" + run;
    add(steward, organisation, supervisor, "Sol Supervisor", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Wyn Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
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

  /**
   * Waits up to a minute; an element replaced while it is read (the page refreshed) is read again.
   */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
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
    throw new AssertionError("Tab never reached the element");
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

  /** Chooses an option of the focused select with the arrow keys, as a keyboard user would. */
  private void choose(WebElement select, String value) {
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

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private Path certificate() {
    try {
      Path file = Files.createTempFile("certificate-" + run + "-", ".pdf");
      Files.write(
          file,
          ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aWorkerRecordsAnEntryBySupervisorVerifiedAllByKeyboard() {
    Browser.signIn(browser, base, worker, PASSWORD);
    arrive("quick-add-form");
    Browser.assertAccessible(browser);

    // Quick add: today and one hour are filled in; a title and a type are enough.
    assertThat(browser.findElement(By.id("quick-hours")).getAttribute("value")).isEqualTo("1");
    typeInto("quick-title", "Welfare rights briefing " + run);
    choose(tabTo("quick-type"), "PEER_LEARNING");
    press("quick-add-save");
    arrive("entry-done");
    assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("Draft");
    assertThat(browser.findElement(By.id("entry-hours")).getText()).isEqualTo("1");
    Browser.assertAccessible(browser);

    // Complete it: the reflection and a claim on the full form.
    press("edit-entry");
    arrive("entry-form");
    Browser.assertAccessible(browser);
    typeInto("reflection-what", "The welfare rights team explained the new referral route.");
    typeInto("reflection-learned", "Which benefits need a professional referral.");
    typeInto("reflection-change", "I check entitlement at every first meeting.");
    WebElement competency =
        tabUntil(
            e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("claim-competency"));
    choose(competency, "CC.6");
    WebElement level =
        tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("claim-level"));
    choose(level, "2");
    press("save-entry");
    arrive("entry-done");
    assertThat(browser.findElement(By.id("entry-claims")).getText()).contains("CC.6 at level 2");
    assertThat(browser.findElement(By.id("reflection-learned")).getText())
        .isEqualTo("Which benefits need a professional referral.");

    // Evidence: a certificate, typed by its content.
    browser.findElement(By.id("evidence-file")).sendKeys(certificate().toString());
    press("upload-evidence");
    try {
      waiting()
          .until(
              d ->
                  !d.findElements(By.id("evidence-list")).isEmpty()
                      || !d.findElements(By.cssSelector(".field-error, .error-summary")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, "evidence-upload");
      throw new AssertionError(
          "no answer to the upload at "
              + browser.getCurrentUrl()
              + ": "
              + browser
                  .getPageSource()
                  .substring(0, Math.min(4000, browser.getPageSource().length())),
          e);
    }
    assertThat(browser.findElements(By.id("evidence-list")))
        .as("the page after the upload: %s", browser.findElement(By.tagName("main")).getText())
        .hasSize(1);
    assertThat(browser.findElement(By.id("evidence-list")).getText()).contains("certificate-");
    Browser.assertAccessible(browser);

    press("submit-entry");
    arrive("entry-done");
    assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("Submitted");
    String entryUrl = browser.getCurrentUrl();

    // The supervisor is told, and verifies it from the queue.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, supervisor, PASSWORD);
    arrive("unread-count");
    assertThat(browser.findElement(By.id("unread-count")).getText()).startsWith("1");
    press("nav-notifications");
    arrive("notifications");
    assertThat(browser.findElement(By.id("notifications")).getText())
        .contains("Wyn Worker submitted")
        .contains("Welfare rights briefing " + run);
    Browser.assertAccessible(browser);
    press("nav-queue");
    arrive("queue");
    Browser.assertAccessible(browser);
    WebElement note =
        tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("note"));
    note.sendKeys("Clear and useful.");
    tabUntil(e -> ("Verify: Welfare rights briefing " + run).equals(e.getAttribute("aria-label")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    arrive("queue-done");
    assertThat(browser.findElements(By.id("queue"))).isEmpty();
    assertThat(browser.findElements(By.id("unread-count"))).isEmpty();

    // The worker sees it verified, with the note.
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, worker, PASSWORD);
    arrive("unread-count");
    press("nav-notifications");
    arrive("notifications");
    assertThat(browser.findElement(By.id("notifications")).getText())
        .contains("Sol Supervisor verified your entry");
    browser.get(entryUrl.replaceAll("&done=[a-z]+", ""));
    arrive("entry-status");
    assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("Verified");
    assertThat(browser.findElement(By.id("decision-note")).getText())
        .isEqualTo("Clear and useful.");
    assertThat(browser.findElements(By.id("submit-entry"))).isEmpty();
    assertThat(browser.findElements(By.id("unread-count"))).isEmpty();
    Browser.assertAccessible(browser);
  }

  @Test
  void theEntriesListFiltersAndTheFormSaysWhatIsWrongNextToEachField() {
    Http api = new Http(base).as(worker, PASSWORD);
    for (int i = 0; i < 3; i++) {
      assertThat(
              api.postJson(
                      "api/people/" + worker + "/cpd-entries",
                      "{\"title\":\"Reading %d\",\"type\":\"READING\",\"hours\":0.5}".formatted(i))
                  .statusCode())
          .isEqualTo(201);
    }
    Browser.signIn(browser, base, worker, PASSWORD);
    browser.get(base + "portfolio/entries.xhtml");
    arrive("entries-table");
    assertThat(browser.findElement(By.id("entries-count")).getText()).contains("1.5 hours");
    Browser.assertAccessible(browser);
    new Select(browser.findElement(By.id("type"))).selectByValue("COURSE");
    browser.findElement(By.id("entries-filter")).click();
    arrive("no-entries");
    Browser.assertAccessible(browser);

    // An entry with nothing reflected yet still takes evidence.
    String first =
        Http.json(api.getJson("api/people/" + worker + "/cpd-entries?limit=1"))
            .asJsonArray()
            .getJsonObject(0)
            .getString("id");
    browser.get(base + "portfolio/entry.xhtml?id=" + first);
    arrive("evidence-form");
    Browser.assertAccessible(browser);

    browser.get(base + "portfolio/edit.xhtml");
    arrive("entry-form");
    browser.findElement(By.id("hours")).clear();
    browser.findElement(By.id("hours")).sendKeys("500");
    browser.findElement(By.id("save-entry")).click();
    arrive("title-message");
    assertThat(browser.findElement(By.id("title-message")).getText())
        .isEqualTo("Give the entry a title.");
    Browser.assertAccessible(browser);
  }

  @Test
  void aSupervisorAssessesAndTheWorkerRecordsASessionWhoseNotesOnlyTheyRead() {
    Browser.signIn(browser, base, supervisor, PASSWORD);
    browser.get(base + "portfolio/supervision.xhtml?username=" + worker);
    arrive("assessment-form");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Wyn Worker");
    Browser.assertAccessible(browser);
    choose(tabTo("assessment-competency"), "PC.1");
    choose(tabTo("assessment-level"), "2");
    typeInto("assessment-note", "Seen in a first meeting.");
    press("assess");
    arrive("supervision-done");
    assertThat(browser.findElement(By.id("assessments")).getText())
        .contains("PC.1 at level 2")
        .contains(supervisor);
    typeInto("session-minutes", Keys.chord(Keys.CONTROL, "a"), "45");
    press("record-session");
    arrive("sessions-table");
    assertThat(browser.findElements(By.id("session-notes"))).isEmpty();
    Browser.assertAccessible(browser);

    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, worker, PASSWORD);
    browser.get(base + "portfolio/supervision.xhtml");
    arrive("session-form");
    choose(tabTo("session-kind"), "PEER");
    typeInto("session-supervisor", supervisor);
    typeInto("session-notes", "Talked through a hard visit.");
    press("record-session");
    arrive("supervision-done");
    assertThat(browser.findElement(By.id("sessions-table")).getText())
        .contains("Talked through a hard visit.")
        .contains("Peer");
    assertThat(
            browser.findElements(
                By.cssSelector("#assessments button, #assessments input[type=submit]")))
        .isEmpty();
    Browser.assertAccessible(browser);

    HttpResponse<String> forSupervisor =
        new Http(base).as(supervisor, PASSWORD).getJson("api/people/" + worker + "/supervision");
    assertThat(forSupervisor.body()).doesNotContain("Talked through a hard visit.");
  }
}
