package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The reminder settings page in a real browser, by keyboard: a link worker reaches it from the
 * navigation, is told next to the field when an address is malformed, gives one and turns email off
 * with the space bar, and the settings are saved as the API then reads them; a reminder the job
 * sent opens the page to act on from the notifications. Every state is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderPagesIT {

  private static final String PASSWORD = "reminder-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String worker;

  @BeforeEach
  void start() {
    browser = Browser.start();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    String organisation =
        Http.json(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Reminding " + run + "\",\"kind\":\"EMPLOYER\"}"))
            .asJsonObject()
            .getString("id");
    worker = "pr" + run;
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Rae Worker\",\"password\":\"%s\",\"roles\":[\"LINK_WORKER\"]}"
                .formatted(worker, PASSWORD));
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

  private JsonObject settings() {
    return Http.json(new Http(base).as(worker, PASSWORD).getJson("api/me/reminders"))
        .asJsonObject();
  }

  @Test
  void aWorkerGivesAnAddressAndTurnsEmailOffByKeyboard() {
    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-reminders");
    arrive("reminders-form");
    assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEmpty();
    assertThat(browser.findElement(By.id("email-reminders")).isSelected()).isTrue();
    Browser.assertAccessible(browser);

    tabTo("email");
    new Actions(browser).sendKeys("rae at example").perform();
    press("save-reminders");
    waiting().until(d -> !d.findElement(By.id("email-message")).getText().isBlank());
    assertThat(browser.findElement(By.id("email-message")).getText())
        .contains("Enter an email address");
    assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(settings().isNull("email")).isTrue();
    Browser.assertAccessible(browser);

    // Reaching a text box by Tab selects what it holds, so typing replaces it.
    tabTo("email");
    new Actions(browser).sendKeys("rae.worker@example.org").perform();
    tabTo("email-reminders");
    new Actions(browser).sendKeys(Keys.SPACE).perform();
    press("save-reminders");
    arrive("reminders-saved");
    assertThat(browser.findElement(By.id("email")).getAttribute("value"))
        .isEqualTo("rae.worker@example.org");
    assertThat(browser.findElement(By.id("email-reminders")).isSelected()).isFalse();
    assertThat(settings().getString("email")).isEqualTo("rae.worker@example.org");
    assertThat(settings().getBoolean("emailReminders")).isFalse();
    Browser.assertAccessible(browser);
  }

  @Test
  void aReminderOpensThePageToActOnFromTheNotifications() {
    Http steward = new Http(base).as("steward");
    JsonObject run =
        RemindersIT.body(
            steward.postJson("api/reports/reminders", "{\"on\":\"" + RemindersIT.DAY + "\"}"), 202);
    RemindersIT.ended(steward, run);

    Browser.signIn(browser, base, worker, PASSWORD);
    press("nav-notifications");
    arrive("notifications");
    assertThat(browser.findElement(By.id("notifications")).getText())
        .contains("Your declaration against the code of practice for 2026\u201327 is due.");
    Browser.assertAccessible(browser);
    tabUntil(e -> e.getText().startsWith("Your declaration against the code of practice"));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().contains("portfolio/declaration.xhtml"));
  }
}
