package org.linkworker.trellis.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every role's journey through the pages, as a person in a browser makes it (issue 13): each
 * virtual user signs in once through the sign-in form (the JSF view state, PrimeFaces' form nonce
 * and the session cookie carried as a browser carries them), then repeats its role's journey with a
 * think time between pages until the run's end, then signs out.
 *
 * <ul>
 *   <li>a <b>link worker</b> opens the home page, records a CPD entry with its quick add, submits
 *       it from the entry's page and opens their gap report;
 *   <li>a <b>supervisor</b> opens the verification queue and verifies the oldest entry in it;
 *   <li>an <b>employer</b> opens their organisation's coverage heatmap;
 *   <li>a <b>provider</b> searches the catalogue, opens their courses, and edits one of them (its
 *       description);
 *   <li>the <b>steward</b> opens the national view.
 * </ul>
 *
 * <p>Every request is checked: a page answers 200, still signed in (the sign-out form is there),
 * with no error summary; each form post lands where it should (the entry page after a quick add,
 * the entry submitted, the course saved). The accounts come from a file ({@link LoadAccounts}):
 * workers, supervisors and providers are each used by one virtual user only (their writes would
 * otherwise meet); employers and stewards only read, and are shared round-robin when fewer.
 *
 * <p>Settings are system properties ({@link LoadSettings}).
 */
public class JourneysSimulation extends Simulation {

  private static final AtomicLong ENTRIES = new AtomicLong();
  private static final AtomicLong EDITS = new AtomicLong();
  private static final AtomicLong SEARCH = new AtomicLong();
  private static final String[] SEARCHES = {
    "practice", "wellbeing", "social", "mental health", "skills", "community"
  };

  private final LoadSettings settings = LoadSettings.fromSystemProperties();
  private final String origin = origin(settings.baseUrl());
  private final long endsAt =
      System.currentTimeMillis() + (settings.ramp() + settings.duration()) * 1000L;

  {
    LoadAccounts accounts = LoadAccounts.read(settings.accounts());
    Map<LoadAccounts.Role, Integer> mix = LoadMix.of(settings.users());
    Map<LoadAccounts.Role, List<LoadAccounts.Account>> plan = accounts.plan(mix);
    HttpProtocolBuilder protocol =
        http.baseUrl(settings.baseUrl())
            .acceptHeader("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("Trellis load test (Gatling)")
            .disableCaching()
            .warmUp(settings.baseUrl() + "/health/ready");
    List<PopulationBuilder> populations = new ArrayList<>();
    for (Map.Entry<LoadAccounts.Role, Integer> role : mix.entrySet()) {
      int users = role.getValue();
      if (users == 0) {
        continue;
      }
      Iterator<Map<String, Object>> feeder =
          LoadAccounts.feeder(role.getKey(), users, plan.get(role.getKey()));
      ChainBuilder journey = journey(role.getKey());
      populations.add(
          scenario(role.getKey().label())
              .exec(feed(feeder))
              .exec(signIn(role.getKey()))
              // A person whose sign-in failed does not go on to the pages (each would fail again,
              // not signed in, and hide the one failure that counts).
              .exitHereIfFailed()
              .exec(asLongAs(session -> System.currentTimeMillis() < endsAt).on(journey))
              .exec(signOut(role.getKey()))
              .injectOpen(rampUsers(users).during(Duration.ofSeconds(settings.ramp()))));
    }
    setUp(populations)
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(settings.ramp() + settings.duration() + 120L))
        .assertions(global().failedRequests().count().is(0L));
  }

  private ChainBuilder journey(LoadAccounts.Role role) {
    return switch (role) {
      case WORKER -> worker();
      case SUPERVISOR -> supervisor();
      case EMPLOYER -> employer();
      case PROVIDER -> provider();
      case STEWARD -> steward();
    };
  }

  // --- signing in and out ------------------------------------------------------------------------

  private ChainBuilder signIn(LoadAccounts.Role role) {
    String who = role.label();
    return exec(page(who + ": sign-in page", "/login.xhtml", false)
            .check(css("#login-form", "action").saveAs("loginAction"))
            .check(form("#login-form").saveAs("loginForm")))
        .exec(
            session ->
                session.set(
                    "loginPost",
                    fill(
                        session.getMap("loginForm"),
                        Map.of(
                            "username", session.getString("username"),
                            "password", session.getString("password"),
                            "sign-in", "Sign in"))))
        .exec(
            post(who + ": sign in", "#{loginAction}", "loginPost")
                .check(css("#sign-out-form").exists()));
  }

  private ChainBuilder signOut(LoadAccounts.Role role) {
    String who = role.label();
    return exec(page(who + ": home", "/", true)
            .check(css("#sign-out-form", "action").saveAs("signOutAction"))
            .check(form("#sign-out-form").saveAs("signOutForm")))
        .exec(
            session ->
                session.set(
                    "signOutPost",
                    fill(session.getMap("signOutForm"), Map.of("sign-out", "Sign out"))))
        .exec(
            post(who + ": sign out", "#{signOutAction}", "signOutPost")
                .check(css("#login-form").exists()));
  }

  // --- the journeys ------------------------------------------------------------------------------

  private ChainBuilder worker() {
    return exec(page("worker: home", "/", true)
            .check(css("#quick-add-form", "action").saveAs("quickAddAction"))
            .check(form("#quick-add-form").saveAs("quickAddForm")))
        .exec(think())
        .exec(
            session ->
                session.set(
                    "quickAddPost",
                    fill(
                        session.getMap("quickAddForm"),
                        Map.of(
                            "quick-title",
                            "Load test reading " + ENTRIES.incrementAndGet(),
                            "quick-type",
                            "READING",
                            "quick-hours",
                            "1.5",
                            "quick-add-save",
                            "Save"))))
        .exec(
            post("worker: quick add", "#{quickAddAction}", "quickAddPost")
                .check(css("#submit-form", "action").saveAs("submitAction"))
                .check(form("#submit-form").saveAs("submitForm")))
        .exec(think())
        .exec(
            session ->
                session.set(
                    "submitPost",
                    fill(session.getMap("submitForm"), Map.of("submit-entry", "Submit"))))
        .exec(
            post("worker: submit entry", "#{submitAction}", "submitPost")
                .check(css("#submit-form").notExists()))
        .exec(think())
        .exec(page("worker: gap report", "/progression/gap-report.xhtml", true))
        .exec(think());
  }

  private ChainBuilder supervisor() {
    return exec(page("supervisor: verification queue", "/portfolio/queue.xhtml", true)
            .check(css("form[id$=decide]", "action").optional().saveAs("decideAction"))
            .check(form("form[id$=decide]").optional().saveAs("decideForm"))
            .check(css("form[id$=decide]", "id").optional().saveAs("decideId")))
        .exec(think())
        .exec(
            doIf(session -> session.contains("decideForm"))
                .then(
                    exec(session ->
                            session.set(
                                "decidePost",
                                fill(
                                    session.getMap("decideForm"),
                                    Map.of(session.getString("decideId") + ":verify", "Verify"))))
                        .exec(
                            post("supervisor: verify", "#{decideAction}", "decidePost")
                                .check(css("#queue, #main").exists()))
                        .exec(
                            session ->
                                session
                                    .remove("decideForm")
                                    .remove("decideAction")
                                    .remove("decideId"))
                        .exec(think())));
  }

  private ChainBuilder employer() {
    return exec(page("employer: coverage heatmap", "/workforce/coverage.xhtml", true))
        .exec(think());
  }

  private ChainBuilder provider() {
    return exec(session ->
            session.set(
                "searchWords", SEARCHES[(int) (SEARCH.getAndIncrement() % SEARCHES.length)]))
        .exec(
            page("provider: catalogue search", "/catalogue/search.xhtml?q=#{searchWords}", true)
                .check(css("#main").exists()))
        .exec(think())
        .exec(
            page("provider: your courses", "/catalogue/matrix.xhtml", true)
                .check(
                    regex("catalogue/course\\.xhtml\\?id=([0-9a-fA-F-]{36})").saveAs("courseId")))
        .exec(think())
        .exec(
            page("provider: edit course", "/catalogue/edit.xhtml?id=#{courseId}", true)
                .check(css("#course-form", "action").saveAs("courseAction"))
                .check(form("#course-form").saveAs("courseForm")))
        .exec(think())
        .exec(
            session ->
                session.set(
                    "coursePost",
                    fill(
                        session.getMap("courseForm"),
                        Map.of(
                            "description",
                            "Edited by the load test, edit " + EDITS.incrementAndGet() + ".",
                            "save-course",
                            "Save"))))
        .exec(
            post("provider: save course", "#{courseAction}", "coursePost")
                .check(css("#edit-course").exists()))
        .exec(think());
  }

  private ChainBuilder steward() {
    return exec(page("steward: national view", "/progression/national.xhtml", true)).exec(think());
  }

  // --- requests ----------------------------------------------------------------------------------

  /** A page (GET), answered 200, and (signed in) with the sign-out form and no error summary. */
  private HttpRequestActionBuilder page(String name, String path, boolean signedIn) {
    HttpRequestActionBuilder get = http(name).get(path).check(status().is(200));
    return signedIn ? get.check(signedInChecks()) : get;
  }

  /** A form post (a browser's: with its Origin), its redirect followed to the page it leads to. */
  private HttpRequestActionBuilder post(String name, String action, String fieldsKey) {
    return http(name)
        .post(action)
        .header("Origin", origin)
        .formParamMap(session -> session.getMap(fieldsKey))
        .check(status().is(200))
        .check(css(".error-summary li").notExists());
  }

  private static List<CheckBuilder> signedInChecks() {
    return List.of(css("#sign-out-form").exists(), css(".error-summary li").notExists());
  }

  private ChainBuilder think() {
    return pause(
        Duration.ofMillis(settings.thinkMinMillis()), Duration.ofMillis(settings.thinkMaxMillis()));
  }

  /**
   * A form's fields as the page gave them (hidden fields such as {@code jakarta.faces.ViewState}
   * and {@code primefaces.nonce} included), with the named ones set: a field is named by its name
   * or the last part of it ({@code entry:0:decide:verify} by {@code verify} only if given whole).
   */
  static Map<String, Object> fill(Map<String, Object> form, Map<String, String> values) {
    Map<String, Object> filled = new LinkedHashMap<>(form);
    for (Map.Entry<String, String> value : values.entrySet()) {
      String key =
          form.keySet().stream()
              .filter(k -> k.equals(value.getKey()) || k.endsWith(":" + value.getKey()))
              .findFirst()
              .orElse(value.getKey());
      filled.put(key, value.getValue());
    }
    return filled;
  }

  private static String origin(String baseUrl) {
    URI uri = URI.create(baseUrl);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
