package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The framework pages in a real browser: what a visitor sees and can do by keyboard alone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  static WebDriver browser;

  @ArquillianResource URL base;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void signIn() {
    Browser.signInOnce(browser, base, "alex.link");
  }

  private void open(String path) {
    browser.get(base.toString() + path);
  }

  private List<WebElement> competencies() {
    return browser.findElements(By.cssSelector("article.competency"));
  }

  @Test
  void frameworkBrowserShowsEveryDomainAndCompetencyWithADescriptorAtEachLevel() {
    open("framework/browse.xhtml");

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Link Worker Competency Framework");
    assertThat(browser.findElements(By.cssSelector("section.domain")))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(competencies()).hasSizeGreaterThanOrEqualTo(40);
    WebElement pc1 = browser.findElement(By.id("competency-PC-1"));
    assertThat(pc1.getText())
        .contains("PC.1", "Foundation", "Practitioner", "Experienced", "Leading");
    assertThat(pc1.findElements(By.cssSelector("dl.descriptors dd"))).hasSize(4);
    assertThat(browser.findElement(By.tagName("footer")).getText())
        .contains("Link Worker Competency Framework", "1");
    Browser.assertAccessible(browser);
    // The sign-out button sits on the dark header: white text, no box of its own.
    WebElement signOut = browser.findElement(By.id("sign-out"));
    assertThat(signOut.getCssValue("color")).isIn("rgba(255, 255, 255, 1)", "rgb(255, 255, 255)");
    assertThat(signOut.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    Browser.screenshot(browser, "framework-browser");
  }

  @Test
  void searchingForAWordShowsOnlyTheCompetenciesThatUseIt() {
    open("framework/browse.xhtml");

    browser.findElement(By.id("search")).sendKeys("interpreter", Keys.ENTER);
    waitForUrl("q=interpreter");

    assertThat(browser.getCurrentUrl()).contains("q=interpreter");
    assertThat(competencies())
        .extracting(e -> e.getAttribute("id"))
        .containsExactly("competency-CR-2");
    assertThat(browser.findElement(By.id("match-count")).getText()).contains("1", "interpreter");
    Browser.assertAccessible(browser);
  }

  @Test
  void searchingForACodeFindsThatCompetency() {
    open("framework/browse.xhtml?q=SE.4");

    assertThat(competencies())
        .extracting(e -> e.getAttribute("id"))
        .contains("competency-SE-4")
        .doesNotContain("competency-PC-1");
  }

  @Test
  void searchWithNoMatchSaysSoAndClearingItShowsEverythingAgain() {
    open("framework/browse.xhtml");
    browser.findElement(By.id("search")).sendKeys("xylophone", Keys.ENTER);
    waitForUrl("q=xylophone");

    assertThat(competencies()).isEmpty();
    assertThat(browser.findElement(By.id("match-count")).getText()).contains("xylophone");
    Browser.assertAccessible(browser);

    browser.findElement(By.id("clear-search")).sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("q=")));
    assertThat(competencies()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyControlOfTheFrameworkBrowserIsReachableByKeyboard() {
    open("framework/browse.xhtml");
    assertEveryControlReachableByTab();

    // The search works without a mouse: focus the box by Tab, type, press Enter.
    WebElement search = browser.findElement(By.id("search"));
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached).contains(search, browser.findElement(By.id("search-submit")));
  }

  @Test
  void stageMatrixShowsTheLevelEachStageRequiresForEachCompetency() {
    open("framework/stages.xhtml");

    WebElement matrix = browser.findElement(By.id("stage-matrix"));
    assertThat(matrix.findElements(By.cssSelector("thead th[scope=col]")))
        .extracting(WebElement::getText)
        .contains("Trainee link worker", "Link worker", "Senior link worker", "Lead link worker");
    assertThat(matrix.findElements(By.cssSelector("tbody th[scope=row]")))
        .hasSizeGreaterThanOrEqualTo(40);
    WebElement pc1 = matrix.findElement(By.id("stage-row-PC-1"));
    List<WebElement> cells = pc1.findElements(By.tagName("td"));
    assertThat(cells).hasSize(4);
    assertThat(cells.get(0).getText()).contains("1", "Foundation");
    // TS.6 (supervising other link workers) is not asked of a trainee.
    assertThat(
            matrix
                .findElement(By.id("stage-row-TS-6"))
                .findElements(By.tagName("td"))
                .get(0)
                .getAttribute("textContent"))
        .contains("not required");
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();
  }

  @Test
  void codeOfPracticeListsStandardsBehavioursAndLinkedCompetencies() {
    open("framework/code-of-practice.xhtml");

    List<WebElement> standards = browser.findElements(By.cssSelector("article.standard"));
    assertThat(standards).hasSizeGreaterThanOrEqualTo(8);
    WebElement first = standards.get(0);
    assertThat(first.getText()).contains("CP.1");
    assertThat(first.findElements(By.cssSelector("li"))).isNotEmpty();
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();

    WebElement link = first.findElement(By.cssSelector("a.competency-link"));
    String code = link.getText().split("\\s+")[0];
    link.sendKeys(Keys.ENTER);
    waitForUrl("framework/browse.xhtml");
    assertThat(browser.getCurrentUrl()).contains("framework/browse.xhtml");
    assertThat(competencies())
        .extracting(e -> e.getAttribute("id"))
        .contains("competency-" + code.replace('.', '-'));
  }

  @Test
  void homePageLeadsToTheFrameworkPages() {
    open("");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.findElement(By.id("nav-framework")).getAttribute("href"))
        .endsWith("framework/browse.xhtml");
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();
  }

  @Test
  void unknownPageIsAFriendly404WithoutInternals() {
    HttpResponse<String> response =
        new Http(base)
            .send(
                new Http(base)
                    .request("no/such/page.xhtml")
                    .header(
                        "Cookie",
                        "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("Trellis")
        .doesNotContain("at org.")
        .doesNotContain("Caused by");
    open("no/such/page.xhtml");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
    assertThat(browser.findElement(By.id("go-home")).getAttribute("href"))
        .isEqualTo(base.toString());
    Browser.assertAccessible(browser);
  }

  @Test
  void anonymousVisitorsAreSentToSignInWithoutASession() {
    Http http = new Http(base);
    for (String page :
        List.of(
            "",
            "framework/browse.xhtml?q=PC.1",
            "framework/stages.xhtml",
            "framework/code-of-practice.xhtml")) {
      HttpResponse<String> response = http.get(page, "text/html");

      assertThat(response.statusCode()).as(page).isIn(302, 303);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
      assertThat(response.headers().allValues("Set-Cookie"))
          .as("cookies set by %s", page)
          .isEmpty();
    }
    HttpResponse<String> login = http.get("login.xhtml", "text/html");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie"))
        .as("cookies set by the sign-in page")
        .isEmpty();
  }

  private void waitForUrl(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }

  private void assertEveryControlReachableByTab() {
    List<WebElement> controls = Keyboard.focusableControls(browser);
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached)
        .as("controls reached by Tab on %s", browser.getCurrentUrl())
        .containsAll(controls);
  }
}
