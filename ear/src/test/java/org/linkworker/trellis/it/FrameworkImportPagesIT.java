package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steward's framework import page in a real browser, by keyboard: from the navigation to the
 * page, a press of Import with no file (the field says so), a real package written by another tool
 * previewed with chosen item types, imported as a draft and browsed; a malformed package refused
 * next to the file field with nothing stored. axe on every state; every control reached by Tab.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkImportPagesIT {

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
  void theStewardPreviewsAndImportsARealPackageByKeyboard() {
    String code = "WP" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 4);
    Browser.signInOnce(browser, base, "steward");
    browser.get(base + "index.xhtml");
    press("nav-framework-import");
    arrive("import-form");
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();

    press("import");
    arrive("file-message");
    waiting()
        .until(
            d -> d.findElement(By.id("file-message")).getText().contains("Choose a CASE package"));
    assertThat(browser.findElements(By.id("import-done"))).isEmpty();

    tabTo("file").sendKeys(shared("WhatStandardsCouldBe.json").toString());
    tabTo("code").sendKeys(code);
    tabTo("domain-type").sendKeys("Cluster");
    tabTo("competency-type").sendKeys("Standard");
    press("preview");
    arrive("import-preview");
    assertThat(text("preview-title")).isEqualTo("What Standards Could Be");
    assertThat(text("preview-code")).isEqualTo(code);
    assertThat(text("preview-counts")).contains("2 domains, 6 competencies");
    assertThat(text("preview-levels")).contains("the default scale", "1 Foundation", "4 Leading");
    assertThat(text("preview-types")).contains("Component", "Cluster", "Standard");
    assertThat(text("kept-file")).contains("WhatStandardsCouldBe.json");
    Browser.assertAccessible(browser);
    assertEveryControlReachableByTab();
    Browser.screenshot(browser, "framework-import-preview");

    press("import");
    arrive("import-done");
    assertThat(text("import-done-heading")).isEqualTo("Imported " + code + " version 1 as a draft");
    Browser.assertAccessible(browser);
    press("browse-imported");
    waiting()
        .until(
            d -> d.findElement(By.tagName("main")).getText().contains("What Standards Could Be"));
    Browser.assertAccessible(browser);
  }

  @Test
  void aMalformedPackageIsRefusedNextToTheFileWithNothingStored() {
    Http steward = new Http(base).as("steward");
    int before = Http.json(steward.getJson("api/frameworks")).asJsonArray().size();
    Browser.signInOnce(browser, base, "steward");
    browser.get(base + "framework/import.xhtml");
    arrive("import-form");

    tabTo("file").sendKeys(shared("Malformed-NotArrays.json").toString());
    press("preview");
    arrive("file-message");
    waiting().until(d -> !d.findElement(By.id("file-message")).getText().isBlank());
    assertThat(text("file-message")).contains("Malformed-NotArrays.json", "lastChangeDateTime");
    assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElements(By.id("import-preview"))).isEmpty();
    Browser.assertAccessible(browser);

    press("import");
    arrive("file-message");
    assertThat(Http.json(steward.getJson("api/frameworks")).asJsonArray()).hasSize(before);
  }

  private static Path shared(String name) {
    return TestData.sharedCaseFolder().resolve(name).toAbsolutePath();
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

  private WebElement tabTo(String id) {
    return Keyboard.tabTo(browser, id);
  }

  private void press(String id) {
    Keyboard.press(browser, id);
  }

  private void assertEveryControlReachableByTab() {
    Keyboard.assertEveryControlReachable(browser);
  }
}
