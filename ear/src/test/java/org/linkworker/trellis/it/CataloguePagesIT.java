package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * The catalogue's pages in a real browser, as a provider and a link worker would use them: an
 * import with its progress bar and the rows it refused, the alignment matrix edited by keyboard
 * alone, the course form with its messages, search from the framework browser, and provision. Every
 * page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CataloguePagesIT {

  private static final String PASSWORD = "catalogue-pages-2026";
  private static final String HEADER =
      "code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String providerId;
  private String provider;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Pages " + run + "\",\"kind\":\"PROVIDER\"}");
    providerId = Http.json(org).asJsonObject().getString("id");
    provider = "pg" + run;
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + providerId + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Page Provider\",\"password\":\"%s\",\"roles\":[\"PROVIDER\"]}"
                .formatted(provider, PASSWORD));
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

  private Http providerApi() {
    return new Http(base).as(provider, PASSWORD);
  }

  private Path file(String content) {
    try {
      Path file = Files.createTempFile("catalogue-" + run + "-", ".csv");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void upload(Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("upload")).click();
    waiting()
        .until(
            d ->
                List.of("COMPLETED", "FAILED", "STOPPED")
                    .contains(d.findElement(By.id("import-state")).getAttribute("data-status")));
  }

  @Test
  void aProviderImportsACatalogueFollowsItsProgressFixesTheRefusedRowsAndImportsAgain() {
    Browser.signIn(browser, base, provider, PASSWORD);
    browser.findElement(By.id("nav-matrix")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("no-courses")));
    Browser.assertAccessible(browser);
    browser.findElement(By.id("to-import")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
    assertThat(browser.findElement(By.id("import-columns")).getText()).contains("deliveryMode");
    Browser.assertAccessible(browser);

    String mixed =
        HEADER
            + "P1,Listening well,,ONLINE,3,,,,PUBLISHED,PC.1:2:DEVELOPS\r\n"
            + "P2,Too long,,ONLINE,5000,,,,,\r\n"
            + "P3,Unknown competency,,ONLINE,1,,,,,ZZ.1:1:DEVELOPS\r\n";
    upload(file(mixed));

    assertThat(browser.findElement(By.id("import-state")).getText()).contains("3 of 3");
    WebElement bar = browser.findElement(By.id("import-bar"));
    assertThat(bar.getAttribute("value")).isEqualTo("3");
    assertThat(bar.getAttribute("max")).isEqualTo("3");
    assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("2");
    String errors = browser.findElement(By.id("import-errors")).getText();
    assertThat(errors).contains("3", "hours", "Hours must be between 0.25 and 1,000.");
    assertThat(errors).contains("4", "mappings", "ZZ.1 is not a competency of LWCF");
    assertThat(browser.findElements(By.id("download-errors"))).hasSize(1);
    Browser.assertAccessible(browser);
    Browser.screenshot(browser, "course-import");

    browser.findElement(By.id("import-another")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
    String fixed =
        HEADER
            + "P1,Listening well,,ONLINE,3,,,,PUBLISHED,PC.1:2:DEVELOPS\r\n"
            + "P2,Not too long,,ONLINE,5,,,,,\r\n"
            + "P3,Known competency,,ONLINE,1,,,,,CC.1:1:DEVELOPS\r\n";
    upload(file(fixed));
    assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("import-unchanged")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("recent-imports")).getText()).contains("1 created");
  }

  @Test
  void aProviderMapsACourseInTheMatrixByKeyboardAlone() {
    HttpResponse<String> created =
        providerApi()
            .postJson(
                "api/courses",
                "{\"code\":\"K1\",\"title\":\"Keyboard course\",\"deliveryMode\":\"ONLINE\",\"hours\":2,\"status\":\"PUBLISHED\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    String courseId = Http.json(created).asJsonObject().getString("id");

    Browser.signIn(browser, base, provider, PASSWORD);
    browser.get(base + "catalogue/matrix.xhtml");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
    assertThat(browser.findElement(By.id("coverage-total")).getText())
        .contains("0 of the framework’s 184");
    Browser.assertAccessible(browser);

    tabUntil(e -> "Edit mappings: Keyboard course".equals(e.getAttribute("aria-label")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("save-mappings")));
    Browser.assertAccessible(browser);

    // The first cell of the column is PC.1's: choose level 1 "develops" (the second option after
    // "Not mapped" and "1 introduces") with the arrow keys, then Tab on to the save button.
    WebElement first = tabUntil(e -> e.getTagName().equals("select"));
    assertThat(
            browser
                .findElement(By.cssSelector("label[for='" + first.getAttribute("id") + "']"))
                .getAttribute("textContent"))
        .contains("PC.1");
    first.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(new Select(first).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("1:DEVELOPS");
    tabUntil(e -> "save-mappings-end".equals(e.getAttribute("id")));
    new Actions(browser).sendKeys(Keys.ENTER).perform();

    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matrix-done")));
    WebElement cell =
        browser.findElement(
            By.cssSelector("tr[data-competency='PC.1'] td[data-course='" + courseId + "']"));
    assertThat(cell.findElement(By.cssSelector("[aria-hidden='true']")).getText()).isEqualTo("1 D");
    assertThat(cell.getText()).contains("Level 1, develops");
    assertThat(browser.findElement(By.id("coverage-total")).getText())
        .contains("1 of the framework’s 184");
    JsonObject course = Http.json(providerApi().getJson("api/courses/" + courseId)).asJsonObject();
    assertThat(course.getJsonArray("mappings").toString())
        .isEqualTo(
            "[{\"competency\":\"PC.1\",\"level\":1,\"strength\":\"DEVELOPS\","
                + "\"framework\":\"LWCF\"}]");
    Browser.screenshot(browser, "alignment-matrix");
  }

  /** Presses Tab until the focused element matches, and returns it. */
  private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted) {
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
  void theCourseFormSaysWhatIsWrongNextToEachFieldAndRefusesAStaleSave() {
    Browser.signIn(browser, base, provider, PASSWORD);
    browser.get(base + "catalogue/edit.xhtml");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-form")));
    Browser.assertAccessible(browser);

    browser.findElement(By.id("title")).sendKeys("Formed course " + run);
    new Select(browser.findElement(By.id("delivery-mode"))).selectByValue("BLENDED");
    browser.findElement(By.id("hours")).sendKeys("5000");
    browser.findElement(By.id("url")).sendKeys("ftp://example.org/course");
    browser.findElement(By.id("save-course")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hours-message")));
    assertThat(browser.findElement(By.id("hours-message")).getText())
        .isEqualTo("Hours must be between 0.25 and 1,000.");
    assertThat(browser.findElement(By.id("url-message")).getText()).contains("http:// or https://");
    assertThat(browser.findElement(By.id("hours")).getAttribute("aria-invalid")).isEqualTo("true");
    Browser.assertAccessible(browser);

    browser.findElement(By.id("hours")).clear();
    browser.findElement(By.id("hours")).sendKeys("2.5");
    browser.findElement(By.id("url")).clear();
    browser.findElement(By.id("save-course")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-done")));
    assertThat(browser.findElement(By.id("course-hours")).getText()).isEqualTo("2.5");
    assertThat(browser.findElement(By.id("course-status")).getText()).isEqualTo("Draft");
    Browser.assertAccessible(browser);

    browser.findElement(By.id("edit-course")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-form")));
    String id = browser.getCurrentUrl().replaceAll(".*id=", "");
    JsonObject stored = Http.json(providerApi().getJson("api/courses/" + id)).asJsonObject();
    HttpResponse<String> meanwhile =
        providerApi()
            .putJson(
                "api/courses/" + id,
                "{\"title\":\"Changed elsewhere\",\"deliveryMode\":\"ONLINE\",\"hours\":1,\"version\":"
                    + stored.getJsonNumber("version")
                    + "}");
    assertThat(meanwhile.statusCode()).isEqualTo(200);
    browser.findElement(By.id("title")).clear();
    browser.findElement(By.id("title")).sendKeys("My late change");
    browser.findElement(By.id("save-course")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
    assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
        .contains("changed by someone else");
    assertThat(
            Http.json(providerApi().getJson("api/courses/" + id)).asJsonObject().getString("title"))
        .isEqualTo("Changed elsewhere");
  }

  @Test
  void aLinkWorkerFindsACourseForACompetencyAtALevelFromTheFrameworkBrowser() {
    Browser.signIn(browser, base, "alex.link", Http.DEMO_PASSWORD);
    browser.findElement(By.id("nav-framework")).click();
    WebElement link =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#competency-PC-1 .courses-link")));
    link.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-search-form")));
    assertThat(
            new Select(browser.findElement(By.id("competency")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("PC.1");
    Browser.assertAccessible(browser);

    new Select(browser.findElement(By.id("level"))).selectByValue("2");
    // The page has results for PC.1 already: wait for the search's page, not for those.
    WebElement searched = browser.findElement(By.id("course-search-form"));
    browser.findElement(By.id("course-search")).click();
    waiting().until(ExpectedConditions.stalenessOf(searched));
    // Chromium may still be swapping documents: read the results until they hold the course.
    waiting()
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("course-results"), "What matters to you: person-centred conversations"));

    browser.findElement(By.linkText("What matters to you: person-centred conversations")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-mappings")));
    assertThat(browser.findElement(By.id("course-provider")).getText())
        .isEqualTo("Community Learning Partnership");
    assertThat(browser.findElements(By.id("edit-course"))).isEmpty();
    Browser.assertAccessible(browser);
    browser.findElement(By.cssSelector("#course-mappings li[data-competency='PC.1'] a")).click();
    waiting().until(ExpectedConditions.urlContains("framework/browse.xhtml#competency-PC-1"));
  }

  @Test
  void provisionShowsGapsInWordsAndEachCountLeadsToTheCoursesItCounts() {
    Browser.signIn(browser, base, "alex.link", Http.DEMO_PASSWORD);
    browser.findElement(By.id("nav-provision")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("provision")));
    Browser.assertAccessible(browser);
    assertThat(browser.findElements(By.cssSelector("#provision td.gap"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#provision td.gap")).getText()).contains("0");

    WebElement counted =
        browser.findElement(
            By.cssSelector("#provision tr[data-competency='PC.1'] td[data-level='2'] a"));
    String count = counted.getText();
    counted.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("course-count")));
    assertThat(browser.findElement(By.id("course-count")).getText()).endsWith(" " + count);
    Browser.screenshot(browser, "provision");
  }
}
