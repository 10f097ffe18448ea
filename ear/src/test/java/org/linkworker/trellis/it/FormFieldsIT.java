package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.identity.entity.Lengths;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fields t:field renders, as a browser sees them: limits from the entities, descriptions that
 * point at elements that exist, and a field that failed says so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormFieldsIT {

  /** Ids named by aria-describedby that no element of the page has. */
  private static final String DANGLING_DESCRIPTIONS =
      "return Array.from(document.querySelectorAll('[aria-describedby]'))"
          + ".flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)"
          + ".filter(id => id && !document.getElementById(id)).map(id => e.id + ' -> ' + id));";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  private WebElement waitFor(String id) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  @SuppressWarnings("unchecked")
  private List<String> danglingDescriptions() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(DANGLING_DESCRIPTIONS);
  }

  @Test
  void theSignInFieldsTakeTheirLengthFromThePersonAndDescribeNothingMissing() {
    browser.get(base + "login.xhtml");
    WebElement username = waitFor("username");

    assertThat(username.getDomAttribute("maxlength")).isEqualTo(String.valueOf(Lengths.USERNAME));
    assertThat(username.getDomAttribute("aria-required")).isNull();
    assertThat(username.getDomAttribute("autocomplete")).isEqualTo("username");
    assertThat(danglingDescriptions()).isEmpty();
  }

  @Test
  void eachFormFieldIsDescribedByElementsThatExist() {
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    String riverside =
        Http.json(new Http(base).as("emma.employer").getJson("api/me"))
            .asJsonObject()
            .getString("organisation");
    for (String page :
        List.of(
            "account/password.xhtml",
            "account/tokens.xhtml",
            "admin/organisations.xhtml",
            "admin/audit.xhtml",
            "organisation/people.xhtml?id=" + riverside,
            "organisation/people.xhtml?id=" + riverside + "&edit=alex.link")) {
      browser.get(base + page);
      waitFor("main");
      assertThat(danglingDescriptions()).as(page).isEmpty();
    }
    assertThat(browser.findElement(By.id("new-username")).getDomAttribute("maxlength"))
        .isEqualTo(String.valueOf(Lengths.USERNAME));
    assertThat(browser.findElement(By.id("new-display-name")).getDomAttribute("maxlength"))
        .isEqualTo(String.valueOf(Lengths.DISPLAY_NAME));
    assertThat(browser.findElement(By.id("new-username")).getDomAttribute("aria-required"))
        .isEqualTo("true");
  }

  @Test
  void aFieldLeftEmptySaysSoNextToItAndIsMarkedInvalid() {
    Browser.signIn(browser, base, "alex.link", Http.DEMO_PASSWORD);
    browser.get(base + "account/tokens.xhtml");
    WebElement name = waitFor("token-name");
    assertThat(name.getDomAttribute("maxlength")).isEqualTo(String.valueOf(Lengths.TOKEN_NAME));
    assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("false");

    browser.findElement(By.id("create-token")).click();

    WebElement message =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .until(d -> d.findElement(By.id("token-name-message")).getText().isEmpty() ? null : d)
            .findElement(By.id("token-name-message"));
    assertThat(message.getText()).isEqualTo("Enter a name for the token.");
    WebElement again = browser.findElement(By.id("token-name"));
    assertThat(again.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(again.getDomAttribute("aria-describedby"))
        .isEqualTo("token-name-hint token-name-message");
    assertThat(browser.findElement(By.id("token-days-hint")).getText())
        .isEqualTo("From 1 to 365 days.");
    Browser.assertAccessible(browser);
  }

  @Test
  void aFilterDateThatIsNoDateIsMarkedNextToItsField() {
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    browser.get(base + "admin/audit.xhtml?from=not-a-date");

    WebElement from = waitFor("from");
    assertThat(from.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("from-message")).getText())
        .isEqualTo("Enter a date such as 2026-04-01.");
    assertThat(browser.findElement(By.id("to")).getDomAttribute("aria-invalid")).isEqualTo("false");
    assertThat(browser.findElement(By.id("actor")).getDomAttribute("name")).isEqualTo("actor");
    Browser.assertAccessible(browser);
  }
}
