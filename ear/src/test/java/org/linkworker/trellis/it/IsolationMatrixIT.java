package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PRODUCT.md's access rule, checked for every REST endpoint and every page as each role in two
 * different organisations. The endpoints are discovered from the server's OpenAPI document (made
 * from the JAX-RS resources) and the pages from the built EAR, so adding either without adding it
 * here fails the build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationMatrixIT {

  private static final String PASSWORD = "isolation-matrix-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** The people and organisations of this run, set up once through the API as the steward. */
  static World world;

  record World(
      String orgA,
      String orgB,
      String orgP,
      String orgQ,
      Map<String, String> users,
      String publishedCourse,
      String draftCourse,
      String importId) {
    String user(String alias) {
      return users.get(alias);
    }
  }

  /** One request as one actor (null: anonymous) and the status PRODUCT.md prescribes. */
  record Case(String actor, String what, Function<Http, HttpResponse<String>> call, int expected) {}

  @BeforeEach
  void world() {
    if (world == null) {
      world = createWorld();
    }
  }

  private Http as(String actor) {
    Http http = new Http(base);
    if (actor == null) {
      return http;
    }
    return "steward".equals(actor) ? http.as("steward") : http.as(world.user(actor), PASSWORD);
  }

  /** A fresh draft course of provider P, for a case that changes or deletes it. */
  private String freshDraft() {
    return createCourse(as("provP"), "Matrix fresh " + UUID.randomUUID(), "DRAFT");
  }

  /** The course as it now is, with its version, as a PUT body. */
  private String currentAsChange(String courseId, String title) {
    HttpResponse<String> current = as("provP").getJson("api/courses/" + courseId);
    long version = Http.json(current).asJsonObject().getJsonNumber("version").longValue();
    return course(title, Http.json(current).asJsonObject().getString("status"))
        .replace("}]}", "}],\"version\":" + version + "}");
  }

  private World createWorld() {
    Http steward = new Http(base).as("steward");
    String run = UUID.randomUUID().toString().substring(0, 6);
    String orgA = createOrganisation(steward, "Isolation A " + run, "EMPLOYER");
    String orgB = createOrganisation(steward, "Isolation B " + run, "EMPLOYER");
    String orgP = createOrganisation(steward, "Isolation P " + run, "PROVIDER");
    String orgQ = createOrganisation(steward, "Isolation Q " + run, "PROVIDER");
    Map<String, String> users = new LinkedHashMap<>();
    for (String side : List.of("A", "B")) {
      String org = side.equals("A") ? orgA : orgB;
      String s = side.toLowerCase();
      users.put(
          "emp" + side, addPerson(steward, org, "emp" + s + run, "[\"EMPLOYER\"]", null, null));
      users.put(
          "sup" + side, addPerson(steward, org, "sup" + s + run, "[\"SUPERVISOR\"]", null, null));
      users.put(
          "wrk" + side,
          addPerson(
              steward,
              org,
              "wrk" + s + run,
              "[\"LINK_WORKER\"]",
              "LINK_WORKER",
              users.get("sup" + side)));
      users.put(
          "other" + side,
          addPerson(steward, org, "oth" + s + run, "[\"LINK_WORKER\"]", "TRAINEE", null));
      users.put(
          "victim" + side,
          addPerson(steward, org, "vic" + s + run, "[\"LINK_WORKER\"]", "TRAINEE", null));
    }
    users.put("provP", addPerson(steward, orgP, "prov" + run, "[\"PROVIDER\"]", null, null));
    users.put("provQ", addPerson(steward, orgQ, "prvq" + run, "[\"PROVIDER\"]", null, null));
    Http provP = new Http(base).as(users.get("provP"), PASSWORD);
    String published = createCourse(provP, "Matrix published " + run, "PUBLISHED");
    String draft = createCourse(provP, "Matrix draft " + run, "DRAFT");
    String importId = completedImport(provP);
    return new World(orgA, orgB, orgP, orgQ, users, published, draft, importId);
  }

  private static String course(String title, String status) {
    return ("{\"title\":\"%s\",\"deliveryMode\":\"ONLINE\",\"hours\":1,\"status\":\"%s\","
            + "\"mappings\":[{\"competency\":\"PC.1\",\"level\":1,\"strength\":\"DEVELOPS\"}]}")
        .formatted(title, status);
  }

  private static String createCourse(Http provider, String title, String status) {
    HttpResponse<String> response = provider.postJson("api/courses", course(title, status));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  private static final byte[] IMPORT =
      "code,title,deliveryMode,hours\r\nMX-1,Matrix import,ONLINE,1\r\nMX-2,,ONLINE,1\r\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** An import by the provider, waited for until it has ended. */
  private static String completedImport(Http provider) {
    HttpResponse<String> started = provider.postCsv("api/courses/imports", IMPORT);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = Http.json(started).asJsonObject().getString("id");
    for (int i = 0; i < 300; i++) {
      String status =
          Http.json(provider.getJson("api/imports/" + id)).asJsonObject().getString("status");
      if (status.equals("COMPLETED")) {
        return id;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the matrix's import did not complete");
  }

  /** A draft framework of a code of its own, imported by the steward; its code. */
  private String draftFramework(byte[] casePackage) {
    String code = "MX" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    HttpResponse<String> imported =
        as("steward").postJsonFile("api/frameworks?code=" + code + "&version=1", casePackage);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    return code;
  }

  /** A framework of a code of its own in two draft versions, 1 and 2; its code. */
  private String twoVersions(byte[] casePackage) {
    String code = draftFramework(casePackage);
    HttpResponse<String> second =
        as("steward").postJsonFile("api/frameworks?code=" + code + "&version=2", casePackage);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    return code;
  }

  private static String createOrganisation(Http steward, String name, String kind) {
    HttpResponse<String> response =
        steward.postJson(
            "api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  private static String addPerson(
      Http steward, String org, String username, String roles, String stage, String supervisor) {
    String json =
        "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s,\"stage\":%s,\"supervisor\":%s}"
            .formatted(
                username,
                "Person " + username,
                PASSWORD,
                roles,
                stage == null ? "null" : "\"" + stage + "\"",
                supervisor == null ? "null" : "\"" + supervisor + "\"");
    HttpResponse<String> response = steward.postJson("api/organisations/" + org + "/people", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return username;
  }

  // ---------------------------------------------------------------- the REST matrix

  private Map<String, List<Case>> restMatrix() {
    Map<String, List<Case>> m = new LinkedHashMap<>();
    List<String> everyone = List.of("steward", "empA", "supA", "wrkA", "provP");
    String a = world.orgA(), b = world.orgB(), p = world.orgP();

    for (String path :
        List.of(
            "/api/frameworks",
            "/api/frameworks/current",
            "/api/frameworks/{code}/{version}",
            "/api/frameworks/{code}/{version}/case")) {
      String concrete = path.replace("{code}", "LWCF").replace("{version}", "1");
      List<Case> cases = new ArrayList<>();
      cases.add(new Case(null, concrete, h -> h.getJson(concrete), 401));
      everyone.forEach(
          actor -> cases.add(new Case(actor, concrete, h -> h.getJson(concrete), 200)));
      m.put("GET " + path, cases);
    }

    byte[] casePackage =
        org.linkworker.trellis.testing.TestData.thirdParty("MarkdownFramework.json").content();
    // a code of its own: the matrix's drafts of the same package hold its title's code and version
    Function<Http, HttpResponse<String>> importPreview =
        h -> h.postJsonFile("api/frameworks?preview=true&code=MXPREVIEW", casePackage);
    List<Case> imports = new ArrayList<>();
    imports.add(new Case(null, "a CASE package", importPreview, 401));
    imports.add(new Case("steward", "a CASE package", importPreview, 200));
    for (String actor : List.of("empA", "supA", "wrkA", "provP", "empB")) {
      imports.add(new Case(actor, "a CASE package", importPreview, 403));
    }
    m.put("POST /api/frameworks", imports);

    String staged = draftFramework(casePackage);
    Function<Http, HttpResponse<String>> setStages =
        h -> h.putJson("api/frameworks/" + staged + "/1/stages", "[]");
    List<Case> stageCases = new ArrayList<>();
    stageCases.add(new Case(null, "a draft", setStages, 401));
    stageCases.add(new Case("steward", "a draft", setStages, 200));
    for (String actor : List.of("empA", "supA", "wrkA", "provP", "empB")) {
      stageCases.add(new Case(actor, "a draft", setStages, 403));
    }
    m.put("PUT /api/frameworks/{code}/{version}/stages", stageCases);

    Function<Http, HttpResponse<String>> carried =
        h -> h.getJson("api/frameworks/" + staged + "/1/stages/carried");
    List<Case> carriedCases = new ArrayList<>();
    carriedCases.add(new Case(null, "a draft", carried, 401));
    carriedCases.add(new Case("steward", "a draft", carried, 200));
    for (String actor : List.of("empA", "supA", "wrkA", "provP", "empB")) {
      carriedCases.add(new Case(actor, "a draft", carried, 403));
    }
    m.put("GET /api/frameworks/{code}/{version}/stages/carried", carriedCases);

    String publishable = draftFramework(casePackage);
    HttpResponse<String> given =
        as("steward")
            .putJson(
                "api/frameworks/" + publishable + "/1/stages",
                "[{\"code\":\"ONE\",\"title\":\"One\",\"requirements\":{}}]");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    Function<Http, HttpResponse<String>> publish =
        h -> h.postJson("api/frameworks/" + publishable + "/1/publish", "{\"current\":true}");
    List<Case> publishCases = new ArrayList<>();
    publishCases.add(new Case(null, "a draft", publish, 401));
    for (String actor : List.of("empA", "supA", "wrkA", "provP", "empB")) {
      publishCases.add(new Case(actor, "a draft", publish, 403));
    }
    publishCases.add(new Case("steward", "a draft", publish, 200));
    m.put("POST /api/frameworks/{code}/{version}/publish", publishCases);

    String compared = twoVersions(casePackage);
    Function<Http, HttpResponse<String>> diff =
        h -> h.getJson("api/frameworks/" + compared + "/2/diff?from=1");
    List<Case> diffCases = new ArrayList<>();
    diffCases.add(new Case(null, "two versions", diff, 401));
    diffCases.add(new Case("steward", "two versions", diff, 200));
    for (String actor : List.of("empA", "supA", "wrkA", "provP", "empB")) {
      diffCases.add(new Case(actor, "two versions", diff, 403));
    }
    m.put("GET /api/frameworks/{code}/{version}/diff", diffCases);

    String newOrg = "{\"name\":\"Matrix org %s\",\"kind\":\"EMPLOYER\"}";
    m.put(
        "POST /api/organisations",
        List.of(
            new Case(
                null, "create", h -> h.postJson("api/organisations", newOrg.formatted("x")), 401),
            new Case(
                "steward",
                "create",
                h -> h.postJson("api/organisations", newOrg.formatted(UUID.randomUUID())),
                201),
            new Case(
                "empA", "create", h -> h.postJson("api/organisations", newOrg.formatted("x")), 403),
            new Case(
                "supA", "create", h -> h.postJson("api/organisations", newOrg.formatted("x")), 403),
            new Case(
                "wrkA", "create", h -> h.postJson("api/organisations", newOrg.formatted("x")), 403),
            new Case(
                "provP",
                "create",
                h -> h.postJson("api/organisations", newOrg.formatted("x")),
                403)));

    m.put(
        "GET /api/organisations",
        List.of(
            new Case(null, "list", h -> h.getJson("api/organisations"), 401),
            new Case("steward", "list", h -> h.getJson("api/organisations"), 200),
            new Case("empA", "list", h -> h.getJson("api/organisations"), 200),
            new Case("wrkA", "list", h -> h.getJson("api/organisations"), 200),
            new Case("provP", "list", h -> h.getJson("api/organisations"), 200)));

    m.put(
        "GET /api/organisations/{id}",
        List.of(
            new Case(null, "A", h -> h.getJson("api/organisations/" + a), 401),
            new Case("steward", "B", h -> h.getJson("api/organisations/" + b), 200),
            new Case("empA", "own", h -> h.getJson("api/organisations/" + a), 200),
            new Case("empA", "other", h -> h.getJson("api/organisations/" + b), 404),
            new Case("supA", "other", h -> h.getJson("api/organisations/" + b), 404),
            new Case("wrkA", "own", h -> h.getJson("api/organisations/" + a), 200),
            new Case("wrkA", "other", h -> h.getJson("api/organisations/" + b), 404),
            new Case("provP", "own", h -> h.getJson("api/organisations/" + p), 200),
            new Case("provP", "employer", h -> h.getJson("api/organisations/" + a), 404),
            new Case(
                "empA", "unknown", h -> h.getJson("api/organisations/" + UUID.randomUUID()), 404)));

    Function<String, String> person =
        name ->
            "{\"username\":\"%s\",\"displayName\":\"Matrix person\",\"password\":\"%s\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\",\"supervisor\":null}"
                .formatted(name, PASSWORD);
    Function<String, String> fresh =
        prefix -> prefix + UUID.randomUUID().toString().substring(0, 8);
    m.put(
        "POST /api/organisations/{id}/people",
        List.of(
            new Case(
                null,
                "A",
                h ->
                    h.postJson(
                        "api/organisations/" + a + "/people", person.apply(fresh.apply("n"))),
                401),
            new Case(
                "steward",
                "B",
                h ->
                    h.postJson(
                        "api/organisations/" + b + "/people", person.apply(fresh.apply("s"))),
                201),
            new Case(
                "empA",
                "own",
                h ->
                    h.postJson(
                        "api/organisations/" + a + "/people", person.apply(fresh.apply("e"))),
                201),
            new Case(
                "empA",
                "other",
                h ->
                    h.postJson(
                        "api/organisations/" + b + "/people", person.apply(fresh.apply("e"))),
                404),
            new Case(
                "supA",
                "own",
                h ->
                    h.postJson(
                        "api/organisations/" + a + "/people", person.apply(fresh.apply("x"))),
                403),
            new Case(
                "wrkA",
                "own",
                h ->
                    h.postJson(
                        "api/organisations/" + a + "/people", person.apply(fresh.apply("x"))),
                403),
            new Case(
                "wrkA",
                "other",
                h ->
                    h.postJson(
                        "api/organisations/" + b + "/people", person.apply(fresh.apply("x"))),
                404),
            new Case(
                "provP",
                "own",
                h ->
                    h.postJson(
                        "api/organisations/" + p + "/people", person.apply(fresh.apply("x"))),
                403),
            new Case(
                "provP",
                "employer",
                h ->
                    h.postJson(
                        "api/organisations/" + a + "/people", person.apply(fresh.apply("x"))),
                404)));

    m.put(
        "GET /api/organisations/{id}/people",
        List.of(
            new Case(null, "A", h -> h.getJson("api/organisations/" + a + "/people"), 401),
            new Case("steward", "B", h -> h.getJson("api/organisations/" + b + "/people"), 200),
            new Case("empA", "own", h -> h.getJson("api/organisations/" + a + "/people"), 200),
            new Case("empA", "other", h -> h.getJson("api/organisations/" + b + "/people"), 404),
            new Case("supA", "own", h -> h.getJson("api/organisations/" + a + "/people"), 403),
            new Case("wrkA", "own", h -> h.getJson("api/organisations/" + a + "/people"), 403),
            new Case("wrkA", "other", h -> h.getJson("api/organisations/" + b + "/people"), 404),
            new Case(
                "provP", "employer", h -> h.getJson("api/organisations/" + a + "/people"), 404)));

    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    m.put(
        "GET /api/people/{username}",
        List.of(
            new Case(null, "worker A", h -> h.getJson("api/people/" + wrkA), 401),
            new Case("steward", "worker B", h -> h.getJson("api/people/" + wrkB), 200),
            new Case("empA", "worker A", h -> h.getJson("api/people/" + wrkA), 200),
            new Case("empA", "worker B", h -> h.getJson("api/people/" + wrkB), 404),
            new Case("supA", "supervised", h -> h.getJson("api/people/" + wrkA), 200),
            new Case("supA", "not supervised", h -> h.getJson("api/people/" + otherA), 404),
            new Case("supA", "worker B", h -> h.getJson("api/people/" + wrkB), 404),
            new Case("wrkA", "self", h -> h.getJson("api/people/" + wrkA), 200),
            new Case("wrkA", "colleague", h -> h.getJson("api/people/" + otherA), 404),
            new Case("provP", "worker A", h -> h.getJson("api/people/" + wrkA), 404),
            new Case(
                "empA", "nobody", h -> h.getJson("api/people/nobody-" + UUID.randomUUID()), 404)));

    Function<String, Function<Http, HttpResponse<String>>> rename =
        username ->
            h -> {
              HttpResponse<String> current =
                  new Http(base).as("steward").getJson("api/people/" + username);
              long version = Http.json(current).asJsonObject().getJsonNumber("version").longValue();
              return h.putJson(
                  "api/people/" + username,
                  "{\"displayName\":\"Renamed %s\",\"version\":%d}"
                      .formatted(UUID.randomUUID().toString().substring(0, 4), version));
            };
    m.put(
        "PUT /api/people/{username}",
        List.of(
            new Case(null, "worker A", rename.apply(wrkA), 401),
            new Case("steward", "worker B", rename.apply(wrkB), 200),
            new Case("empA", "worker A", rename.apply(wrkA), 200),
            new Case("empA", "worker B", rename.apply(wrkB), 404),
            new Case("supA", "supervised", rename.apply(wrkA), 403),
            new Case("supA", "worker B", rename.apply(wrkB), 404),
            new Case("wrkA", "self", rename.apply(wrkA), 403),
            new Case("wrkA", "colleague", rename.apply(otherA), 404),
            new Case("provP", "worker A", rename.apply(wrkA), 404)));

    String victimA = world.user("victimA"), victimB = world.user("victimB");
    for (String action : List.of("deactivate", "reactivate")) {
      m.put(
          "POST /api/people/{username}/" + action,
          List.of(
              new Case(
                  null,
                  "victim A",
                  h -> h.postJson("api/people/" + victimA + "/" + action, "{}"),
                  401),
              new Case(
                  "steward",
                  "victim B",
                  h -> h.postJson("api/people/" + victimB + "/" + action, "{}"),
                  200),
              new Case(
                  "empA",
                  "victim A",
                  h -> h.postJson("api/people/" + victimA + "/" + action, "{}"),
                  200),
              new Case(
                  "empA",
                  "victim B",
                  h -> h.postJson("api/people/" + victimB + "/" + action, "{}"),
                  404),
              new Case(
                  "supA",
                  "supervised",
                  h -> h.postJson("api/people/" + wrkA + "/" + action, "{}"),
                  403),
              new Case(
                  "wrkA",
                  "colleague",
                  h -> h.postJson("api/people/" + victimA + "/" + action, "{}"),
                  404),
              new Case(
                  "provP",
                  "victim A",
                  h -> h.postJson("api/people/" + victimA + "/" + action, "{}"),
                  404)));
    }

    List<Case> me = new ArrayList<>();
    me.add(new Case(null, "me", h -> h.getJson("api/me"), 401));
    everyone.forEach(actor -> me.add(new Case(actor, "me", h -> h.getJson("api/me"), 200)));
    m.put("GET /api/me", me);

    String wrongPassword =
        "{\"currentPassword\":\"not-my-password-at-all\",\"newPassword\":\"another-long-passphrase\"}";
    List<Case> password = new ArrayList<>();
    password.add(new Case(null, "change", h -> h.putJson("api/me/password", wrongPassword), 401));
    everyone.forEach(
        actor ->
            password.add(
                new Case(
                    actor,
                    "wrong current password",
                    h -> h.putJson("api/me/password", wrongPassword),
                    400)));
    m.put("PUT /api/me/password", password);

    List<Case> tokens = new ArrayList<>();
    tokens.add(new Case(null, "list", h -> h.getJson("api/me/tokens"), 401));
    everyone.forEach(
        actor -> tokens.add(new Case(actor, "list", h -> h.getJson("api/me/tokens"), 200)));
    m.put("GET /api/me/tokens", tokens);

    String newToken = "{\"name\":\"matrix\",\"days\":1}";
    List<Case> issue = new ArrayList<>();
    issue.add(new Case(null, "issue", h -> h.postJson("api/me/tokens", newToken), 401));
    everyone.forEach(
        actor ->
            issue.add(new Case(actor, "issue", h -> h.postJson("api/me/tokens", newToken), 201)));
    m.put("POST /api/me/tokens", issue);

    Function<String, String> tokenOf =
        actor ->
            Http.json(as(actor).postJson("api/me/tokens", newToken)).asJsonObject().getString("id");
    m.put(
        "DELETE /api/me/tokens/{id}",
        List.of(
            new Case(null, "a token", h -> h.delete("api/me/tokens/" + UUID.randomUUID()), 401),
            new Case(
                "wrkA", "own token", h -> h.delete("api/me/tokens/" + tokenOf.apply("wrkA")), 204),
            new Case(
                "wrkA",
                "employer's token",
                h -> h.delete("api/me/tokens/" + tokenOf.apply("empA")),
                404),
            new Case(
                "steward",
                "a worker's token",
                h -> h.delete("api/me/tokens/" + tokenOf.apply("wrkA")),
                404)));

    m.put(
        "GET /api/me/tokens/{id}",
        List.of(
            new Case(null, "a token", h -> h.getJson("api/me/tokens/" + UUID.randomUUID()), 401),
            new Case(
                "wrkA", "own token", h -> h.getJson("api/me/tokens/" + tokenOf.apply("wrkA")), 200),
            new Case(
                "wrkA",
                "employer's token",
                h -> h.getJson("api/me/tokens/" + tokenOf.apply("empA")),
                404),
            new Case(
                "steward",
                "a worker's token",
                h -> h.getJson("api/me/tokens/" + tokenOf.apply("wrkA")),
                404)));

    m.put(
        "GET /api/audit",
        List.of(
            new Case(null, "audit", h -> h.getJson("api/audit"), 401),
            new Case("steward", "audit", h -> h.getJson("api/audit"), 200),
            new Case("empA", "audit", h -> h.getJson("api/audit"), 403),
            new Case("supA", "audit", h -> h.getJson("api/audit"), 403),
            new Case("wrkA", "audit", h -> h.getJson("api/audit"), 403),
            new Case("provP", "audit", h -> h.getJson("api/audit"), 403)));

    cpdSummaryRows(m);
    gapReportRows(m);
    catalogueRows(m, everyone);
    portfolioRows(m);
    notificationRows(m, everyone);
    supervisionRows(m);
    evidenceRows(m);
    workforceRows(m);
    reportJobRows(m);
    reminderRows(m, everyone);
    backupRows(m);
    trainingNeedsRows(m);
    coverageRows(m);
    teamRows(m);
    nationalRows(m);
    declarationRows(m);
    cpdImportRows(m);
    privacyRows(m);
    return m;
  }

  /** A new link worker of organisation A, for a case that asks for their erasure. */
  private String freshWorkerOfA() {
    return addPerson(
        new Http(base).as("steward"),
        world.orgA(),
        "era" + UUID.randomUUID().toString().substring(0, 8),
        "[\"LINK_WORKER\"]",
        "TRAINEE",
        null);
  }

  /** A new erasure request of organisation A, confirmed by employer A, waiting for the steward. */
  private String erasureOfA() {
    HttpResponse<String> response =
        as("empA").postJson("api/people/" + freshWorkerOfA() + "/erasure", "{}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  /**
   * Privacy (issue 13): who read a worker's reflections and evidence is the worker's (and the
   * steward's); an erasure request is confirmed by the person's employer alone and carried out by
   * the steward alone; requests are seen by the steward and the employer of their organisation.
   */
  private void privacyRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    Function<String, Function<Http, HttpResponse<String>>> reads =
        worker -> h -> h.getJson("api/people/" + worker + "/reads");
    m.put(
        "GET /api/people/{username}/reads",
        List.of(
            new Case(null, "worker A", reads.apply(wrkA), 401),
            new Case("wrkA", "own", reads.apply(wrkA), 200),
            new Case("steward", "worker A", reads.apply(wrkA), 200),
            new Case("supA", "supervised", reads.apply(wrkA), 404),
            new Case("empA", "worker A", reads.apply(wrkA), 404),
            new Case("wrkA", "colleague", reads.apply(otherA), 404),
            new Case("wrkB", "worker A", reads.apply(wrkA), 404),
            new Case("provP", "worker A", reads.apply(wrkA), 404)));
    Function<String, Function<Http, HttpResponse<String>>> confirm =
        worker -> h -> h.postJson("api/people/" + worker + "/erasure", "{}");
    m.put(
        "POST /api/people/{username}/erasure",
        List.of(
            new Case(null, "worker A", confirm.apply(wrkA), 401),
            new Case(
                "empA", "a new worker of A", h -> confirm.apply(freshWorkerOfA()).apply(h), 201),
            new Case("steward", "worker A", confirm.apply(wrkA), 403),
            new Case("empA", "themself", confirm.apply(world.user("empA")), 403),
            new Case("supA", "supervised", confirm.apply(wrkA), 404),
            new Case("wrkA", "self", confirm.apply(wrkA), 404),
            new Case("empB", "worker A", confirm.apply(wrkA), 404),
            new Case("provP", "worker A", confirm.apply(wrkA), 404),
            new Case("empA", "worker B", confirm.apply(wrkB), 404)));
    m.put(
        "GET /api/erasures",
        List.of(
            new Case(null, "all", h -> h.getJson("api/erasures"), 401),
            new Case("steward", "all", h -> h.getJson("api/erasures"), 200),
            new Case("empA", "own organisation's", h -> h.getJson("api/erasures"), 200),
            new Case("supA", "all", h -> h.getJson("api/erasures"), 403),
            new Case("wrkA", "all", h -> h.getJson("api/erasures"), 403),
            new Case("provP", "all", h -> h.getJson("api/erasures"), 403)));
    Function<Http, HttpResponse<String>> one = h -> h.getJson("api/erasures/" + erasureOfA());
    m.put(
        "GET /api/erasures/{id}",
        List.of(
            new Case(null, "A's", h -> h.getJson("api/erasures/" + UUID.randomUUID()), 401),
            new Case("steward", "A's", one, 200),
            new Case("empA", "A's", one, 200),
            new Case("empB", "A's", one, 404),
            new Case("supA", "A's", one, 404),
            new Case("wrkA", "A's", one, 404),
            new Case("provP", "A's", one, 404),
            new Case(
                "steward", "unknown", h -> h.getJson("api/erasures/" + UUID.randomUUID()), 404)));
    Function<String, Function<Http, HttpResponse<String>>> act =
        action -> h -> h.postJson("api/erasures/" + erasureOfA() + "/" + action, "{}");
    m.put(
        "POST /api/erasures/{id}/erase",
        List.of(
            new Case(
                null,
                "A's",
                h -> h.postJson("api/erasures/" + UUID.randomUUID() + "/erase", "{}"),
                401),
            new Case("steward", "A's, a new worker", act.apply("erase"), 200),
            new Case("empA", "A's", act.apply("erase"), 403),
            new Case("empB", "A's", act.apply("erase"), 404),
            new Case("supA", "A's", act.apply("erase"), 404),
            new Case("wrkA", "A's", act.apply("erase"), 404),
            new Case("provP", "A's", act.apply("erase"), 404)));
    m.put(
        "POST /api/erasures/{id}/withdraw",
        List.of(
            new Case(
                null,
                "A's",
                h -> h.postJson("api/erasures/" + UUID.randomUUID() + "/withdraw", "{}"),
                401),
            new Case("empA", "A's", act.apply("withdraw"), 200),
            new Case("steward", "A's", act.apply("withdraw"), 200),
            new Case("empB", "A's", act.apply("withdraw"), 404),
            new Case("supA", "A's", act.apply("withdraw"), 404),
            new Case("wrkA", "A's", act.apply("withdraw"), 404),
            new Case("provP", "A's", act.apply("withdraw"), 404)));
  }

  /** Worker A's declaration for this year, made by the first case that needs it. */
  private String declarationOfA() {
    String path = "api/people/" + world.user("wrkA") + "/declarations";
    jakarta.json.JsonArray made = Http.json(as("wrkA").getJson(path)).asJsonArray();
    if (!made.isEmpty()) {
      return made.getJsonObject(0).getString("id");
    }
    HttpResponse<String> response = as("wrkA").postJson(path, "{}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  /**
   * Declarations (issue 9): the worker declares for themself, once a year; the worker, their
   * supervisor, their employer and the steward read them. The whole-portfolio export is the
   * worker's alone.
   */
  private void declarationRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    Function<String, Function<Http, HttpResponse<String>>> declare =
        worker -> h -> h.postJson("api/people/" + worker + "/declarations", "{}");
    m.put(
        "POST /api/people/{username}/declarations",
        List.of(
            new Case(null, "worker A", declare.apply(wrkA), 401),
            new Case("wrkA", "own", declare.apply(wrkA), 201),
            new Case("wrkA", "own, again this year", declare.apply(wrkA), 409),
            new Case("wrkA", "colleague", declare.apply(otherA), 404),
            new Case("wrkB", "worker A", declare.apply(wrkA), 404),
            new Case("supA", "supervised", declare.apply(wrkA), 403),
            new Case("empA", "worker A", declare.apply(wrkA), 403),
            new Case("steward", "worker A", declare.apply(wrkA), 403),
            new Case("provP", "worker A", declare.apply(wrkA), 404)));
    Function<String, Function<Http, HttpResponse<String>>> list =
        worker -> h -> h.getJson("api/people/" + worker + "/declarations");
    m.put(
        "GET /api/people/{username}/declarations",
        List.of(
            new Case(null, "worker A", list.apply(wrkA), 401),
            new Case("wrkA", "own", list.apply(wrkA), 200),
            new Case("supA", "supervised", list.apply(wrkA), 200),
            new Case("supA", "not supervised", list.apply(otherA), 404),
            new Case("empA", "worker A", list.apply(wrkA), 200),
            new Case("empA", "worker B", list.apply(wrkB), 404),
            new Case("steward", "worker B", list.apply(wrkB), 200),
            new Case("wrkA", "colleague", list.apply(otherA), 404),
            new Case("provP", "worker A", list.apply(wrkA), 404)));
    Function<Http, HttpResponse<String>> one =
        h -> h.getJson("api/declarations/" + declarationOfA());
    m.put(
        "GET /api/declarations/{id}",
        List.of(
            new Case(null, "A's", h -> h.getJson("api/declarations/" + UUID.randomUUID()), 401),
            new Case("wrkA", "own", one, 200),
            new Case("supA", "supervised", one, 200),
            new Case("empA", "A's", one, 200),
            new Case("steward", "A's", one, 200),
            new Case("otherA", "colleague's", one, 404),
            new Case("wrkB", "A's", one, 404),
            new Case("empB", "A's", one, 404),
            new Case("provP", "A's", one, 404),
            new Case(
                "wrkA", "unknown", h -> h.getJson("api/declarations/" + UUID.randomUUID()), 404)));
    Function<String, Function<Http, HttpResponse<String>>> export =
        worker -> h -> h.get("api/people/" + worker + "/portfolio-export", "*/*");
    m.put(
        "GET /api/people/{username}/portfolio-export",
        List.of(
            new Case(null, "worker A", export.apply(wrkA), 401),
            new Case("wrkA", "own", export.apply(wrkA), 200),
            new Case("supA", "supervised", export.apply(wrkA), 403),
            new Case("empA", "worker A", export.apply(wrkA), 403),
            new Case("wrkA", "colleague", export.apply(otherA), 404),
            new Case("wrkB", "worker A", export.apply(wrkA), 404),
            new Case("steward", "worker A", export.apply(wrkA), 404),
            new Case("provP", "worker A", export.apply(wrkA), 404)));
  }

  /** Attainment, compliance and requirement schemes. */
  private void workforceRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    for (String report : List.of("attainment", "compliance", "schemes")) {
      Function<String, Function<Http, HttpResponse<String>>> read =
          worker -> h -> h.getJson("api/people/" + worker + "/" + report);
      m.put(
          "GET /api/people/{username}/" + report,
          List.of(
              new Case(null, "worker A", read.apply(wrkA), 401),
              new Case("wrkA", "own", read.apply(wrkA), 200),
              new Case("supA", "supervised", read.apply(wrkA), 200),
              new Case("supA", "not supervised", read.apply(otherA), 404),
              new Case("empA", "worker A", read.apply(wrkA), 200),
              new Case("empA", "worker B", read.apply(wrkB), 404),
              new Case("wrkA", "colleague", read.apply(otherA), 404),
              new Case("steward", "worker A", read.apply(wrkA), 200),
              new Case("provP", "worker A", read.apply(wrkA), 404)));
    }
    String three = "/schemes/THREE_YEAR";
    m.put(
        "PUT /api/people/{username}/schemes/{scheme}",
        List.of(
            new Case(null, "worker A", h -> h.putJson("api/people/" + wrkA + three, ""), 401),
            new Case("wrkA", "own", h -> h.putJson("api/people/" + wrkA + three, ""), 204),
            new Case("empA", "worker A", h -> h.putJson("api/people/" + wrkA + three, ""), 204),
            new Case("supA", "supervised", h -> h.putJson("api/people/" + wrkA + three, ""), 403),
            new Case("steward", "worker A", h -> h.putJson("api/people/" + wrkA + three, ""), 403),
            new Case("empA", "worker B", h -> h.putJson("api/people/" + wrkB + three, ""), 404),
            new Case("wrkA", "colleague", h -> h.putJson("api/people/" + otherA + three, ""), 404),
            new Case("provP", "worker A", h -> h.putJson("api/people/" + wrkA + three, ""), 404),
            new Case(
                "wrkA",
                "the association's, by rule",
                h -> h.putJson("api/people/" + wrkA + "/schemes/ASSOCIATION", ""),
                409)));
    m.put(
        "DELETE /api/people/{username}/schemes/{scheme}",
        List.of(
            new Case(null, "worker A", h -> h.delete("api/people/" + wrkA + three), 401),
            new Case("wrkA", "own", h -> h.delete("api/people/" + wrkA + three), 204),
            new Case("empA", "worker A", h -> h.delete("api/people/" + wrkA + three), 204),
            new Case("supA", "supervised", h -> h.delete("api/people/" + wrkA + three), 403),
            new Case("empA", "worker B", h -> h.delete("api/people/" + wrkB + three), 404),
            new Case("provP", "worker A", h -> h.delete("api/people/" + wrkA + three), 404)));
    String a = world.orgA(), b = world.orgB();
    Function<String, Function<Http, HttpResponse<String>>> listOf =
        org -> h -> h.getJson("api/organisations/" + org + "/schemes");
    m.put(
        "GET /api/organisations/{id}/schemes",
        List.of(
            new Case(null, "A", listOf.apply(a), 401),
            new Case("empA", "own", listOf.apply(a), 200),
            new Case("steward", "A", listOf.apply(a), 200),
            new Case("empA", "B", listOf.apply(b), 404),
            new Case("supA", "own", listOf.apply(a), 404),
            new Case("wrkA", "own", listOf.apply(a), 404),
            new Case("provP", "A", listOf.apply(a), 404)));
    Function<String, Function<Http, HttpResponse<String>>> defineIn =
        org -> h -> h.postJson("api/organisations/" + org + "/schemes", schemeBody());
    m.put(
        "POST /api/organisations/{id}/schemes",
        List.of(
            new Case(null, "A", defineIn.apply(a), 401),
            new Case("empA", "own", defineIn.apply(a), 201),
            new Case("empA", "B", defineIn.apply(b), 404),
            new Case("steward", "A", defineIn.apply(a), 403),
            new Case("wrkA", "own", defineIn.apply(a), 403),
            new Case("provP", "A", defineIn.apply(a), 404)));
    String scheme = schemeOfA();
    m.put(
        "GET /api/schemes/{id}",
        List.of(
            new Case(null, "A's", h -> h.getJson("api/schemes/" + scheme), 401),
            new Case("empA", "own", h -> h.getJson("api/schemes/" + scheme), 200),
            new Case("wrkA", "own organisation's", h -> h.getJson("api/schemes/" + scheme), 200),
            new Case("steward", "A's", h -> h.getJson("api/schemes/" + scheme), 200),
            new Case("wrkB", "A's", h -> h.getJson("api/schemes/" + scheme), 404),
            new Case("provP", "A's", h -> h.getJson("api/schemes/" + scheme), 404),
            new Case("wrkA", "unknown", h -> h.getJson("api/schemes/" + UUID.randomUUID()), 404)));
    JsonObject read = Http.json(as("empA").getJson("api/schemes/" + scheme)).asJsonObject();
    String body =
        "{\"code\":\"%s\",\"title\":\"Revised\",\"items\":[{\"competency\":\"PC.2\",\"months\":6}],\"version\":%d}"
            .formatted(read.getString("code"), read.getJsonNumber("version").longValue());
    m.put(
        "PUT /api/schemes/{id}",
        List.of(
            new Case(null, "A's", h -> h.putJson("api/schemes/" + scheme, body), 401),
            new Case("steward", "A's", h -> h.putJson("api/schemes/" + scheme, body), 403),
            new Case(
                "wrkA", "own organisation's", h -> h.putJson("api/schemes/" + scheme, body), 403),
            new Case("wrkB", "A's", h -> h.putJson("api/schemes/" + scheme, body), 404),
            new Case("provP", "A's", h -> h.putJson("api/schemes/" + scheme, body), 404),
            new Case("empA", "own", h -> h.putJson("api/schemes/" + scheme, body), 200)));
  }

  private static String schemeBody() {
    String code =
        "MATRIX_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    return "{\"code\":\""
        + code
        + "\",\"title\":\"Matrix training\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}]}";
  }

  /**
   * An online backup of the whole database and every evidence file: the steward's alone (the
   * steward's one case makes a backup of the test database under the build's folder). On
   * PostgreSQL, which the server does not copy, the steward is told so (409) and there is no backup
   * to read.
   */
  private void backupRows(Map<String, List<Case>> m) {
    Function<Http, HttpResponse<String>> backUp = h -> h.postJson("api/backups", "");
    List<Case> cases = new ArrayList<>();
    cases.add(new Case(null, "a backup", backUp, 401));
    cases.add(
        new Case(
            "steward",
            "a backup",
            h -> kept(backUp.apply(h)),
            Deployments.ON_POSTGRES ? 409 : 201));
    for (String actor : List.of("empA", "wrkA", "supA", "provP", "empB")) {
      cases.add(new Case(actor, "a backup", backUp, 403));
    }
    m.put("POST /api/backups", cases);
    Function<Http, HttpResponse<String>> one = h -> h.getJson("api/backups/" + backupId());
    List<Case> reads = new ArrayList<>();
    reads.add(new Case(null, "a backup", one, 401));
    reads.add(new Case("steward", "a backup", one, Deployments.ON_POSTGRES ? 404 : 200));
    reads.add(
        new Case(
            "steward", "no such backup", h -> h.getJson("api/backups/2000-01-01T00-00-00Z"), 404));
    reads.add(
        new Case("steward", "not a backup's name", h -> h.getJson("api/backups/trellis"), 404));
    for (String actor : List.of("empA", "wrkA", "supA", "provP", "empB")) {
      reads.add(new Case(actor, "a backup", one, 404));
    }
    m.put("GET /api/backups/{id}", reads);
  }

  /** The id of the backup the steward made here (made now if none was yet). */
  private String backupId() {
    if (backupId == null) {
      kept(as("steward").postJson("api/backups", ""));
    }
    return backupId;
  }

  private String backupId;

  /** Keeps the id of a backup the answer made. */
  private HttpResponse<String> kept(HttpResponse<String> made) {
    if (made.statusCode() == 201) {
      backupId = Http.json(made).asJsonObject().getString("id");
      assertThat(made.headers().firstValue("Location").orElseThrow())
          .endsWith("/api/backups/" + backupId);
    }
    return made;
  }

  /**
   * Reminders: the steward alone starts and follows a run of the job; everyone reads and changes
   * their own reminder settings.
   */
  private void reminderRows(Map<String, List<Case>> m, List<String> everyone) {
    Function<Http, HttpResponse<String>> start = h -> h.postJson("api/reports/reminders", "{}");
    List<Case> starts = new ArrayList<>();
    starts.add(new Case(null, "a run", start, 401));
    starts.add(new Case("steward", "a run", start, 202));
    for (String actor : List.of("empA", "wrkA", "supA", "provP", "empB")) {
      starts.add(new Case(actor, "a run", start, 403));
    }
    m.put("POST /api/reports/reminders", starts);
    String run =
        Http.json(as("steward").postJson("api/reports/reminders", "{}"))
            .asJsonObject()
            .getString("id");
    Function<Http, HttpResponse<String>> follow = h -> h.getJson("api/reports/reminders/" + run);
    List<Case> follows = new ArrayList<>();
    follows.add(new Case(null, "a run", follow, 401));
    follows.add(new Case("steward", "a run", follow, 200));
    for (String actor : List.of("empA", "wrkA", "supA", "provP", "empB")) {
      follows.add(new Case(actor, "a run", follow, 404));
    }
    m.put("GET /api/reports/reminders/{id}", follows);
    List<Case> settings = new ArrayList<>();
    settings.add(new Case(null, "own", h -> h.getJson("api/me/reminders"), 401));
    everyone.forEach(
        actor -> settings.add(new Case(actor, "own", h -> h.getJson("api/me/reminders"), 200)));
    m.put("GET /api/me/reminders", settings);
    String change = "{\"emailReminders\":true}";
    List<Case> changes = new ArrayList<>();
    changes.add(new Case(null, "own", h -> h.putJson("api/me/reminders", change), 401));
    everyone.forEach(
        actor ->
            changes.add(new Case(actor, "own", h -> h.putJson("api/me/reminders", change), 200)));
    m.put("PUT /api/me/reminders", changes);
  }

  /** A fresh scheme of organisation A's, defined through the API by its employer. */
  /**
   * The organisation-wide gap report: its employer and the steward start and read an
   * organisation's; every organisation's is the steward's alone; anyone else finds nothing.
   */
  private void reportJobRows(Map<String, List<Case>> m) {
    String a = world.orgA(), b = world.orgB();
    Function<String, Function<Http, HttpResponse<String>>> startFor =
        org -> h -> h.postJson("api/reports/gap-reports", "{\"organisation\":\"" + org + "\"}");
    m.put(
        "POST /api/reports/gap-reports",
        List.of(
            new Case(null, "A", startFor.apply(a), 401),
            new Case("empA", "own", startFor.apply(a), 202),
            new Case("steward", "A", startFor.apply(a), 202),
            new Case("empA", "B", startFor.apply(b), 403),
            new Case("wrkA", "own", startFor.apply(a), 403),
            new Case("supA", "own", startFor.apply(a), 403),
            new Case("provP", "A", startFor.apply(a), 403),
            new Case(
                "steward",
                "every organisation",
                h -> h.postJson("api/reports/gap-reports", "{\"organisation\":null}"),
                202),
            new Case(
                "empA",
                "every organisation",
                h -> h.postJson("api/reports/gap-reports", "{\"organisation\":null}"),
                403)));
    m.put(
        "GET /api/reports/gap-reports",
        List.of(
            new Case(null, "list", h -> h.getJson("api/reports/gap-reports"), 401),
            new Case("empA", "own", h -> h.getJson("api/reports/gap-reports"), 200),
            new Case("steward", "all", h -> h.getJson("api/reports/gap-reports"), 200),
            new Case(
                "empA", "B's", h -> h.getJson("api/reports/gap-reports?organisation=" + b), 403),
            new Case("wrkA", "own", h -> h.getJson("api/reports/gap-reports"), 403),
            new Case("provP", "own", h -> h.getJson("api/reports/gap-reports"), 403)));
    String job = snapshotOfA();
    for (String path :
        List.of(
            "api/reports/jobs/" + job,
            "api/reports/gap-reports/" + job,
            "api/reports/gap-reports/" + job + "/people",
            "api/reports/gap-reports/" + job + "/comparison?with=" + job)) {
      String name = "GET /" + path.replace(job, "{id}").replaceFirst("\\?.*", "");
      m.put(
          name,
          List.of(
              new Case(null, "A's", h -> h.getJson(path), 401),
              new Case("empA", "A's", h -> h.getJson(path), 200),
              new Case("steward", "A's", h -> h.getJson(path), 200),
              new Case("empB", "A's", h -> h.getJson(path), 404),
              new Case("wrkA", "A's", h -> h.getJson(path), 404),
              new Case("supA", "A's", h -> h.getJson(path), 404),
              new Case("provP", "A's", h -> h.getJson(path), 404)));
    }
    // The snapshot as CSV is the same endpoint, asked with Accept: text/csv.
    List<Case> snapshot = new ArrayList<>(m.get("GET /api/reports/gap-reports/{id}"));
    snapshot.add(
        new Case("empA", "A's CSV", h -> h.get("api/reports/gap-reports/" + job, "text/csv"), 200));
    snapshot.add(
        new Case("empB", "A's CSV", h -> h.get("api/reports/gap-reports/" + job, "text/csv"), 404));
    m.put("GET /api/reports/gap-reports/{id}", snapshot);
    m.put(
        "POST /api/reports/jobs/{id}/restart",
        List.of(
            new Case(null, "A's", h -> h.postJson("api/reports/jobs/" + job + "/restart", ""), 401),
            new Case(
                "empB", "A's", h -> h.postJson("api/reports/jobs/" + job + "/restart", ""), 404),
            new Case(
                "wrkA", "A's", h -> h.postJson("api/reports/jobs/" + job + "/restart", ""), 404),
            new Case(
                "empA",
                "A's, completed",
                h -> h.postJson("api/reports/jobs/" + job + "/restart", ""),
                400)));
    m.put(
        "POST /api/reports/jobs/{id}/stop",
        List.of(
            new Case(null, "A's", h -> h.postJson("api/reports/jobs/" + job + "/stop", ""), 401),
            new Case("empB", "A's", h -> h.postJson("api/reports/jobs/" + job + "/stop", ""), 404),
            new Case(
                "empA",
                "A's, completed",
                h -> h.postJson("api/reports/jobs/" + job + "/stop", ""),
                400)));
  }

  /**
   * An organisation's training needs analysis: its employer and the steward read it; its own
   * workers, supervisors and providers may see the organisation exists and are refused (403);
   * anyone else finds no such organisation (404), as for one that does not exist.
   */
  private void trainingNeedsRows(Map<String, List<Case>> m) {
    String a = world.orgA(), b = world.orgB(), p = world.orgP();
    Function<String, Function<Http, HttpResponse<String>>> of =
        org -> h -> h.getJson("api/organisations/" + org + "/training-needs");
    Function<String, Function<Http, HttpResponse<String>>> csvOf =
        org -> h -> h.get("api/organisations/" + org + "/training-needs", "text/csv");
    String unknown = UUID.randomUUID().toString();
    m.put(
        "GET /api/organisations/{id}/training-needs",
        List.of(
            new Case(null, "A", of.apply(a), 401),
            new Case("empA", "own", of.apply(a), 200),
            new Case("steward", "A", of.apply(a), 200),
            new Case("steward", "B", of.apply(b), 200),
            new Case("empA", "B", of.apply(b), 404),
            new Case("empB", "A", of.apply(a), 404),
            new Case("supA", "own", of.apply(a), 403),
            new Case("wrkA", "own", of.apply(a), 403),
            new Case("otherA", "own", of.apply(a), 403),
            new Case("wrkA", "B", of.apply(b), 404),
            new Case("supB", "A", of.apply(a), 404),
            new Case("provP", "A", of.apply(a), 404),
            new Case("provP", "own provider", of.apply(p), 403),
            new Case("empA", "unknown", of.apply(unknown), 404),
            new Case("steward", "unknown", of.apply(unknown), 404),
            new Case("empA", "own, as CSV", csvOf.apply(a), 200),
            new Case("steward", "B, as CSV", csvOf.apply(b), 200),
            new Case("empB", "A, as CSV", csvOf.apply(a), 404),
            new Case("wrkA", "own, as CSV", csvOf.apply(a), 403),
            new Case(
                "empB",
                "A, with a bad day",
                h -> h.getJson("api/organisations/" + a + "/training-needs?on=soon"),
                400)));
  }

  /**
   * An organisation's staff competency coverage: its employer and the steward read it, as JSON, CSV
   * and PDF; its own workers, supervisors and providers are refused (403); anyone else finds no
   * such organisation (404), as for one that does not exist.
   */
  private void coverageRows(Map<String, List<Case>> m) {
    String a = world.orgA(), b = world.orgB(), p = world.orgP();
    Function<String, Function<Http, HttpResponse<String>>> of =
        org -> h -> h.getJson("api/organisations/" + org + "/coverage");
    Function<String, Function<Http, HttpResponse<String>>> csvOf =
        org -> h -> h.get("api/organisations/" + org + "/coverage", "text/csv");
    Function<String, Function<Http, HttpResponse<String>>> pdfOf =
        org -> h -> h.get("api/organisations/" + org + "/coverage", "application/pdf");
    String unknown = UUID.randomUUID().toString();
    m.put(
        "GET /api/organisations/{id}/coverage",
        List.of(
            new Case(null, "A", of.apply(a), 401),
            new Case("empA", "own", of.apply(a), 200),
            new Case("steward", "A", of.apply(a), 200),
            new Case("steward", "B", of.apply(b), 200),
            new Case("empA", "B", of.apply(b), 404),
            new Case("empB", "A", of.apply(a), 404),
            new Case("supA", "own", of.apply(a), 403),
            new Case("wrkA", "own", of.apply(a), 403),
            new Case("otherA", "own", of.apply(a), 403),
            new Case("wrkA", "B", of.apply(b), 404),
            new Case("supB", "A", of.apply(a), 404),
            new Case("provP", "A", of.apply(a), 404),
            new Case("provP", "own provider", of.apply(p), 403),
            new Case("empA", "unknown", of.apply(unknown), 404),
            new Case("steward", "unknown", of.apply(unknown), 404),
            new Case("empA", "own, as CSV", csvOf.apply(a), 200),
            new Case("empA", "own, as PDF", pdfOf.apply(a), 200),
            new Case("steward", "B, as PDF", pdfOf.apply(b), 200),
            new Case("empB", "A, as CSV", csvOf.apply(a), 404),
            new Case("empB", "A, as PDF", pdfOf.apply(a), 404),
            new Case("wrkA", "own, as PDF", pdfOf.apply(a), 403),
            new Case(
                "empB",
                "A, filtered to a stage",
                h -> h.getJson("api/organisations/" + a + "/coverage?stage=LINK_WORKER"),
                404),
            new Case(
                "empA",
                "own, with a stage that is none",
                h -> h.getJson("api/organisations/" + a + "/coverage?stage=ASTRONAUT"),
                400)));
  }

  /**
   * An organisation's team (issue 11): its compliance, its supervision and its supervision target
   * are read and the target set by its employer and the steward; its own workers, supervisors and
   * providers are refused (403); anyone else finds no such organisation (404).
   */
  private void teamRows(Map<String, List<Case>> m) {
    String a = world.orgA(), b = world.orgB(), p = world.orgP();
    String unknown = UUID.randomUUID().toString();
    for (String part : List.of("compliance", "supervision", "supervision-target")) {
      Function<String, Function<Http, HttpResponse<String>>> of =
          org -> h -> h.getJson("api/organisations/" + org + "/" + part);
      List<Case> cases =
          new ArrayList<>(
              List.of(
                  new Case(null, "A", of.apply(a), 401),
                  new Case("empA", "own", of.apply(a), 200),
                  new Case("steward", "A", of.apply(a), 200),
                  new Case("steward", "B", of.apply(b), 200),
                  new Case("empA", "B", of.apply(b), 404),
                  new Case("empB", "A", of.apply(a), 404),
                  new Case("supA", "own", of.apply(a), 403),
                  new Case("wrkA", "own", of.apply(a), 403),
                  new Case("otherA", "own", of.apply(a), 403),
                  new Case("wrkA", "B", of.apply(b), 404),
                  new Case("supB", "A", of.apply(a), 404),
                  new Case("provP", "A", of.apply(a), 404),
                  new Case("provP", "own provider", of.apply(p), 403),
                  new Case("empA", "unknown", of.apply(unknown), 404),
                  new Case("steward", "unknown", of.apply(unknown), 404)));
      if (!part.equals("supervision-target")) {
        Function<String, Function<Http, HttpResponse<String>>> csvOf =
            org -> h -> h.get("api/organisations/" + org + "/" + part, "text/csv");
        cases.addAll(
            List.of(
                new Case("empA", "own, as CSV", csvOf.apply(a), 200),
                new Case("steward", "B, as CSV", csvOf.apply(b), 200),
                new Case("empB", "A, as CSV", csvOf.apply(a), 404),
                new Case("wrkA", "own, as CSV", csvOf.apply(a), 403),
                new Case(
                    "empA",
                    "own, with a bad day",
                    h -> h.getJson("api/organisations/" + a + "/" + part + "?on=soon"),
                    400)));
      }
      m.put("GET /api/organisations/{id}/" + part, cases);
    }
    Function<String, Function<Http, HttpResponse<String>>> set =
        org -> h -> h.putJson("api/organisations/" + org + "/supervision-target", "{\"weeks\":6}");
    m.put(
        "PUT /api/organisations/{id}/supervision-target",
        List.of(
            new Case(null, "A", set.apply(a), 401),
            new Case("empA", "own", set.apply(a), 200),
            new Case("steward", "B", set.apply(b), 200),
            new Case("empA", "B", set.apply(b), 404),
            new Case("empB", "A", set.apply(a), 404),
            new Case("supA", "own", set.apply(a), 403),
            new Case("wrkA", "own", set.apply(a), 403),
            new Case("provP", "A", set.apply(a), 404),
            new Case("provP", "own provider", set.apply(p), 403),
            new Case("steward", "unknown", set.apply(unknown), 404),
            new Case(
                "empA",
                "own, out of range",
                h -> h.putJson("api/organisations/" + a + "/supervision-target", "{\"weeks\":53}"),
                400)));
  }

  /**
   * The national picture: the steward's alone, whoever else asks and from whichever organisation. A
   * report of every organisation has completed first, so the steward's answer is the picture.
   */
  private void nationalRows(Map<String, List<Case>> m) {
    nationalSnapshot();
    Function<Http, HttpResponse<String>> national = h -> h.getJson("api/reports/national");
    m.put(
        "GET /api/reports/national",
        List.of(
            new Case(null, "national", national, 401),
            new Case("steward", "national", national, 200),
            new Case("empA", "national", national, 403),
            new Case("empB", "national", national, 403),
            new Case("supA", "national", national, 403),
            new Case("supB", "national", national, 403),
            new Case("wrkA", "national", national, 403),
            new Case("wrkB", "national", national, 403),
            new Case("provP", "national", national, 403),
            new Case("provQ", "national", national, 403)));
  }

  /** A completed report of every organisation, made once for the whole matrix. */
  static String national;

  private String nationalSnapshot() {
    if (national != null) {
      return national;
    }
    HttpResponse<String> response =
        as("steward").postJson("api/reports/gap-reports", "{\"organisation\":null}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String id = Http.json(response).asJsonObject().getString("id");
    for (int i = 0; i < 900; i++) {
      HttpResponse<String> job = as("steward").getJson("api/reports/jobs/" + id);
      String status = Http.json(job).asJsonObject().getString("status");
      if (!status.startsWith("START")) {
        assertThat(status).as(job.body()).isEqualTo("COMPLETED");
        national = id;
        return id;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the report of every organisation did not end within three minutes");
  }

  /** A completed gap-report snapshot of organisation A. */
  private String snapshotOfA() {
    HttpResponse<String> response =
        as("empA")
            .postJson("api/reports/gap-reports", "{\"organisation\":\"" + world.orgA() + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String id = Http.json(response).asJsonObject().getString("id");
    for (int i = 0; i < 300; i++) {
      HttpResponse<String> job = as("empA").getJson("api/reports/jobs/" + id);
      String status = Http.json(job).asJsonObject().getString("status");
      if (!status.startsWith("START")) {
        assertThat(status).as(job.body()).isEqualTo("COMPLETED");
        return id;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the gap-report job of A did not end within a minute");
  }

  private String schemeOfA() {
    HttpResponse<String> response =
        as("empA").postJson("api/organisations/" + world.orgA() + "/schemes", schemeBody());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  /** The CPD summary (PDF): the portfolio's readers, reflections or not; anyone else 404. */
  private void cpdSummaryRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    Function<String, Function<Http, HttpResponse<String>>> summary =
        worker -> h -> h.get("api/people/" + worker + "/cpd-summary", "application/pdf");
    m.put(
        "GET /api/people/{username}/cpd-summary",
        List.of(
            new Case(null, "worker A", summary.apply(wrkA), 401),
            new Case("wrkA", "own", summary.apply(wrkA), 200),
            new Case("supA", "supervised", summary.apply(wrkA), 200),
            new Case("supA", "not supervised", summary.apply(otherA), 404),
            new Case("supB", "worker A", summary.apply(wrkA), 404),
            new Case("empA", "worker A", summary.apply(wrkA), 200),
            new Case("empA", "worker B", summary.apply(wrkB), 404),
            new Case("wrkA", "colleague", summary.apply(otherA), 404),
            new Case("wrkB", "worker A", summary.apply(wrkA), 404),
            new Case("steward", "worker A", summary.apply(wrkA), 404),
            new Case("provP", "worker A", summary.apply(wrkA), 404),
            new Case(
                "empA",
                "nobody",
                h ->
                    h.get(
                        "api/people/nobody-" + UUID.randomUUID() + "/cpd-summary",
                        "application/pdf"),
                404)));
  }

  /**
   * The gap report, in each of its three formats: the worker, their supervisor, their employer and
   * the steward; anyone else, and anyone asking after no one, 404.
   */
  private void gapReportRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    List<Case> cases = new ArrayList<>();
    for (String accept : List.of("application/json", "text/csv", "application/pdf")) {
      Function<String, Function<Http, HttpResponse<String>>> report =
          worker -> h -> h.get("api/people/" + worker + "/gap-report", accept);
      cases.addAll(
          List.of(
              new Case(null, "worker A as " + accept, report.apply(wrkA), 401),
              new Case("wrkA", "own as " + accept, report.apply(wrkA), 200),
              new Case("supA", "supervised as " + accept, report.apply(wrkA), 200),
              new Case("supA", "not supervised as " + accept, report.apply(otherA), 404),
              new Case("supB", "worker A as " + accept, report.apply(wrkA), 404),
              new Case("empA", "worker A as " + accept, report.apply(wrkA), 200),
              new Case("empA", "worker B as " + accept, report.apply(wrkB), 404),
              new Case("empB", "worker A as " + accept, report.apply(wrkA), 404),
              new Case("wrkA", "colleague as " + accept, report.apply(otherA), 404),
              new Case("wrkB", "worker A as " + accept, report.apply(wrkA), 404),
              new Case("steward", "worker A as " + accept, report.apply(wrkA), 200),
              new Case("provP", "worker A as " + accept, report.apply(wrkA), 404),
              new Case(
                  "empA",
                  "nobody as " + accept,
                  report.apply("nobody-" + UUID.randomUUID()),
                  404)));
    }
    m.put("GET /api/people/{username}/gap-report", cases);
  }

  private static final String ENTRY =
      "{\"title\":\"Matrix entry\",\"type\":\"READING\",\"hours\":1,\"date\":\"2026-01-05\"}";

  /** A fresh draft entry of worker A's, made through the API as worker A. */
  private String draftOfA() {
    HttpResponse<String> response =
        as("wrkA").postJson("api/people/" + world.user("wrkA") + "/cpd-entries", ENTRY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  /** A fresh entry of worker A's, submitted to supervisor A. */
  private String submittedOfA() {
    String id = draftOfA();
    assertThat(as("wrkA").postJson("api/cpd-entries/" + id + "/submit", "{}").statusCode())
        .isEqualTo(200);
    return id;
  }

  private String entryAsChange(String id) {
    long version =
        Http.json(as("wrkA").getJson("api/cpd-entries/" + id))
            .asJsonObject()
            .getJsonNumber("version")
            .longValue();
    return ENTRY.replace("}", ",\"version\":" + version + "}");
  }

  private void portfolioRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    Function<String, Function<Http, HttpResponse<String>>> record =
        worker -> h -> h.postJson("api/people/" + worker + "/cpd-entries", ENTRY);
    m.put(
        "POST /api/people/{username}/cpd-entries",
        List.of(
            new Case(null, "worker A", record.apply(wrkA), 401),
            new Case("wrkA", "own", record.apply(wrkA), 201),
            new Case("wrkA", "colleague", record.apply(otherA), 404),
            new Case("wrkA", "worker B", record.apply(wrkB), 404),
            new Case("supA", "supervised", record.apply(wrkA), 403),
            new Case("empA", "worker A", record.apply(wrkA), 403),
            new Case("steward", "worker A", record.apply(wrkA), 404),
            new Case("provP", "worker A", record.apply(wrkA), 404)));
    Function<String, Function<Http, HttpResponse<String>>> list =
        worker -> h -> h.getJson("api/people/" + worker + "/cpd-entries");
    m.put(
        "GET /api/people/{username}/cpd-entries",
        List.of(
            new Case(null, "worker A", list.apply(wrkA), 401),
            new Case("wrkA", "own", list.apply(wrkA), 200),
            new Case("supA", "supervised", list.apply(wrkA), 200),
            new Case("supA", "not supervised", list.apply(otherA), 404),
            new Case("empA", "worker A", list.apply(wrkA), 200),
            new Case("empA", "worker B", list.apply(wrkB), 404),
            new Case("wrkA", "colleague", list.apply(otherA), 404),
            new Case("steward", "worker A", list.apply(wrkA), 404),
            new Case("provP", "worker A", list.apply(wrkA), 404)));
    String entry = draftOfA();
    m.put(
        "GET /api/cpd-entries/{id}",
        List.of(
            new Case(null, "A's entry", h -> h.getJson("api/cpd-entries/" + entry), 401),
            new Case("wrkA", "own", h -> h.getJson("api/cpd-entries/" + entry), 200),
            new Case("supA", "supervised", h -> h.getJson("api/cpd-entries/" + entry), 200),
            new Case("empA", "A's entry", h -> h.getJson("api/cpd-entries/" + entry), 200),
            new Case("wrkB", "A's entry", h -> h.getJson("api/cpd-entries/" + entry), 404),
            new Case("steward", "A's entry", h -> h.getJson("api/cpd-entries/" + entry), 404),
            new Case("provP", "A's entry", h -> h.getJson("api/cpd-entries/" + entry), 404),
            new Case(
                "wrkA", "unknown", h -> h.getJson("api/cpd-entries/" + UUID.randomUUID()), 404)));
    m.put(
        "PUT /api/cpd-entries/{id}",
        List.of(
            new Case(
                null,
                "A's draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                401),
            new Case(
                "wrkA",
                "own draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                200),
            new Case(
                "supA",
                "A's draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                403),
            new Case(
                "empA",
                "A's draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                403),
            new Case(
                "wrkB",
                "A's draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                404),
            new Case(
                "steward",
                "A's draft",
                h -> h.putJson("api/cpd-entries/" + entry, entryAsChange(entry)),
                404)));
    m.put(
        "POST /api/cpd-entries/{id}/submit",
        List.of(
            new Case(
                null,
                "A's draft",
                h -> h.postJson("api/cpd-entries/" + draftOfA() + "/submit", "{}"),
                401),
            new Case(
                "wrkA",
                "own draft",
                h -> h.postJson("api/cpd-entries/" + draftOfA() + "/submit", "{}"),
                200),
            new Case(
                "supA",
                "A's draft",
                h -> h.postJson("api/cpd-entries/" + draftOfA() + "/submit", "{}"),
                403),
            new Case(
                "empA",
                "A's draft",
                h -> h.postJson("api/cpd-entries/" + draftOfA() + "/submit", "{}"),
                403),
            new Case(
                "provP",
                "A's draft",
                h -> h.postJson("api/cpd-entries/" + draftOfA() + "/submit", "{}"),
                404)));
    for (String action : List.of("verify", "return")) {
      String body = "{\"note\":\"ok\",\"reason\":\"Add a claim\"}";
      m.put(
          "POST /api/cpd-entries/{id}/" + action,
          List.of(
              new Case(
                  null,
                  "submitted",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  401),
              new Case(
                  "supA",
                  "supervised",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  200),
              new Case(
                  "wrkA",
                  "own",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  403),
              new Case(
                  "empA",
                  "A's",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  403),
              new Case(
                  "supB",
                  "A's",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  404),
              new Case(
                  "steward",
                  "A's",
                  h -> h.postJson("api/cpd-entries/" + submittedOfA() + "/" + action, body),
                  404)));
    }
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  /** A fresh evidence file on a fresh draft of worker A's. */
  private String evidenceOfA(String entry) {
    HttpResponse<String> response =
        as("wrkA").postFile("api/cpd-entries/" + entry + "/evidence", "certificate.pdf", PDF);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  private void evidenceRows(Map<String, List<Case>> m) {
    Function<String, Function<Http, HttpResponse<String>>> attach =
        entry -> h -> h.postFile("api/cpd-entries/" + entry + "/evidence", "c.pdf", PDF);
    m.put(
        "POST /api/cpd-entries/{id}/evidence",
        List.of(
            new Case(null, "A's draft", attach.apply(draftOfA()), 401),
            new Case("wrkA", "own draft", attach.apply(draftOfA()), 201),
            new Case("wrkA", "own submitted", h -> attach.apply(submittedOfA()).apply(h), 409),
            new Case("supA", "supervised", attach.apply(draftOfA()), 403),
            new Case("empA", "A's draft", attach.apply(draftOfA()), 403),
            new Case("wrkB", "A's draft", attach.apply(draftOfA()), 404),
            new Case("otherA", "colleague's", attach.apply(draftOfA()), 404),
            new Case("provP", "A's draft", attach.apply(draftOfA()), 404),
            new Case("steward", "A's draft", attach.apply(draftOfA()), 404)));
    String entry = draftOfA();
    String file = evidenceOfA(entry);
    Function<Http, HttpResponse<String>> list =
        h -> h.getJson("api/cpd-entries/" + entry + "/evidence");
    Function<Http, HttpResponse<String>> download = h -> h.get("api/evidence/" + file, "*/*");
    m.put(
        "GET /api/cpd-entries/{id}/evidence",
        List.of(
            new Case(null, "A's", list, 401),
            new Case("wrkA", "own", list, 200),
            new Case("supA", "supervised", list, 200),
            new Case("empA", "A's", list, 404),
            new Case("otherA", "colleague's", list, 404),
            new Case("wrkB", "A's", list, 404),
            new Case("provP", "A's", list, 404),
            new Case("steward", "A's", list, 404)));
    m.put(
        "GET /api/evidence/{id}",
        List.of(
            new Case(null, "A's", download, 401),
            new Case("wrkA", "own", download, 200),
            new Case("supA", "supervised", download, 200),
            new Case("empA", "A's", download, 404),
            new Case("otherA", "colleague's", download, 404),
            new Case("wrkB", "A's", download, 404),
            new Case("provP", "A's", download, 404),
            new Case("steward", "A's", download, 404),
            new Case(
                "wrkA", "unknown", h -> h.get("api/evidence/" + UUID.randomUUID(), "*/*"), 404)));
    Function<String, Function<Http, HttpResponse<String>>> remove =
        actor -> h -> h.delete("api/evidence/" + evidenceOfA(draftOfA()));
    m.put(
        "DELETE /api/evidence/{id}",
        List.of(
            new Case(null, "A's", remove.apply(null), 401),
            new Case("wrkA", "own", remove.apply("wrkA"), 204),
            new Case("supA", "supervised", remove.apply("supA"), 403),
            new Case("empA", "A's", remove.apply("empA"), 404),
            new Case("wrkB", "A's", remove.apply("wrkB"), 404),
            new Case("provP", "A's", remove.apply("provP"), 404),
            new Case("steward", "A's", remove.apply("steward"), 404)));
  }

  private void supervisionRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    String assessment = "{\"competency\":\"PC.1\",\"level\":1}";
    Function<String, Function<Http, HttpResponse<String>>> assess =
        worker -> h -> h.postJson("api/people/" + worker + "/assessments", assessment);
    m.put(
        "POST /api/people/{username}/assessments",
        List.of(
            new Case(null, "worker A", assess.apply(wrkA), 401),
            new Case("supA", "supervised", assess.apply(wrkA), 201),
            new Case("supA", "not supervised", assess.apply(otherA), 404),
            new Case("supA", "worker B", assess.apply(wrkB), 404),
            new Case("wrkA", "self", assess.apply(wrkA), 403),
            new Case("empA", "worker A", assess.apply(wrkA), 403),
            new Case("provP", "worker A", assess.apply(wrkA), 404),
            new Case("steward", "worker A", assess.apply(wrkA), 404)));
    Function<String, Function<Http, HttpResponse<String>>> assessments =
        worker -> h -> h.getJson("api/people/" + worker + "/assessments");
    m.put(
        "GET /api/people/{username}/assessments",
        List.of(
            new Case(null, "worker A", assessments.apply(wrkA), 401),
            new Case("wrkA", "own", assessments.apply(wrkA), 200),
            new Case("supA", "supervised", assessments.apply(wrkA), 200),
            new Case("empA", "worker A", assessments.apply(wrkA), 200),
            new Case("wrkA", "colleague", assessments.apply(otherA), 404),
            new Case("empB", "worker A", assessments.apply(wrkA), 404),
            new Case("provP", "worker A", assessments.apply(wrkA), 404),
            new Case("steward", "worker A", assessments.apply(wrkA), 404)));
    Function<Http, String> assessed =
        h ->
            Http.json(as("supA").postJson("api/people/" + wrkA + "/assessments", assessment))
                .asJsonObject()
                .getString("id");
    m.put(
        "GET /api/assessments/{id}",
        List.of(
            new Case(null, "A's", h -> h.getJson("api/assessments/" + UUID.randomUUID()), 401),
            new Case("wrkA", "own", h -> h.getJson("api/assessments/" + assessed.apply(h)), 200),
            new Case("supA", "made", h -> h.getJson("api/assessments/" + assessed.apply(h)), 200),
            new Case("empA", "A's", h -> h.getJson("api/assessments/" + assessed.apply(h)), 200),
            new Case("wrkB", "A's", h -> h.getJson("api/assessments/" + assessed.apply(h)), 404),
            new Case("provP", "A's", h -> h.getJson("api/assessments/" + assessed.apply(h)), 404),
            new Case(
                "steward", "A's", h -> h.getJson("api/assessments/" + assessed.apply(h)), 404)));
    m.put(
        "DELETE /api/assessments/{id}",
        List.of(
            new Case(null, "A's", h -> h.delete("api/assessments/" + UUID.randomUUID()), 401),
            new Case("supA", "made", h -> h.delete("api/assessments/" + assessed.apply(h)), 204),
            new Case("wrkA", "own", h -> h.delete("api/assessments/" + assessed.apply(h)), 403),
            new Case("empA", "A's", h -> h.delete("api/assessments/" + assessed.apply(h)), 403),
            new Case("wrkB", "A's", h -> h.delete("api/assessments/" + assessed.apply(h)), 404),
            new Case("provP", "A's", h -> h.delete("api/assessments/" + assessed.apply(h)), 404),
            new Case(
                "steward", "A's", h -> h.delete("api/assessments/" + assessed.apply(h)), 404)));
    String session = "{\"minutes\":60,\"kind\":\"CLINICAL\"}";
    Function<String, Function<Http, HttpResponse<String>>> record =
        worker -> h -> h.postJson("api/people/" + worker + "/supervision", session);
    m.put(
        "POST /api/people/{username}/supervision",
        List.of(
            new Case(null, "worker A", record.apply(wrkA), 401),
            new Case("wrkA", "own", record.apply(wrkA), 201),
            new Case("supA", "supervised", record.apply(wrkA), 201),
            new Case("empA", "worker A", record.apply(wrkA), 403),
            new Case("wrkA", "colleague", record.apply(otherA), 404),
            new Case("supA", "worker B", record.apply(wrkB), 404),
            new Case("provP", "worker A", record.apply(wrkA), 404),
            new Case("steward", "worker A", record.apply(wrkA), 404)));
    Function<String, Function<Http, HttpResponse<String>>> records =
        worker -> h -> h.getJson("api/people/" + worker + "/supervision");
    m.put(
        "GET /api/people/{username}/supervision",
        List.of(
            new Case(null, "worker A", records.apply(wrkA), 401),
            new Case("wrkA", "own", records.apply(wrkA), 200),
            new Case("supA", "supervised", records.apply(wrkA), 200),
            new Case("empA", "worker A", records.apply(wrkA), 200),
            new Case("wrkA", "colleague", records.apply(otherA), 404),
            new Case("empB", "worker A", records.apply(wrkA), 404),
            new Case("provP", "worker A", records.apply(wrkA), 404),
            new Case("steward", "worker A", records.apply(wrkA), 404)));
    Function<Http, JsonObject> recorded =
        h ->
            Http.json(as("wrkA").postJson("api/people/" + wrkA + "/supervision", session))
                .asJsonObject();
    m.put(
        "GET /api/supervision/{id}",
        List.of(
            new Case(null, "A's", h -> h.getJson("api/supervision/" + UUID.randomUUID()), 401),
            new Case(
                "wrkA",
                "own",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                200),
            new Case(
                "supA",
                "supervised",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                200),
            new Case(
                "empA",
                "A's",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                200),
            new Case(
                "wrkB",
                "A's",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                404),
            new Case(
                "provP",
                "A's",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                404),
            new Case(
                "steward",
                "A's",
                h -> h.getJson("api/supervision/" + recorded.apply(h).getString("id")),
                404)));
    Function<Http, HttpResponse<String>> change =
        h -> {
          JsonObject r = recorded.apply(h);
          return h.putJson(
              "api/supervision/" + r.getString("id"),
              "{\"minutes\":45,\"kind\":\"PEER\",\"version\":"
                  + r.getJsonNumber("version").longValue()
                  + "}");
        };
    m.put(
        "PUT /api/supervision/{id}",
        List.of(
            new Case(
                null, "A's", h -> h.putJson("api/supervision/" + UUID.randomUUID(), session), 401),
            new Case("wrkA", "own", change, 200),
            new Case("supA", "supervised", change, 403),
            new Case("empA", "A's", change, 403),
            new Case("wrkB", "A's", change, 404),
            new Case("provP", "A's", change, 404),
            new Case("steward", "A's", change, 404)));
  }

  private void notificationRows(Map<String, List<Case>> m, List<String> everyone) {
    List<Case> list = new ArrayList<>();
    list.add(new Case(null, "mine", h -> h.getJson("api/me/notifications"), 401));
    everyone.forEach(
        actor -> list.add(new Case(actor, "mine", h -> h.getJson("api/me/notifications"), 200)));
    m.put("GET /api/me/notifications", list);

    List<Case> all = new ArrayList<>();
    all.add(new Case(null, "mine", h -> h.postJson("api/me/notifications/read", "{}"), 401));
    everyone.forEach(
        actor ->
            all.add(
                new Case(actor, "mine", h -> h.postJson("api/me/notifications/read", "{}"), 204)));
    m.put("POST /api/me/notifications/read", all);

    Function<Http, String> supervisorsNewest =
        h -> {
          submittedOfA();
          return Http.json(as("supA").getJson("api/me/notifications?limit=1"))
              .asJsonArray()
              .getJsonObject(0)
              .getString("id");
        };
    m.put(
        "POST /api/me/notifications/{id}/read",
        List.of(
            new Case(
                null,
                "a notification",
                h -> h.postJson("api/me/notifications/" + UUID.randomUUID() + "/read", "{}"),
                401),
            new Case(
                "supA",
                "own",
                h ->
                    h.postJson(
                        "api/me/notifications/" + supervisorsNewest.apply(h) + "/read", "{}"),
                200),
            new Case(
                "wrkA",
                "supervisor's",
                h ->
                    h.postJson(
                        "api/me/notifications/" + supervisorsNewest.apply(h) + "/read", "{}"),
                404),
            new Case(
                "empA",
                "supervisor's",
                h ->
                    h.postJson(
                        "api/me/notifications/" + supervisorsNewest.apply(h) + "/read", "{}"),
                404),
            new Case(
                "steward",
                "supervisor's",
                h ->
                    h.postJson(
                        "api/me/notifications/" + supervisorsNewest.apply(h) + "/read", "{}"),
                404)));

    List<Case> queue = new ArrayList<>();
    queue.add(new Case(null, "mine", h -> h.getJson("api/me/verification-queue"), 401));
    everyone.forEach(
        actor ->
            queue.add(new Case(actor, "mine", h -> h.getJson("api/me/verification-queue"), 200)));
    m.put("GET /api/me/verification-queue", queue);
  }

  private void catalogueRows(Map<String, List<Case>> m, List<String> everyone) {
    String p = world.orgP();
    String published = world.publishedCourse();
    String draft = world.draftCourse();
    String imported = world.importId();
    for (String path :
        List.of(
            "/api/courses", "/api/courses/imports/template", "/api/provision", "/api/imports")) {
      String concrete = path.substring(1);
      List<Case> cases = new ArrayList<>();
      cases.add(new Case(null, path, h -> h.getJson(concrete), 401));
      everyone.forEach(actor -> cases.add(new Case(actor, path, h -> h.get(concrete, "*/*"), 200)));
      cases.add(new Case("provQ", path, h -> h.get(concrete, "*/*"), 200));
      m.put("GET " + path, cases);
    }

    Function<String, Function<Http, HttpResponse<String>>> create =
        actor -> h -> h.postJson("api/courses", course("Matrix new " + UUID.randomUUID(), "DRAFT"));
    m.put(
        "POST /api/courses",
        List.of(
            new Case(null, "create", create.apply(null), 401),
            new Case("provP", "create", create.apply("provP"), 201),
            new Case("steward", "create", create.apply("steward"), 403),
            new Case("empA", "create", create.apply("empA"), 403),
            new Case("supA", "create", create.apply("supA"), 403),
            new Case("wrkA", "create", create.apply("wrkA"), 403)));

    m.put(
        "GET /api/courses/{id}",
        List.of(
            new Case(null, "published", h -> h.getJson("api/courses/" + published), 401),
            new Case("wrkA", "published", h -> h.getJson("api/courses/" + published), 200),
            new Case("steward", "published", h -> h.getJson("api/courses/" + published), 200),
            new Case("empA", "published", h -> h.getJson("api/courses/" + published), 200),
            new Case("provQ", "published", h -> h.getJson("api/courses/" + published), 200),
            new Case("provP", "own draft", h -> h.getJson("api/courses/" + draft), 200),
            new Case("provQ", "P's draft", h -> h.getJson("api/courses/" + draft), 404),
            new Case("wrkA", "P's draft", h -> h.getJson("api/courses/" + draft), 404),
            new Case("steward", "P's draft", h -> h.getJson("api/courses/" + draft), 404),
            new Case("provP", "unknown", h -> h.getJson("api/courses/" + UUID.randomUUID()), 404)));

    Function<String, Function<Http, HttpResponse<String>>> update =
        id ->
            h ->
                h.putJson(
                    "api/courses/" + id,
                    currentAsChange(id, "Matrix renamed " + UUID.randomUUID()));
    m.put(
        "PUT /api/courses/{id}",
        List.of(
            new Case(null, "published", update.apply(published), 401),
            new Case("provP", "own", update.apply(published), 200),
            new Case("provQ", "P's published", update.apply(published), 403),
            new Case("provQ", "P's draft", update.apply(draft), 404),
            new Case("wrkA", "published", update.apply(published), 403),
            new Case("empA", "published", update.apply(published), 403),
            new Case("steward", "published", update.apply(published), 403)));

    m.put(
        "DELETE /api/courses/{id}",
        List.of(
            new Case(null, "a draft", h -> h.delete("api/courses/" + freshDraft()), 401),
            new Case("provP", "own draft", h -> h.delete("api/courses/" + freshDraft()), 204),
            new Case("provQ", "P's draft", h -> h.delete("api/courses/" + draft), 404),
            new Case("provQ", "P's published", h -> h.delete("api/courses/" + published), 403),
            new Case("wrkA", "P's published", h -> h.delete("api/courses/" + published), 403),
            new Case("steward", "P's published", h -> h.delete("api/courses/" + published), 403)));

    m.put(
        "POST /api/courses/imports",
        List.of(
            new Case(null, "import", h -> h.postCsv("api/courses/imports", IMPORT), 401),
            new Case("provP", "import", h -> h.postCsv("api/courses/imports", IMPORT), 202),
            new Case("steward", "import", h -> h.postCsv("api/courses/imports", IMPORT), 403),
            new Case("empA", "import", h -> h.postCsv("api/courses/imports", IMPORT), 403),
            new Case("wrkA", "import", h -> h.postCsv("api/courses/imports", IMPORT), 403)));

    for (String tail : List.of("", "/errors")) {
      String path = "api/imports/" + imported + tail;
      m.put(
          "GET /api/imports/{id}" + tail,
          List.of(
              new Case(null, "P's import", h -> h.get(path, "*/*"), 401),
              new Case("provP", "own import", h -> h.get(path, "*/*"), 200),
              new Case("steward", "P's import", h -> h.get(path, "*/*"), 200),
              new Case("provQ", "P's import", h -> h.get(path, "*/*"), 404),
              new Case("wrkA", "P's import", h -> h.get(path, "*/*"), 404),
              new Case("empA", "P's import", h -> h.get(path, "*/*"), 404),
              new Case(
                  "provP",
                  "unknown",
                  h -> h.get("api/imports/" + UUID.randomUUID() + tail, "*/*"),
                  404)));
    }
    for (String action : List.of("stop", "restart")) {
      String path = "api/imports/" + imported + "/" + action;
      m.put(
          "POST /api/imports/{id}/" + action,
          List.of(
              new Case(null, "P's import", h -> h.postJson(path, "{}"), 401),
              new Case("provP", "own, completed", h -> h.postJson(path, "{}"), 400),
              new Case("steward", "P's import", h -> h.postJson(path, "{}"), 403),
              new Case("provQ", "P's import", h -> h.postJson(path, "{}"), 404),
              new Case("wrkA", "P's import", h -> h.postJson(path, "{}"), 404)));
    }

    String coverage = "api/providers/" + p + "/coverage";
    m.put(
        "GET /api/providers/{id}/coverage",
        List.of(
            new Case(null, "P", h -> h.getJson(coverage), 401),
            new Case("provP", "own", h -> h.getJson(coverage), 200),
            new Case("steward", "P", h -> h.getJson(coverage), 200),
            new Case("provQ", "P", h -> h.getJson(coverage), 404),
            new Case("empA", "P", h -> h.getJson(coverage), 404),
            new Case("wrkA", "P", h -> h.getJson(coverage), 404),
            new Case(
                "provP",
                "employer A",
                h -> h.getJson("api/providers/" + world.orgA() + "/coverage"),
                404)));
  }

  @Test
  void everyRestEndpointIsInTheMatrix() {
    JsonObject paths =
        Http.json(new Http(base).get("openapi", "application/json"))
            .asJsonObject()
            .getJsonObject("paths");
    Set<String> endpoints = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase() + " " + path)));

    Set<String> inMatrix = restMatrix().keySet();
    assertThat(inMatrix)
        .as("endpoints the server serves but the isolation matrix does not check")
        .containsAll(endpoints);
    assertThat(endpoints)
        .as("matrix rows for endpoints the server does not serve")
        .containsAll(inMatrix);
  }

  @Test
  void everyRoleGetsExactlyWhatTheAccessRuleAllowsFromTheApi() {
    List<String> wrong = new ArrayList<>();
    restMatrix()
        .forEach(
            (endpoint, cases) -> {
              for (Case c : cases) {
                HttpResponse<String> response = c.call().apply(as(c.actor()));
                if (response.statusCode() != c.expected()) {
                  wrong.add(
                      "%s as %s (%s): expected %d, got %d %s"
                          .formatted(
                              endpoint,
                              c.actor() == null ? "anonymous" : c.actor(),
                              c.what(),
                              c.expected(),
                              response.statusCode(),
                              abbreviate(response.body())));
                }
              }
            });
    assertThat(wrong).as("access outcomes that differ from PRODUCT.md's rule").isEmpty();
  }

  @Test
  void listsShowOnlyWhatTheCallerMaySee() {
    String forEmployer =
        new Http(base).as(world.user("empA"), PASSWORD).getJson("api/organisations").body();
    assertThat(forEmployer)
        .contains(world.orgA())
        .doesNotContain(world.orgB())
        .doesNotContain(world.orgP());

    HttpResponse<String> people =
        new Http(base)
            .as(world.user("empA"), PASSWORD)
            .getJson("api/organisations/" + world.orgA() + "/people");
    assertThat(people.body()).contains(world.user("wrkA")).doesNotContain(world.user("wrkB"));
    assertThat(people.headers().firstValue("X-Total-Count")).isPresent();
    assertThat(people.body()).doesNotContain(PASSWORD);

    String submitted = submittedOfA();
    assertThat(as("supA").getJson("api/me/verification-queue").body()).contains(submitted);
    assertThat(as("supB").getJson("api/me/verification-queue").body()).doesNotContain(submitted);
    assertThat(as("supA").getJson("api/me/notifications").body()).contains(submitted);
    assertThat(as("supB").getJson("api/me/notifications").body()).doesNotContain(submitted);

    String reflected =
        "{\"title\":\"Private thoughts\",\"type\":\"READING\",\"reflection\":"
            + "{\"learned\":\"something only my supervisor may read\"}}";
    assertThat(
            as("wrkA")
                .postJson("api/people/" + world.user("wrkA") + "/cpd-entries", reflected)
                .statusCode())
        .isEqualTo(201);
    String path = "api/people/" + world.user("wrkA") + "/cpd-entries";
    assertThat(as("supA").getJson(path).body()).contains("something only my supervisor may read");
    assertThat(as("empA").getJson(path).body())
        .contains("Private thoughts")
        .doesNotContain("something only my supervisor may read");
  }

  // ------------------------------------------------------------ CPD imports (issue 9)

  private static final byte[] CPD_IMPORT =
      ("key,date,title,type,hours,claims\r\nMX-1,2026-01-05,Matrix import,READING,1,PC.1:1\r\n"
              + "MX-2,2026-01-06,,READING,1,\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** Worker A's completed import of their CPD history, made once for the run. */
  private static String cpdImportOfA;

  private String cpdImportOfA() {
    if (cpdImportOfA == null) {
      Http wrkA = as("wrkA");
      HttpResponse<String> started =
          wrkA.postCsv("api/people/" + world.user("wrkA") + "/cpd-entries/imports", CPD_IMPORT);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      String id = Http.json(started).asJsonObject().getString("id");
      for (int i = 0; i < 300 && cpdImportOfA == null; i++) {
        String status =
            Http.json(wrkA.getJson("api/imports/" + id)).asJsonObject().getString("status");
        if (status.equals("COMPLETED")) {
          cpdImportOfA = id;
        } else {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
      }
      assertThat(cpdImportOfA).as("worker A's CPD import completed").isNotNull();
    }
    return cpdImportOfA;
  }

  /**
   * Only the worker imports into their own portfolio (a portfolio the caller may see is 403, one
   * they may not is 404); an import is seen by whoever started it and the steward.
   */
  private void cpdImportRows(Map<String, List<Case>> m) {
    String wrkA = world.user("wrkA"), wrkB = world.user("wrkB"), otherA = world.user("otherA");
    Function<String, Function<Http, HttpResponse<String>>> post =
        worker -> h -> h.postCsv("api/people/" + worker + "/cpd-entries/imports", CPD_IMPORT);
    m.put(
        "POST /api/people/{username}/cpd-entries/imports",
        List.of(
            new Case(null, "worker A", post.apply(wrkA), 401),
            new Case("wrkA", "own", post.apply(wrkA), 202),
            new Case("wrkA", "colleague", post.apply(otherA), 404),
            new Case("wrkA", "worker B", post.apply(wrkB), 404),
            new Case("supA", "supervised", post.apply(wrkA), 403),
            new Case("empA", "worker A", post.apply(wrkA), 403),
            new Case("steward", "worker A", post.apply(wrkA), 404),
            new Case("provP", "worker A", post.apply(wrkA), 404)));

    String imported = cpdImportOfA();
    for (String tail : List.of("", "/errors")) {
      String path = "api/imports/" + imported + tail;
      List<Case> cases = new ArrayList<>(m.get("GET /api/imports/{id}" + tail));
      cases.add(new Case("wrkA", "own CPD import", h -> h.get(path, "*/*"), 200));
      cases.add(new Case("steward", "A's CPD import", h -> h.get(path, "*/*"), 200));
      for (String other : List.of("supA", "empA", "otherA", "wrkB", "provP")) {
        cases.add(new Case(other, "A's CPD import", h -> h.get(path, "*/*"), 404));
      }
      m.put("GET /api/imports/{id}" + tail, cases);
    }
    for (String action : List.of("stop", "restart")) {
      String path = "api/imports/" + imported + "/" + action;
      List<Case> cases = new ArrayList<>(m.get("POST /api/imports/{id}/" + action));
      cases.add(new Case("wrkA", "own CPD import, completed", h -> h.postJson(path, "{}"), 400));
      cases.add(new Case("steward", "A's CPD import", h -> h.postJson(path, "{}"), 403));
      cases.add(new Case("supA", "A's CPD import", h -> h.postJson(path, "{}"), 404));
      m.put("POST /api/imports/{id}/" + action, cases);
    }
  }

  // ---------------------------------------------------------------- the page matrix

  private Map<String, Map<String, Integer>> pageMatrix() {
    Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
    Map<String, Integer> everyoneSignedIn = expect(302, 200, 200, 200, 200, 200);
    m.put("index.xhtml", everyoneSignedIn);
    m.put("framework/browse.xhtml", everyoneSignedIn);
    m.put("framework/stages.xhtml", everyoneSignedIn);
    m.put("framework/code-of-practice.xhtml", everyoneSignedIn);
    m.put("framework/import.xhtml", and(expect(302, 200, 403, 403, 403, 403), "empB", 403));
    String draft =
        draftFramework(
            org.linkworker.trellis.testing.TestData.thirdParty("MarkdownFramework.json").content());
    m.put(
        "framework/draft.xhtml?code=" + draft + "&version=1",
        and(expect(302, 200, 403, 403, 403, 403), "empB", 403));
    m.put(
        "framework/draft.xhtml?code=NOSUCH&version=1",
        and(expect(302, 404, 403, 403, 403, 403), "empB", 403));
    String compared =
        twoVersions(
            org.linkworker.trellis.testing.TestData.thirdParty("MarkdownFramework.json").content());
    m.put(
        "framework/diff.xhtml?code=" + compared + "&version=2&from=1",
        and(expect(302, 200, 403, 403, 403, 403), "empB", 403));
    m.put(
        "framework/diff.xhtml?code=NOSUCH&version=2",
        and(expect(302, 404, 403, 403, 403, 403), "empB", 403));
    m.put("account/password.xhtml", everyoneSignedIn);
    m.put("account/tokens.xhtml", everyoneSignedIn);
    m.put("account/reminders.xhtml", everyoneSignedIn);
    m.put("account/reads.xhtml", everyoneSignedIn);
    m.put("admin/erasures.xhtml", expect(302, 200, 403, 403, 403, 403));
    m.put(
        "organisation/erasure.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 403, 200, 403, 403, 404), "empB", 404));
    m.put(
        "organisation/erasure.xhtml?username=" + world.user("wrkB"),
        expect(302, 403, 404, 404, 404, 404));
    m.put("login.xhtml", Map.of("anonymous", 200));
    for (String error :
        List.of("error/403.xhtml", "error/404.xhtml", "error/500.xhtml", "error/expired.xhtml")) {
      m.put(error, Map.of("anonymous", 200));
    }
    m.put("admin/organisations.xhtml", expect(302, 200, 403, 403, 403, 403));
    m.put("admin/audit.xhtml", expect(302, 200, 403, 403, 403, 403));
    m.put("organisation/people.xhtml?id=" + world.orgA(), expect(302, 200, 200, 403, 403, 404));
    m.put("organisation/people.xhtml?id=" + world.orgB(), expect(302, 200, 404, 404, 404, 404));
    m.put("catalogue/search.xhtml", everyoneSignedIn);
    m.put("catalogue/search.xhtml?competency=PC.1&level=1", everyoneSignedIn);
    m.put("catalogue/provision.xhtml", everyoneSignedIn);
    m.put("catalogue/course.xhtml?id=" + world.publishedCourse(), everyoneSignedIn);
    m.put(
        "catalogue/course.xhtml?id=" + world.draftCourse(),
        and(expect(302, 404, 404, 404, 404, 200), "provQ", 404));
    m.put("catalogue/course.xhtml?id=" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put("catalogue/edit.xhtml", expect(302, 403, 403, 403, 403, 200));
    m.put(
        "catalogue/edit.xhtml?id=" + world.publishedCourse(),
        and(expect(302, 403, 403, 403, 403, 200), "provQ", 403));
    m.put(
        "catalogue/edit.xhtml?id=" + world.draftCourse(),
        and(expect(302, 404, 404, 404, 404, 200), "provQ", 404));
    m.put("catalogue/matrix.xhtml", expect(302, 403, 403, 403, 403, 200));
    m.put(
        "catalogue/matrix.xhtml?provider=" + world.orgP(),
        and(expect(302, 200, 404, 404, 404, 200), "provQ", 404));
    m.put(
        "catalogue/matrix.xhtml?edit=" + world.draftCourse(), expect(302, 403, 403, 403, 403, 200));
    String entry = draftOfA();
    m.put("portfolio/entries.xhtml", everyoneSignedIn);
    m.put(
        "portfolio/entries.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 404, 200, 200, 200, 404), "wrkB", 404));
    m.put(
        "portfolio/entries.xhtml?username=" + world.user("wrkB"),
        expect(302, 404, 404, 404, 404, 404));
    m.put(
        "portfolio/entry.xhtml?id=" + entry,
        and(expect(302, 404, 200, 200, 200, 404), "wrkB", 404));
    m.put("portfolio/entry.xhtml?id=" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put("portfolio/edit.xhtml", expect(302, 403, 403, 403, 200, 403));
    m.put(
        "portfolio/edit.xhtml?id=" + entry, and(expect(302, 404, 403, 403, 200, 404), "wrkB", 404));
    m.put("portfolio/queue.xhtml", expect(302, 403, 403, 200, 403, 403));
    m.put("portfolio/supervision.xhtml", everyoneSignedIn);
    m.put(
        "portfolio/supervision.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 404, 200, 200, 200, 404), "wrkB", 404));
    m.put("notifications.xhtml", everyoneSignedIn);
    m.put("portfolio/declaration.xhtml", everyoneSignedIn);
    m.put(
        "portfolio/declaration.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404));
    m.put(
        "portfolio/declaration.xhtml?username=" + world.user("wrkB"),
        expect(302, 200, 404, 404, 404, 404));
    m.put("progression/attainment.xhtml", everyoneSignedIn);
    m.put(
        "progression/attainment.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404));
    m.put(
        "progression/attainment.xhtml?username=" + world.user("wrkB"),
        expect(302, 200, 404, 404, 404, 404));
    m.put("progression/gap-report.xhtml", everyoneSignedIn);
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("wrkA"),
        and(and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404), "empB", 404));
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("otherA"),
        expect(302, 200, 200, 404, 404, 404));
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("wrkB"),
        expect(302, 200, 404, 404, 404, 404));
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("wrkA") + "&stage=TRAINEE",
        and(expect(302, 200, 200, 200, 200, 404), "supB", 404));
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("wrkA") + "&format=pdf",
        and(and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404), "empB", 404));
    m.put(
        "progression/gap-report.xhtml?username=" + world.user("wrkB") + "&format=csv",
        expect(302, 200, 404, 404, 404, 404));
    m.put("workforce/compliance.xhtml", everyoneSignedIn);
    m.put(
        "workforce/compliance.xhtml?username=" + world.user("wrkA"),
        and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404));
    m.put("progression/gap-reports.xhtml", expect(302, 200, 200, 403, 403, 403));
    m.put(
        "progression/gap-reports.xhtml?id=" + snapshotOfA(), expect(302, 200, 200, 403, 403, 403));
    m.put(
        "progression/gap-reports.xhtml?id=" + UUID.randomUUID(),
        expect(302, 404, 404, 403, 403, 403));
    // Training needs: an employer's own organisation; the steward chooses one (the page without
    // ?id= is the chooser); of the organisation, 403; anyone else, 404.
    String needs = "progression/training-needs.xhtml";
    m.put(needs, expect(302, 200, 200, 403, 403, 403));
    m.put(needs + "?id=" + world.orgA(), and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    m.put(needs + "?id=" + world.orgB(), expect(302, 200, 404, 404, 404, 404));
    m.put(needs + "?id=" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put(
        needs + "?id=" + world.orgA() + "&format=csv&part=courses",
        and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    m.put(
        needs + "?id=" + world.orgB() + "&format=csv",
        and(expect(302, 200, 404, 404, 404, 404), "empB", 200));
    // Team coverage: as training needs.
    String coverage = "workforce/coverage.xhtml";
    m.put(coverage, expect(302, 200, 200, 403, 403, 403));
    m.put(coverage + "?id=" + world.orgA(), and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    m.put(coverage + "?id=" + world.orgB(), expect(302, 200, 404, 404, 404, 404));
    m.put(coverage + "?id=" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put(
        coverage + "?id=" + world.orgA() + "&format=pdf",
        and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    m.put(
        coverage + "?id=" + world.orgB() + "&format=csv&part=staff",
        and(expect(302, 200, 404, 404, 404, 404), "empB", 200));
    nationalSnapshot();
    m.put("progression/national.xhtml", and(expect(302, 200, 403, 403, 403, 403), "empB", 403));
    m.put(
        "progression/national.xhtml?format=csv",
        and(expect(302, 200, 403, 403, 403, 403), "empB", 403));
    m.put("workforce/schemes.xhtml", expect(302, 404, 200, 404, 404, 404));
    m.put("workforce/schemes.xhtml?id=" + world.orgA(), expect(302, 200, 200, 404, 404, 404));
    m.put("workforce/schemes.xhtml?id=" + world.orgB(), expect(302, 200, 404, 404, 404, 404));
    // The team (issue 11): an employer's own organisation; the steward chooses one (the page
    // without ?id= is the chooser); of the organisation, 403; anyone else, 404. A person's
    // summary: the person, their supervisor, their employer and the steward; else 404.
    String team = "workforce/team.xhtml";
    m.put(team, expect(302, 200, 200, 403, 403, 403));
    m.put(team + "?id=" + world.orgA(), and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    m.put(team + "?id=" + world.orgB(), expect(302, 200, 404, 404, 404, 404));
    m.put(team + "?id=" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put(
        team + "?id=" + world.orgA() + "&format=csv&part=supervision",
        and(expect(302, 200, 200, 403, 403, 404), "empB", 404));
    String person = "workforce/person.xhtml";
    m.put(person, expect(302, 404, 404, 404, 404, 404));
    m.put(
        person + "?username=" + world.user("wrkA"),
        and(
            and(and(expect(302, 200, 200, 200, 200, 404), "wrkB", 404), "empB", 404),
            "otherA",
            404));
    m.put(person + "?username=" + world.user("wrkB"), expect(302, 200, 404, 404, 404, 404));
    m.put(person + "?username=" + world.user("otherA"), expect(302, 200, 200, 404, 404, 404));
    m.put(person + "?username=nobody-" + UUID.randomUUID(), expect(302, 404, 404, 404, 404, 404));
    m.put("catalogue/import.xhtml", expect(302, 403, 403, 403, 403, 200));
    m.put(
        "catalogue/import.xhtml?id=" + world.importId(),
        and(expect(302, 200, 404, 404, 404, 200), "provQ", 404));
    // CPD imports (issue 9): the worker's own page; an import on the other kind's page is not
    // there.
    m.put("portfolio/import.xhtml", and(expect(302, 403, 403, 403, 200, 403), "wrkB", 200));
    m.put(
        "portfolio/import.xhtml?id=" + cpdImportOfA(),
        and(and(expect(302, 200, 404, 404, 200, 404), "wrkB", 404), "otherA", 404));
    m.put("portfolio/import.xhtml?id=" + world.importId(), expect(302, 404, 404, 404, 404, 404));
    m.put("catalogue/import.xhtml?id=" + cpdImportOfA(), expect(302, 404, 404, 404, 404, 404));
    return m;
  }

  /** The expectations with one more actor's. */
  private static Map<String, Integer> and(Map<String, Integer> expected, String actor, int status) {
    Map<String, Integer> more = new LinkedHashMap<>(expected);
    more.put(actor, status);
    return more;
  }

  private static Map<String, Integer> expect(
      int anonymous, int steward, int empA, int supA, int wrkA, int provP) {
    Map<String, Integer> e = new LinkedHashMap<>();
    e.put("anonymous", anonymous);
    e.put("steward", steward);
    e.put("empA", empA);
    e.put("supA", supA);
    e.put("wrkA", wrkA);
    e.put("provP", provP);
    return e;
  }

  @Test
  void everyPageIsInThePageMatrix() {
    Set<String> pages = new TreeSet<>(pagesOfTheEar());
    Set<String> inMatrix = new TreeSet<>();
    pageMatrix().keySet().forEach(p -> inMatrix.add(p.replaceAll("\\?.*", "")));

    assertThat(inMatrix)
        .as("pages the application serves but the page matrix does not check")
        .containsAll(pages);
  }

  @Test
  void everyRoleGetsExactlyWhatTheAccessRuleAllowsFromThePages() {
    Map<String, WebSession> sessions = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    pageMatrix()
        .forEach(
            (page, expectations) ->
                expectations.forEach(
                    (actor, expected) -> {
                      WebSession session =
                          sessions.computeIfAbsent(
                              actor,
                              a ->
                                  switch (a) {
                                    case "anonymous" -> WebSession.anonymous(base);
                                    case "steward" ->
                                        WebSession.signedIn(base, "steward", Http.DEMO_PASSWORD);
                                    default -> WebSession.signedIn(base, world.user(a), PASSWORD);
                                  });
                      int status = session.get(page).statusCode();
                      boolean redirectExpected = expected == 302;
                      if (redirectExpected ? status != 302 && status != 303 : status != expected) {
                        wrong.add(
                            "%s as %s: expected %d, got %d"
                                .formatted(page, actor, expected, status));
                      }
                    }));
    assertThat(wrong).as("page access outcomes that differ from PRODUCT.md's rule").isEmpty();
  }

  private static List<String> pagesOfTheEar() {
    File ear = new File(System.getProperty("trellis.ear", "target/trellis.ear"));
    List<String> pages = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ear)) {
      ZipEntry war = zip.getEntry(Deployments.WEB_MODULE);
      try (InputStream in = zip.getInputStream(war);
          ZipInputStream entries = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (name.endsWith(".xhtml")
              && !name.startsWith("WEB-INF/")
              && !name.startsWith("resources/")) {
            pages.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
