package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
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
 * The steward moves a framework to its next version in a real browser, by keyboard: on version 2's
 * draft page (version 1 current, under a code of the class's own so that the rest of the suite
 * keeps the LWCF it knows), the current version's stages are copied with each level carried to the
 * competencies that continue the old ones, then published as the current version; version 1 stays
 * readable. axe on every state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworkVersionsPagesIT {

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

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  @Test
  void theStewardCopiesTheCurrentStagesToVersionTwoAndMakesItCurrentByKeyboard() {
    String code = "VP" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    Http steward = new Http(base).as("steward");
    ok(
        steward.postJsonFile(
            "api/frameworks?code=" + code + "&version=1",
            TestData.shipped("lwcf-1.case.json").content()),
        201);
    ok(
        steward.putJson(
            "api/frameworks/" + code + "/1/stages",
            """
            [{"code":"%1$s_ONE","title":"First","requirements":{"CR.3":2,"TS.6":1}},
             {"code":"%1$s_TWO","title":"Second","requirements":{"CR.3":3,"DI.6":3,"CC.5":2}}]
            """
                .formatted(code)),
        200);
    ok(steward.postJson("api/frameworks/" + code + "/1/publish", "{\"current\":true}"), 200);
    ok(
        steward.postJsonFile(
            "api/frameworks?code=" + code + "&version=2",
            TestData.shipped("lwcf-2.case.json").content()),
        201);

    Browser.signInOnce(browser, base, "steward");
    browser.get(base + "framework/draft.xhtml?code=" + code + "&version=2");
    arrive("draft-form");
    assertThat(browser.findElements(By.id("no-stages"))).hasSize(1);
    assertThat(text("copy-stages-hint")).contains("Another version of this framework is current");
    Browser.assertAccessible(browser);

    press("copy-stages");
    arrive("stages-copied");
    assertThat(browser.findElement(By.id("stages:0:stage-code")).getAttribute("value"))
        .isEqualTo(code + "_ONE");
    assertThat(browser.findElement(By.id("stages:1:stage-title")).getAttribute("value"))
        .isEqualTo("Second");
    assertThat(required("CR.3", 1)).isEqualTo("3");
    assertThat(required("CR.7", 1)).isEqualTo("3"); // split from CR.3
    assertThat(required("DI.1", 1)).isEqualTo("3"); // DI.6 merged into it
    assertThat(required("LY.6", 0)).isEqualTo("1"); // TS.6 moved
    assertThat(required("DI.7", 1)).isEmpty(); // new
    Browser.assertAccessible(browser);

    Keyboard.tabTo(browser, "make-current");
    assertThat(browser.findElement(By.id("make-current")).isSelected()).isTrue();
    press("publish");
    waiting().until(ExpectedConditions.urlContains("/framework/stages"));
    Browser.assertAccessible(browser);

    JsonObject two = Http.json(steward.getJson("api/frameworks/" + code + "/2")).asJsonObject();
    assertThat(two.getString("status")).isEqualTo("PUBLISHED");
    assertThat(two.getBoolean("current")).isTrue();
    assertThat(two.getJsonArray("stages")).hasSize(2);
    JsonObject one = Http.json(steward.getJson("api/frameworks/" + code + "/1")).asJsonObject();
    assertThat(one.getBoolean("current")).isFalse();
    assertThat(one.getString("status")).isEqualTo("PUBLISHED");
  }

  /** The level chosen for a competency (by code) at a stage (by index): "" when none. */
  private String required(String competency, int stage) {
    WebElement row =
        browser.findElement(
            By.xpath(
                "//table[@id='stage-editor']/tbody/tr[th/span[@class='code' and text()='"
                    + competency
                    + "']]"));
    WebElement select = row.findElements(By.tagName("select")).get(stage);
    return new Select(select).getFirstSelectedOption().getAttribute("value");
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
