package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bad-input corpus through the pages (issue 13): hostile and impossible values typed into the
 * main forms (quick add, the full entry form, course edit, adding a person, an access token) in a
 * real browser. The value is put into the field as a script would, past the browser's own checks
 * (maxlength, type=number, type=date), and the form submitted. Each case ends with a message next
 * to the field, or saved and shown as the text that was typed; never the error page, never an
 * alert, never an element the value injected, never 49 for {@code #{7*7}}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputPagesIT {

  private static final String PASSWORD = "bad-input-pages-2026";

  /** kind → outcome → count. */
  private static final Map<String, Map<String, Integer>> TALLY = new ConcurrentHashMap<>();

  /** What the page holds after the submit: injected elements, error page, field message, text. */
  private static final String INSPECT =
      "const id = arguments[0];"
          + "const message = document.getElementById(id + '-message');"
          + "const summary = Array.from(document.querySelectorAll('.error-summary'))"
          + "  .map(e => e.textContent.trim()).join(' ');"
          + "const field = document.getElementById(id);"
          + "const injected = document.querySelectorAll('[onerror], svg[onload], img[src=\"x\"]').length"
          + "  + Array.from(document.scripts).filter(s => s.textContent.includes('alert(1)')).length;"
          + "return {"
          + "  message: message ? message.textContent.trim() : '',"
          + "  summary: summary,"
          + "  value: field ? field.value : null,"
          + "  injected: injected,"
          + "  errorPage: document.getElementById('error-500') !== null,"
          + "  text: document.body.innerText };";

  /** Puts a value into a field as a script would: no maxlength, no type=number or date. */
  private static final String TYPE =
      "const e = document.getElementById(arguments[0]);"
          + "e.removeAttribute('maxlength');"
          + "if (e.tagName === 'INPUT') { e.type = 'text'; }"
          + "e.value = arguments[1];";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static WebDriver browser;
  private static String signedIn;
  private String run;
  private String organisation;
  private String worker;
  private String employer;
  private String provider;

  /** A form: where it is, who fills it, the valid values, the selects, and its button. */
  record Form(
      String name,
      String user,
      String page,
      Map<String, String> values,
      Map<String, String> selects,
      List<String> checks,
      String submit) {}

  /** A value for one field of a form, and whether it is hostile text that must come back whole. */
  record Probe(String kind, String label, String value, boolean mustShow) {}

  @TestFactory
  Stream<DynamicTest> everyBadValueGetsAFieldMessageOrIsShownAsText() {
    fixtures();
    String today = LocalDate.now().toString();
    Form quickAdd =
        new Form(
            "quick add",
            worker,
            "index.xhtml",
            map("quick-title", "Probe", "quick-hours", "1", "quick-date", today),
            map("quick-type", "READING"),
            List.of(),
            "quick-add-save");
    Form entry =
        new Form(
            "full entry form",
            worker,
            "portfolio/edit.xhtml",
            map(
                "title",
                "Probe",
                "hours",
                "1",
                "date",
                today,
                "reflection-what",
                "What",
                "reflection-learned",
                "Learned",
                "reflection-change",
                "Change"),
            map("type", "READING"),
            List.of(),
            "save-entry");
    Form course =
        new Form(
            "course edit",
            provider,
            "catalogue/edit.xhtml",
            map(
                "title",
                "Probe course",
                "code",
                "",
                "description",
                "About probes",
                "hours",
                "2",
                "accreditation",
                "None",
                "url",
                "https://example.org/probe"),
            map("delivery-mode", "ONLINE", "status", "DRAFT"),
            List.of(),
            "save-course");
    Form person =
        new Form(
            "person add",
            employer,
            "organisation/people.xhtml?id=" + organisation,
            map("new-username", "", "new-display-name", "Probe person", "new-password", PASSWORD),
            map(),
            List.of("LINK_WORKER"),
            "add-person");
    Form token =
        new Form(
            "token create",
            worker,
            "account/tokens.xhtml",
            map("token-name", "Probe token", "token-days", "30"),
            map(),
            List.of(),
            "create-token");

    List<Probe> hostile =
        List.of(
            new Probe("XSS", "script element", "<script>alert(1)</script>", true),
            new Probe("XSS", "attribute break-out", "\"><img src=x onerror=alert(1)>", true),
            new Probe("EL", "deferred EL", "#{7*7}", true),
            new Probe("EL", "immediate EL", "${7*7}", true),
            new Probe("SQL", "tautology", "' OR '1'='1", true),
            new Probe("RTL", "right-to-left override", "report\u202Efdp.exe", true),
            new Probe("OVERLONG", "1,000 characters", "o".repeat(1000), false),
            new Probe("CONTROL", "NUL", "a\u0000b", false));
    List<DynamicTest> tests = new ArrayList<>();
    Object[][] textFields = {
      {quickAdd, "quick-title"},
      {entry, "reflection-what"},
      {course, "title"},
      {person, "new-display-name"},
      {token, "token-name"},
    };
    for (Object[] f : textFields) {
      Form form = (Form) f[0];
      String field = (String) f[1];
      for (Probe probe : hostile) {
        if (field.equals("reflection-what") && probe.kind().equals("OVERLONG")) {
          tests.add(
              probe(
                  form, field, new Probe("OVERLONG", "4,001 characters", "r".repeat(4001), false)));
          continue;
        }
        tests.add(probe(form, field, probe));
      }
    }
    String[][] others = {
      {"NUMBER", "hours -1", "-1"},
      {"NUMBER", "hours 0", "0"},
      {"NUMBER", "hours 1e308", "1e308"},
      {"NUMBER", "hours NaN", "NaN"},
      {"TYPE", "hours as words", "two"},
    };
    for (String[] o : others) {
      tests.add(probe(quickAdd, "quick-hours", new Probe(o[0], o[1], o[2], false)));
    }
    tests.add(probe(course, "hours", new Probe("NUMBER", "hours -1", "-1", false)));
    tests.add(probe(course, "hours", new Probe("NUMBER", "hours 1e308", "1e308", false)));
    String[][] dates = {
      {"DATE", "30 February", "2026-02-30"},
      {"DATE", "month 13", "2026-13-01"},
      {"DATE", "not a date", "not-a-date"},
      {"DATE", "year 99999", "99999-01-01"},
    };
    for (String[] d : dates) {
      tests.add(probe(quickAdd, "quick-date", new Probe(d[0], d[1], d[2], false)));
    }
    tests.add(probe(entry, "date", new Probe("DATE", "30 February", "2026-02-30", false)));
    tests.add(probe(entry, "date", new Probe("DATE", "year 0", "0000-01-01", false)));
    tests.add(
        probe(course, "url", new Probe("XSS", "javascript: URL", "javascript:alert(1)", false)));
    tests.add(probe(person, "new-username", new Probe("XSS", "username", "<script>", false)));
    tests.add(probe(person, "new-username", new Probe("SQL", "username", "' OR 1=1 --", false)));
    tests.add(probe(token, "token-days", new Probe("NUMBER", "days -1", "-1", false)));
    tests.add(probe(token, "token-days", new Probe("NUMBER", "days 1e308", "1e308", false)));
    return tests.stream();
  }

  @AfterAll
  static void printTheTally() {
    int total = TALLY.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    StringBuilder out = new StringBuilder("Bad-input corpus (pages): " + total + " cases\n");
    new TreeMap<>(TALLY)
        .forEach(
            (kind, outcomes) ->
                out.append("  ").append(kind).append(' ').append(outcomes).append('\n'));
    Map<String, Integer> byOutcome = new TreeMap<>();
    TALLY.values().forEach(m -> m.forEach((s, n) -> byOutcome.merge(s, n, Integer::sum)));
    out.append("  by outcome ").append(byOutcome);
    System.out.println(out);
    if (browser != null) {
      browser.quit();
      browser = null;
      signedIn = null;
    }
  }

  private DynamicTest probe(Form form, String field, Probe probe) {
    return DynamicTest.dynamicTest(
        "[" + probe.kind() + "] " + form.name() + " " + field + ": " + probe.label(),
        () -> {
          String outcome;
          try {
            outcome = submit(form, field, probe);
          } catch (AssertionError failed) {
            throw new AssertionError(
                form.name() + " " + field + " " + probe.label() + ": " + failed.getMessage(),
                failed);
          }
          TALLY.computeIfAbsent(probe.kind(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        });
  }

  @SuppressWarnings("unchecked")
  private String submit(Form form, String field, Probe probe) {
    if (browser == null) {
      browser = Browser.start();
    }
    if (!form.user().equals(signedIn)) {
      browser.manage().deleteAllCookies();
      Browser.signIn(
          browser,
          base,
          form.user(),
          form.user().equals("steward") ? Http.DEMO_PASSWORD : PASSWORD);
      signedIn = form.user();
    }
    browser.get(base + form.page());
    WebElement button = waitFor(form.submit());
    for (Map.Entry<String, String> value : form.values().entrySet()) {
      String text = value.getValue();
      if (text.isEmpty()) {
        // A value that must be new each time: a username, a course code, a name.
        text = "bp" + UUID.randomUUID().toString().substring(0, 10);
      }
      if (value.getKey().equals("organisation-name")) {
        text = "Probe " + text;
      }
      type(value.getKey(), text);
    }
    for (Map.Entry<String, String> select : form.selects().entrySet()) {
      new Select(browser.findElement(By.id(select.getKey()))).selectByValue(select.getValue());
    }
    for (String check : form.checks()) {
      WebElement box =
          browser.findElement(By.cssSelector("input[type=checkbox][value='" + check + "']"));
      if (!box.isSelected()) {
        box.click();
      }
    }
    if (form.page().startsWith("organisation/people")) {
      // A link worker needs a stage; the first one the page offers will do.
      Select stage = new Select(browser.findElement(By.id("new-stage")));
      stage.selectByIndex(1);
    }
    type(field, probe.value());
    button.click();
    // Chromium may answer "node does not belong to the document" while it swaps documents
    // rather than "stale": asked again, it says stale.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(button));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertNoAlert();
    Map<String, Object> page =
        (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(INSPECT, field);
    String name = form.name() + " " + field + " " + probe.label();
    assertThat(page.get("errorPage")).as(name + ": the error page").isEqualTo(false);
    assertThat(((Number) page.get("injected")).intValue())
        .as(name + ": injected elements")
        .isZero();
    String message = (String) page.get("message");
    String summary = (String) page.get("summary");
    boolean refused = !message.isEmpty() || !summary.isEmpty();
    if (probe.mustShow()) {
      if (refused) {
        assertThat((String) page.get("value"))
            .as(name + ": the value given back")
            .isEqualTo(probe.value());
      } else {
        assertThat((String) page.get("text")).as(name + ": shown as text").contains(probe.value());
      }
    } else {
      assertThat(refused)
          .as(name + ": a message next to the field or above the form, page: %s", page.get("text"))
          .isTrue();
    }
    if (probe.value().contains("7*7")) {
      assertThat((String) page.get("text"))
          .as(name)
          .doesNotContain("Probe 49")
          .doesNotContain("\n49\n");
    }
    return !message.isEmpty() ? "field message" : refused ? "form message" : "saved, shown as text";
  }

  private void assertNoAlert() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("an alert opened: " + text);
    } catch (NoAlertPresentException none) {
      // As it should be.
    }
  }

  private void type(String id, String value) {
    ((JavascriptExecutor) browser).executeScript(TYPE, id, value);
  }

  private WebElement waitFor(String id) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    } catch (org.openqa.selenium.TimeoutException missing) {
      throw new AssertionError(
          "no #"
              + id
              + " on "
              + browser.getCurrentUrl()
              + ": "
              + abbreviate(browser.getPageSource()),
          missing);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() < 1500 ? text : text.substring(0, 1500) + "…";
  }

  private static Map<String, String> map(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private void fixtures() {
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Bad pages " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    organisation = Http.json(org).asJsonObject().getString("id");
    HttpResponse<String> providerOrg =
        steward.postJson(
            "api/organisations",
            "{\"name\":\"Bad pages provider " + run + "\",\"kind\":\"PROVIDER\"}");
    assertThat(providerOrg.statusCode()).as(providerOrg.body()).isEqualTo(201);
    provider =
        person(
            steward,
            Http.json(providerOrg).asJsonObject().getString("id"),
            "bpp" + run,
            "[\"PROVIDER\"]",
            null,
            null);
    employer = person(steward, organisation, "bpe" + run, "[\"EMPLOYER\"]", null, null);
    String supervisor =
        person(
            steward, organisation, "bps" + run, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    worker =
        person(steward, organisation, "bpw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
  }

  private static String person(
      Http steward, String org, String username, String roles, String stage, String supervisedBy) {
    String body =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                stage == null ? "" : ",\"stage\":\"" + stage + "\"",
                supervisedBy == null ? "" : ",\"supervisor\":\"" + supervisedBy + "\"");
    HttpResponse<String> response = steward.postJson("api/organisations/" + org + "/people", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return username;
  }
}
