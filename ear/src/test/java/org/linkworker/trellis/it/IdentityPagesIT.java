package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The account and people pages in a real browser and through the sign-in form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityPagesIT {

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

  private void open(String path) {
    browser.get(base + path);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private String riverside() {
    return Http.json(new Http(base).as("emma.employer").getJson("api/me"))
        .asJsonObject()
        .getString("organisation");
  }

  private void signOut() {
    browser.findElement(By.id("sign-out")).click();
    waiting().until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  void anEmployerAddsALinkWorkerWhoThenSignsInAndChangesTheirPassword() {
    String username = "new" + UUID.randomUUID().toString().substring(0, 8);
    Browser.signIn(browser, base, "emma.employer", Http.DEMO_PASSWORD);
    browser.findElement(By.id("nav-people")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-person-form")));
    Browser.assertAccessible(browser);

    browser.findElement(By.id("new-username")).sendKeys(username);
    browser.findElement(By.id("new-display-name")).sendKeys("Nia Newcomer");
    browser.findElement(By.id("new-password")).sendKeys("first-passphrase-2026");
    browser.findElement(By.cssSelector("input[name='new-roles'][value='LINK_WORKER']")).click();
    new Select(browser.findElement(By.id("new-stage"))).selectByValue("TRAINEE");
    new Select(browser.findElement(By.id("new-supervisor"))).selectByValue("sam.supervisor");
    browser.findElement(By.id("add-person")).click();

    WebElement row =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("person-" + username)));
    assertThat(row.getText()).contains("Nia Newcomer", "Trainee link worker", "Sam Okafor");
    Browser.screenshot(browser, "people");
    signOut();

    Browser.signIn(browser, base, username, "first-passphrase-2026");
    browser.findElement(By.id("nav-password")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
    Browser.assertAccessible(browser);
    browser.findElement(By.id("current-password")).sendKeys("first-passphrase-2026");
    browser.findElement(By.id("new-password")).sendKeys("second-passphrase-2026");
    browser.findElement(By.id("confirm-password")).sendKeys("second-passphrase-2026");
    browser.findElement(By.id("change-password")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
    signOut();

    Browser.signIn(browser, base, username, "second-passphrase-2026");
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("Nia Newcomer");
    assertThat(new Http(base).as(username, "first-passphrase-2026").getJson("api/me").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aWrongPasswordOnTheSignInPageSaysSoWithoutSayingWhy() {
    open("login.xhtml");
    Browser.assertAccessible(browser);
    Browser.signInExpectingFailure(browser, base, "alex.link", "not-the-password");

    assertThat(browser.findElement(By.id("login-error")).getText())
        .isEqualTo(
            "Sign-in failed. Check your username and password. After 5 failed attempts an account"
                + " is locked for 15 minutes.");
    Browser.signInExpectingFailure(browser, base, "nobody-at-all", "not-the-password");
    assertThat(browser.findElement(By.id("login-error")).getText())
        .startsWith("Sign-in failed. Check your username and password.");
  }

  @Test
  void aScriptInAPersonsNameIsShownAsText() {
    String username = "xss" + UUID.randomUUID().toString().substring(0, 8);
    String payload = "<img src=x onerror=\"document.title='pwned'\">";
    HttpResponse<String> added =
        new Http(base)
            .as("emma.employer")
            .postJson(
                "api/organisations/" + riverside() + "/people",
                "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"xss-passphrase-2026\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\",\"supervisor\":null}"
                    .formatted(username, payload.replace("\"", "\\\"")));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

    Browser.signIn(browser, base, "emma.employer", Http.DEMO_PASSWORD);
    browser.findElement(By.id("nav-people")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("people-table")));

    assertThat(browser.getTitle()).isNotEqualTo("pwned");
    assertThat(browser.getPageSource()).doesNotContain(payload);
    assertThat(browser.findElements(By.cssSelector("#people-table img"))).isEmpty();
  }

  @Test
  void eachAccountPageIsAccessibleAndReachableByKeyboard() {
    Browser.signIn(browser, base, "steward", Http.DEMO_PASSWORD);
    for (String page :
        List.of(
            "",
            "account/password.xhtml",
            "account/tokens.xhtml",
            "admin/organisations.xhtml",
            "admin/audit.xhtml",
            "organisation/people.xhtml?id=" + riverside())) {
      open(page);
      Browser.assertAccessible(browser);
      List<WebElement> controls = Keyboard.focusableControls(browser);
      assertThat(Keyboard.tabThrough(browser))
          .as("controls reached by Tab on %s", page)
          .containsAll(controls);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteAndAPlantedSessionIdIsReplacedAtSignIn() {
    WebSession session = WebSession.anonymous(base);
    session.plantSessionId("planted-by-an-attacker");

    HttpResponse<String> signedIn =
        session.submitForm(
            "login.xhtml",
            "login-form",
            Map.of(
                Browser.LOGIN_USERNAME, "alex.link", Browser.LOGIN_PASSWORD, Http.DEMO_PASSWORD));

    assertThat(signedIn.statusCode()).isIn(302, 303);
    String cookie = String.join("; ", signedIn.headers().allValues("Set-Cookie"));
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).contains("JSESSIONID=").doesNotContain("planted-by-an-attacker");
  }

  @Test
  void aPostbackWithoutAValidViewStateIsRefusedWhileTheGenuineOneWorks() {
    String username = "vs" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> added =
        new Http(base)
            .as("emma.employer")
            .postJson(
                "api/organisations/" + riverside() + "/people",
                "{\"username\":\"%s\",\"displayName\":\"Vic State\",\"password\":\"view-state-pass-2026\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\",\"supervisor\":null}"
                    .formatted(username));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    WebSession session = WebSession.signedIn(base, username, "view-state-pass-2026");
    Map<String, String> change =
        Map.of(
            "current-password", "view-state-pass-2026",
            "new-password", "changed-passphrase-2026",
            "confirm-password", "changed-passphrase-2026");

    Map<String, String> forgedChange = new java.util.HashMap<>(change);
    forgedChange.put("jakarta.faces.ViewState", "-1234567890:987654321");
    HttpResponse<String> forged =
        session.submitForm("account/password.xhtml", "password-form", forgedChange);

    assertThat(forged.body()).contains("error-expired").doesNotContain("password-changed");
    assertThat(new Http(base).as(username, "view-state-pass-2026").getJson("api/me").statusCode())
        .isEqualTo(200);

    HttpResponse<String> genuine =
        session.submitForm("account/password.xhtml", "password-form", change);

    assertThat(genuine.statusCode()).as(genuine.body()).isIn(302, 303);
    assertThat(
            new Http(base).as(username, "changed-passphrase-2026").getJson("api/me").statusCode())
        .isEqualTo(200);
  }
}
