package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annual declaration and the portfolio download in a real browser, by keyboard: a link worker
 * who has not declared is asked on the home page, reads the standards, is told to tick the box when
 * they forget, declares with a comment and is asked no more; the code of practice page shows their
 * own entries under the standard they name; My CPD offers their whole portfolio as a ZIP, which the
 * browser's session downloads. Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationPagesIT {

  private static final String PASSWORD = "declaration-pages-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  private String run;
  private String worker;
  private String supervisor;
  private String entryId;

  @BeforeEach
  void start() {
    browser = Browser.start();
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Declaring " + run + "\",\"kind\":\"EMPLOYER\"}");
    String organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "ps" + run;
    worker = "pw" + run;
    add(steward, organisation, supervisor, "Dee Supervisor", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        worker,
        "Dara Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    HttpResponse<String> entry =
        new Http(base)
            .as(worker, PASSWORD)
            .postJson(
                "api/people/" + worker + "/cpd-entries",
                "{\"title\":\"Boundaries in home visits "
                    + run
                    + "\",\"type\":\"PEER_LEARNING\","
                    + "\"hours\":2.5,\"standard\":\"CP.3\"}");
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
    entryId = Http.json(entry).asJsonObject().getString("id");
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

  /** Waits up to a minute; an element replaced while it is read is read again. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Presses Tab until the focused element is the one wanted. */
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

  private void typeInto(String id, CharSequence... keys) {
    tabTo(id);
    new Actions(browser).sendKeys(keys).perform();
  }

  private void press(String id) {
    tabTo(id);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
  }

  private void arrive(String id) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** Ids named by aria-describedby that no element of the page has. */
  @SuppressWarnings("unchecked")
  private java.util.List<String> danglingDescriptions() {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('[aria-describedby]'))"
                    + ".flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)"
                    + ".filter(id => id && !document.getElementById(id))"
                    + ".map(id => e.id + ' -> ' + id));");
  }

  private long declarations() {
    return Long.parseLong(
        new Http(base)
            .as(worker, PASSWORD)
            .getJson("api/people/" + worker + "/declarations")
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  @Test
  void aDueWorkerDeclaresByKeyboardAndIsAskedNoMore() {
    Browser.signIn(browser, base, worker, PASSWORD);
    arrive("declaration-due");
    assertThat(browser.findElement(By.id("declaration-due")).getText())
        .contains("Your annual declaration is due");
    Browser.assertAccessible(browser);

    press("make-declaration");
    arrive("declaration-form");
    assertThat(browser.findElements(By.cssSelector("#code article.standard"))).hasSize(10);
    assertThat(browser.findElement(By.id("not-declared")).getText())
        .contains("You have not declared");
    assertThat(browser.findElement(By.id("no-declarations")).isDisplayed()).isTrue();
    assertThat(danglingDescriptions()).isEmpty();
    Browser.assertAccessible(browser);

    // Forgetting the box: told next to it, and nothing is declared.
    typeInto("declaration-statement", "Boundaries are my focus this year.");
    press("declare");
    waiting().until(d -> !d.findElement(By.id("declaration-confirm-message")).getText().isBlank());
    assertThat(browser.findElement(By.id("declaration-confirm-message")).getText())
        .contains("Tick the box");
    assertThat(browser.findElement(By.id("declaration-statement")).getAttribute("value"))
        .isEqualTo("Boundaries are my focus this year.");
    assertThat(declarations()).isZero();
    Browser.assertAccessible(browser);

    // Ticking it with the space bar, then declaring.
    tabTo("declaration-confirm");
    new Actions(browser).sendKeys(Keys.SPACE).perform();
    assertThat(browser.findElement(By.id("declaration-confirm")).isSelected()).isTrue();
    press("declare");
    arrive("declaration-done");
    assertThat(browser.findElement(By.id("declaration-done")).getText()).contains("is recorded");
    assertThat(browser.findElement(By.id("declared")).getText()).contains("LWCF");
    assertThat(browser.findElements(By.id("declaration-form"))).isEmpty();
    assertThat(browser.findElement(By.id("declarations-table")).getText())
        .contains("Boundaries are my focus this year.");
    assertThat(declarations()).isEqualTo(1);
    Browser.assertAccessible(browser);

    browser.get(base + "index.xhtml");
    arrive("index-greeting");
    assertThat(browser.findElements(By.id("declaration-due"))).isEmpty();

    // Their supervisor reads it, and is offered no form.
    WebSession sup = WebSession.signedIn(base, supervisor, PASSWORD);
    HttpResponse<String> page = sup.get("portfolio/declaration.xhtml?username=" + worker);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Boundaries are my focus this year.")
        .doesNotContain("declaration-form");
  }

  @Test
  void theCodeOfPracticePageShowsTheWorkersOwnEntriesUnderTheStandardTheyName() {
    Browser.signIn(browser, base, worker, PASSWORD);
    browser.get(base + "framework/code-of-practice.xhtml");
    arrive("standard-CP-3-practice");

    assertThat(browser.findElement(By.id("standard-CP-3-practice")).getText())
        .isEqualTo("One entry, 2.5 hours.");
    assertThat(browser.findElement(By.id("standard-CP-1-practice")).getText())
        .contains("None of your CPD entries");
    Browser.assertAccessible(browser);

    tabUntil(e -> e.getText().equals("Boundaries in home visits " + run));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().contains(entryId));
  }

  @Test
  void myCpdOffersTheWholePortfolioAsAZipWhichTheBrowsersSessionDownloads() throws Exception {
    Browser.signIn(browser, base, worker, PASSWORD);
    browser.get(base + "portfolio/entries.xhtml");
    arrive("export-form");
    assertThat(danglingDescriptions()).isEmpty();
    Browser.assertAccessible(browser);
    WebElement button = tabTo("download-portfolio");
    assertThat(button.getAttribute("value")).isEqualTo("Download my whole portfolio (ZIP)");

    HttpResponse<byte[]> download = pressWithTheBrowsersSession("portfolio/entries.xhtml");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/zip");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"portfolio-" + worker + "-");
    assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        contents.put(entry.getName(), in.readAllBytes());
      }
    }
    JsonObject document;
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(contents.get("portfolio.json")))) {
      document = reader.readObject();
    }
    assertThat(document.getJsonObject("person").getString("username")).isEqualTo(worker);
    assertThat(document.getJsonArray("entries").getJsonObject(0).getString("id"))
        .isEqualTo(entryId);

    // Someone else's entries offer no download.
    WebSession sup = WebSession.signedIn(base, supervisor, PASSWORD);
    assertThat(sup.get("portfolio/entries.xhtml?username=" + worker).body())
        .doesNotContain("download-portfolio");
  }

  private static final Pattern FORM =
      Pattern.compile("(<form\\b[^>]*\\bid=\"export-form\"[^>]*>)(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z.:-]+)=\"([^\"]*)\"");

  /**
   * Presses the download button as the browser would, in the browser's own session (its cookie):
   * loads the page, sends its form back with the button, and returns the answer's bytes.
   */
  private HttpResponse<byte[]> pressWithTheBrowsersSession(String path)
      throws IOException, InterruptedException {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    URI page = URI.create(base + path);
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String html =
        client
            .send(
                HttpRequest.newBuilder(page)
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher form = FORM.matcher(html);
    assertThat(form.find()).as("the export form on " + path).isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(2));
    while (input.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(input.group());
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
      }
      if (attributes.containsKey("name")) {
        fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    Matcher action = ACTION.matcher(form.group(1));
    assertThat(action.find()).isTrue();
    URI target = page.resolve(action.group(1).replace("&amp;", "&"));
    return client.send(
        HttpRequest.newBuilder(target)
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", page.getScheme() + "://" + page.getAuthority())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
