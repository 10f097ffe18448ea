package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
import org.linkworker.trellis.testing.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steward's diff of two framework versions in a real browser, by keyboard: LWCF version 2
 * imported under a version of this run's own, reached from the import page, compared with version 1
 * chosen in the form; the counts, the split and the merge read from the table; a version with none
 * before it said so next to the field; the CSV download. axe on the page; every control reached by
 * Tab.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkDiffPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;

  @BeforeEach
  void start() {
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.quit();
  }

  @Test
  void theStewardComparesVersionOneWithVersionTwoByKeyboard() {
    String version = importedVersion();

    Browser.signInOnce(browser, base, "steward");
    browser.get(base + "framework/import.xhtml");
    arrive("version-list");
    press("diff-LWCF-" + version);
    arrive("diff-form");
    Browser.assertAccessible(browser);

    WebElement from = Keyboard.tabTo(browser, "from");
    from.sendKeys("1");
    waiting()
        .until(
            d ->
                "1"
                    .equals(
                        new Select(d.findElement(By.id("from")))
                            .getFirstSelectedOption()
                            .getAttribute("value")));
    assertThat(new Select(browser.findElement(By.id("version"))).getFirstSelectedOption().getText())
        .isEqualTo(version);
    press("diff-show");
    waiting()
        .until(
            d ->
                d.findElement(By.id("diff-summary-heading"))
                    .getText()
                    .equals("LWCF version 1 to version " + version));

    for (String kind : List.of("SPLIT", "MERGED", "CHANGED", "NEW", "RETIRED")) {
      assertThat(text("count-" + kind)).as(kind).isEqualTo("1");
    }
    assertThat(Integer.parseInt(text("count-UNCHANGED"))).isPositive();
    List<WebElement> rows = browser.findElements(By.cssSelector("#diff-changes tbody tr"));
    assertThat(rows).hasSize(5);
    WebElement split = browser.findElement(By.cssSelector("#diff-changes tr.change-SPLIT"));
    assertThat(split.findElement(By.className("change-kind")).getText()).isEqualTo("Split");
    assertThat(split.findElement(By.className("change-from")).getText()).startsWith("CR.3 ");
    assertThat(split.findElement(By.className("change-to")).getText())
        .contains("CR.3 Hold confident, effective conversations", "CR.7 Write clear");
    WebElement merged = browser.findElement(By.cssSelector("#diff-changes tr.change-MERGED"));
    assertThat(merged.findElement(By.className("change-kind")).getText()).isEqualTo("Merged");
    assertThat(merged.findElement(By.className("change-from")).getText())
        .contains("DI.1 ", "DI.6 ");
    assertThat(merged.findElement(By.className("change-to")).getText()).startsWith("DI.1 ");
    WebElement moved = browser.findElement(By.cssSelector("#diff-changes tr.change-CHANGED"));
    assertThat(moved.findElement(By.className("change-fields")).getText())
        .isEqualTo("code, domain, statement");
    for (String count : List.of("change-workers", "change-entries", "change-courses")) {
      assertThat(Integer.parseInt(split.findElement(By.className(count)).getText()))
          .isNotNegative();
    }
    assertThat(browser.findElements(By.id("no-differences"))).isEmpty();
    assertThat(browser.findElement(By.id("diff-csv")).getAttribute("href"))
        .contains("format=csv", "from=1", "version=" + version);
    assertThat(browser.findElement(By.id("diff-pdf")).getAttribute("href"))
        .contains("format=pdf", "from=1", "version=" + version);
    Browser.assertAccessible(browser);
    Keyboard.assertEveryControlReachable(browser);
    Browser.screenshot(browser, "framework-diff");
  }

  @Test
  void aVersionWithNoneBeforeItSaysSoNextToTheEarlierVersionAndTheDiffDownloadsAsCsvAndPdf() {
    Browser.signInOnce(browser, base, "steward");
    browser.get(base + "framework/diff.xhtml?code=LWCF&version=1");
    arrive("from-message");
    waiting().until(d -> !d.findElement(By.id("from-message")).getText().isBlank());
    assertThat(text("from-message")).contains("has no version before 1");
    assertThat(browser.findElements(By.id("diff-changes"))).isEmpty();
    Browser.assertAccessible(browser);
    Keyboard.assertEveryControlReachable(browser);

    HttpResponse<String> csv =
        WebSession.signedIn(base, "steward", Http.DEMO_PASSWORD)
            .get(
                "framework/diff.xhtml?code=LWCF&version="
                    + importedVersion()
                    + "&from=1&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo("kind,from_code,from_title,to_code,to_title,fields,workers,entries,courses");
    assertThat(csv.body()).contains("RETIRED,CC.5,");

    HttpResponse<String> pdf =
        WebSession.signedIn(base, "steward", Http.DEMO_PASSWORD)
            .get(
                "framework/diff.xhtml?code=LWCF&version="
                    + importedVersion()
                    + "&from=1&format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  /** LWCF version 2 imported by the steward under a version of its own; the version. */
  private String importedVersion() {
    String version =
        "2-page" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    HttpResponse<String> imported =
        new Http(base)
            .as("steward")
            .postJsonFile(
                "api/frameworks?code=LWCF&version=" + version,
                TestData.shipped("lwcf-2.case.json").content());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    return version;
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private void press(String id) {
    Keyboard.press(browser, id);
  }
}
