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
import java.util.Set;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CPD import page in a real browser, by keyboard: a link worker goes from My CPD to the import,
 * reads the columns, uploads a file with good and bad rows, follows it to its end and reads the
 * refused rows, uploads the mended file, and finds the entries in My CPD. Every state of the page
 * is checked with axe, and every control on it is reached with the Tab key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdImportPagesIT {

  private static final String PASSWORD = "cpd-import-pages-2026";
  private static final String HEADER =
      "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status\r\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String worker;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Import pages " + run + "\",\"kind\":\"EMPLOYER\"}");
    String organisation = Http.json(org).asJsonObject().getString("id");
    worker = "iw" + run;
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            ("{\"username\":\"%s\",\"displayName\":\"Ira Importer\",\"password\":\"%s\","
                    + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\"}")
                .formatted(worker, PASSWORD));
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

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** Presses Tab until the element with this id has the focus, and returns it. */
  private WebElement tabTo(String id) {
    for (int i = 0; i < 300; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      if (id.equals(active.getAttribute("id"))) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  private void press(String id) {
    tabTo(id);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private void assertEveryControlReachableByTab() {
    List<WebElement> controls = Keyboard.focusableControls(browser);
    Set<WebElement> reached = Keyboard.tabThrough(browser);
    assertThat(reached)
        .as("controls reached by Tab on %s", browser.getCurrentUrl())
        .containsAll(controls);
  }

  private Path file(String content) {
    try {
      Path file = Files.createTempFile("cpd-" + run + "-", ".csv");
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chooses the file (a file chooser takes a path, not keys) and presses Import by keyboard. */
  private void upload(Path file) {
    tabTo("file").sendKeys(file.toAbsolutePath().toString());
    press("upload");
    waiting()
        .until(
            d ->
                List.of("COMPLETED", "FAILED", "STOPPED")
                    .contains(d.findElement(By.id("import-state")).getAttribute("data-status")));
  }

  @Test
  void aWorkerImportsTheirHistoryReadsTheRefusedRowsAndImportsTheMendedFileByKeyboard() {
    Browser.signIn(browser, base, worker, PASSWORD);
    browser.get(base + "portfolio/entries.xhtml");
    arrive("to-import");
    press("to-import");
    arrive("upload-form");
    assertThat(browser.findElement(By.id("import-columns")).getText())
        .contains("key", "(required)", "claims", "COMPETENCY:LEVEL", "SUBMITTED");
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();

    String mixed =
        HEADER
            + "P1,2026-02-03,Listening well,COURSE,3,,,,,,PC.1:2,\r\n"
            + "P2,2026-02-04,Far too long,COURSE,500,,,,,,,\r\n"
            + "P3,2026-02-05,Unknown competency,READING,1,,,,,,ZZ.1:1,\r\n";
    upload(file(mixed));

    assertThat(browser.findElement(By.id("import-state")).getText()).contains("3 of 3");
    WebElement bar = browser.findElement(By.id("import-bar"));
    assertThat(bar.getAttribute("value")).isEqualTo("3");
    assertThat(bar.getAttribute("max")).isEqualTo("3");
    assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("2");
    String errors = browser.findElement(By.id("import-errors")).getText();
    assertThat(errors).contains("3", "hours", "Hours must be between 0.25 and 100.");
    assertThat(errors).contains("4", "claims", "ZZ.1 is not a competency of LWCF");
    assertThat(browser.findElements(By.id("download-errors"))).hasSize(1);
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();
    Browser.screenshot(browser, "cpd-import");

    press("import-another");
    arrive("upload-form");
    String mended =
        HEADER
            + "P1,2026-02-03,Listening well,COURSE,3,,,,,,PC.1:2,\r\n"
            + "P2,2026-02-04,Not so long,COURSE,5,,,,,,,\r\n"
            + "P3,2026-02-05,Known competency,READING,1,,,,,,CC.1:1,SUBMITTED\r\n";
    upload(file(mended));
    assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("import-unchanged")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("0");
    assertThat(browser.findElements(By.id("import-errors"))).isEmpty();
    assertThat(browser.findElement(By.id("recent-imports")).getText())
        .contains("2 created, 0 updated, 1 unchanged, 0 refused")
        .contains("1 created, 0 updated, 0 unchanged, 2 refused");
    Browser.assertAccessible(browser);

    press("import-to-entries");
    arrive("entries-filter-form");
    String entries = browser.findElement(By.tagName("main")).getText();
    assertThat(entries).contains("Listening well", "Not so long", "Known competency");
  }
}
