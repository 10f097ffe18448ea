package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A link worker's CPD history imported from CSV by the {@code cpd-import} batch job, over HTTP as
 * API.md names it: a mixed file (good rows kept with their claims, bad rows listed by line and
 * column), the same file again, files refused whole, who may import and who sees the import, 20,000
 * rows with their rate printed, and an import stopped in the middle and restarted.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdImportIT {

  private static final String PASSWORD = "cpd-import-2026";
  private static final String HEADER =
      "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status\r\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String worker;
  private Http wrk;
  private Http sup;
  private Http emp;
  private Http colleague;

  @BeforeEach
  void organisation() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"CPD import " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String organisation = Http.json(org).asJsonObject().getString("id");
    String supervisor = "cs" + run;
    worker = "cw" + run;
    String other = "co" + run;
    String employer = "ce" + run;
    add(steward, organisation, supervisor, "[\"SUPERVISOR\"]", "");
    add(
        steward,
        organisation,
        worker,
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(steward, organisation, other, "[\"LINK_WORKER\"]", ",\"stage\":\"TRAINEE\"");
    add(steward, organisation, employer, "[\"EMPLOYER\"]", "");
    wrk = new Http(base).as(worker, PASSWORD);
    sup = new Http(base).as(supervisor, PASSWORD);
    emp = new Http(base).as(employer, PASSWORD);
    colleague = new Http(base).as(other, PASSWORD);
  }

  private static void add(
      Http steward, String organisation, String username, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, "Person " + username, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }

  private String imports() {
    return "api/people/" + worker + "/cpd-entries/imports";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Posts the file, expects 202 with Location, and waits for the job to end. */
  private JsonObject importAndWait(byte[] file) {
    HttpResponse<String> started = wrk.postCsv(imports(), file);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/imports/");
    assertThat(Http.json(started).asJsonObject().getString("kind")).isEqualTo("CPD_ENTRIES");
    return waitFor(location.substring(location.indexOf("api/imports/")));
  }

  private JsonObject waitFor(String path) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(deadline)) {
      JsonObject state = Http.json(wrk.getJson(path)).asJsonObject();
      String status = state.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        return state;
      }
      pause(200);
    }
    throw new AssertionError("the import did not end within 10 minutes: " + path);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long entryCount() {
    HttpResponse<String> list = wrk.getJson("api/people/" + worker + "/cpd-entries?limit=1");
    assertThat(list.statusCode()).isEqualTo(200);
    return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
  }

  private static final String MIXED =
      HEADER
          + "M1,2026-01-10,Peer session on benefits,PEER_LEARNING,1.5,true,CP.3,We met,"
          + "Benefit rules,I check entitlement,PC.1:2;CC.3:1,\r\n"
          + "M2,2026-01-11,,READING,1,,,,,,,\r\n"
          + "M3,2026-01-12,A very long day,COURSE,150,,,,,,,\r\n"
          + "M4,2026-01-13,Unknown competency,READING,1,,,,,,ZZ.9:1,\r\n"
          + "M5,2026-01-14,Safeguarding update,E_LEARNING,2,,,,,,PC.2:1,SUBMITTED\r\n"
          + "M6,"
          + LocalDate.now().plusDays(30)
          + ",Next month,READING,1,,,,,,,\r\n"
          + "M1,2026-01-15,The same key again,READING,1,,,,,,,\r\n"
          + "M8,14/01/2026,Wrong date,WEBINAR,1,,,,,,,\r\n";

  @Test
  void aMixedFileKeepsTheGoodRowsWithTheirClaimsAndListsTheBadOnesByLineAndColumn() {
    JsonObject done = importAndWait(utf8(MIXED));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("progress").getInt("done")).isEqualTo(8);
    assertThat(done.getJsonObject("progress").getInt("total")).isEqualTo(8);
    assertThat(done.getInt("created")).isEqualTo(2);
    assertThat(done.getInt("updated")).isZero();
    assertThat(done.getInt("rejected")).isEqualTo(6);
    String errors = done.getJsonArray("errors").toString();
    assertThat(errors)
        .contains("{\"row\":3,\"column\":\"title\",\"message\":\"Give the entry a title.\"}")
        .contains(
            "{\"row\":4,\"column\":\"hours\",\"message\":\"Hours must be between 0.25 and 100.\"}")
        .contains("{\"row\":5,\"column\":\"claims\",\"message\":\"ZZ.9 is not a competency of LWCF")
        .contains("{\"row\":7,\"column\":\"date\"")
        .contains("{\"row\":8,\"column\":\"key\",\"message\":\"The key M1 is on line 2 already")
        .contains("{\"row\":9,\"column\":\"date\"")
        .contains("{\"row\":9,\"column\":\"type\"");

    HttpResponse<String> list = wrk.getJson("api/people/" + worker + "/cpd-entries");
    JsonArray entries = Http.json(list).asJsonArray();
    assertThat(entries).hasSize(2);
    JsonObject submitted = entries.getJsonObject(0).asJsonObject();
    JsonObject peer = entries.getJsonObject(1).asJsonObject();
    assertThat(submitted.getString("title")).isEqualTo("Safeguarding update");
    assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
    assertThat(peer.getString("title")).isEqualTo("Peer session on benefits");
    assertThat(peer.getString("status")).isEqualTo("DRAFT");
    assertThat(peer.getBoolean("participatory")).isTrue();
    assertThat(peer.getString("standard")).isEqualTo("CP.3");
    assertThat(peer.getJsonObject("reflection").getString("change"))
        .isEqualTo("I check entitlement");
    assertThat(peer.getJsonArray("claims").toString())
        .isEqualTo("[{\"competency\":\"CC.3\",\"level\":1},{\"competency\":\"PC.1\",\"level\":2}]");
    assertThat(Http.json(sup.getJson("api/me/verification-queue")).asJsonArray().toString())
        .contains("Safeguarding update");

    HttpResponse<String> report =
        wrk.get("api/imports/" + done.getString("id") + "/errors", "text/csv");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body().lines().toList()).hasSize(8).first().isEqualTo("row,column,message");
  }

  @Test
  void importingTheSameFileAgainAddsNoEntryAndAFixedFileCompletesIt() {
    importAndWait(utf8(MIXED));
    JsonObject again = importAndWait(utf8(MIXED));
    assertThat(again.getString("status")).as(again.toString()).isEqualTo("COMPLETED");
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(again.getInt("rejected")).isEqualTo(6);
    assertThat(entryCount()).isEqualTo(2);

    String fixed =
        HEADER
            + "M1,2026-01-10,Peer session on benefit rules,PEER_LEARNING,1.5,true,CP.3,We met,"
            + "Benefit rules,I check entitlement,PC.1:3,\r\n"
            + "M2,2026-01-11,Now with a title,READING,1,,,,,,,\r\n"
            + "M5,2026-01-14,Safeguarding update renamed,E_LEARNING,2,,,,,,PC.2:1,SUBMITTED\r\n";
    JsonObject done = importAndWait(utf8(fixed));
    assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.getInt("created")).isEqualTo(1);
    assertThat(done.getInt("updated")).as("the draft").isEqualTo(1);
    assertThat(done.getInt("unchanged")).as("the submitted entry").isEqualTo(1);
    assertThat(entryCount()).isEqualTo(3);
    String list = wrk.getJson("api/people/" + worker + "/cpd-entries").body();
    assertThat(list)
        .contains("Peer session on benefit rules")
        .contains("{\"competency\":\"PC.1\",\"level\":3}")
        .contains("\"Safeguarding update\"")
        .doesNotContain("Safeguarding update renamed");
  }

  @Test
  void filesThatCannotBeReadAreRefusedWholeWithAReasonAndNothingIsImported() {
    HttpResponse<String> empty = wrk.postCsv(imports(), new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"file\"");

    HttpResponse<String> headerOnly = wrk.postCsv(imports(), utf8(HEADER));
    assertThat(headerOnly.statusCode()).isEqualTo(400);
    assertThat(headerOnly.body()).contains("header row but no entries");

    byte[] latin1 =
        (HEADER + "E1,2026-01-10,Café society,READING,1,,,,,,,\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> encoding = wrk.postCsv(imports(), latin1);
    assertThat(encoding.statusCode()).isEqualTo(400);
    assertThat(encoding.body()).contains("not UTF-8").contains("line 2");

    HttpResponse<String> catalogue =
        wrk.postCsv(imports(), utf8("code,title,deliveryMode,hours\r\nA,One,ONLINE,1\r\n"));
    assertThat(catalogue.statusCode()).isEqualTo(400);
    assertThat(catalogue.body()).contains("lacks the column(s) key, date, type.");

    assertThat(entryCount()).isZero();
  }

  @Test
  void onlyTheWorkerImportsAndTheImportIsSeenByThemAndTheStewardAlone() {
    byte[] file = utf8(HEADER + "W1,2026-01-10,Reading,READING,1,,,,,,,\r\n");
    assertThat(sup.postCsv(imports(), file).statusCode()).as("supervisor").isEqualTo(403);
    assertThat(emp.postCsv(imports(), file).statusCode()).as("employer").isEqualTo(403);
    assertThat(colleague.postCsv(imports(), file).statusCode()).as("colleague").isEqualTo(404);
    assertThat(new Http(base).as("steward").postCsv(imports(), file).statusCode()).isEqualTo(404);
    assertThat(new Http(base).as("pat.provider").postCsv(imports(), file).statusCode())
        .isEqualTo(404);
    assertThat(new Http(base).as("alex.link").postCsv(imports(), file).statusCode())
        .as("a worker of another organisation")
        .isEqualTo(404);
    assertThat(entryCount()).isZero();

    JsonObject done = importAndWait(file);
    String path = "api/imports/" + done.getString("id");
    for (Http other :
        new Http[] {
          sup, emp, colleague, new Http(base).as("alex.link"), new Http(base).as("sam.supervisor")
        }) {
      assertThat(other.getJson(path).statusCode()).isEqualTo(404);
      assertThat(other.get(path + "/errors", "text/csv").statusCode()).isEqualTo(404);
    }
    assertThat(new Http(base).as("steward").getJson(path).statusCode()).isEqualTo(200);
    assertThat(new Http(base).as("steward").postJson(path + "/restart", "{}").statusCode())
        .as("the steward sees an import but does not run it")
        .isEqualTo(403);
  }

  /** A history of the given number of rows, each an entry with two claims. */
  static byte[] history(String prefix, int rows) {
    String[] competencies = {"PC.1", "PC.2", "CC.1", "CC.3", "SE.1", "TS.1", "DI.1", "LY.1"};
    String[] types = {"COURSE", "E_LEARNING", "PEER_LEARNING", "READING", "SUPERVISION"};
    LocalDate first = LocalDate.of(2026, 1, 1).minusDays(rows / 10 + 1);
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 1; i <= rows; i++) {
      file.append(prefix)
          .append(i)
          .append(',')
          .append(first.plusDays(i / 10))
          .append(",Learning number ")
          .append(i)
          .append(',')
          .append(types[i % types.length])
          .append(',')
          .append(1 + i % 8)
          .append(',')
          .append(i % 3 == 0)
          .append(",,")
          .append(i % 2 == 0 ? "What happened,What I learned,How I work now," : ",,,")
          .append(competencies[i % 8])
          .append(':')
          .append(1 + i % 4)
          .append(';')
          .append(competencies[(i + 3) % 8])
          .append(":1,\r\n");
    }
    return utf8(file.toString());
  }

  @Test
  void twentyThousandRowsAreImportedAndTheRateIsReported() {
    byte[] file = history("T", 20_000);
    long start = System.nanoTime();
    JsonObject done = importAndWait(file);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("created")).isEqualTo(20_000);
    assertThat(done.getInt("rejected")).isZero();
    assertThat(entryCount()).isEqualTo(20_000);
    System.out.printf(
        "[cpd import] 20,000 rows with 40,000 claims (%d KB) in %.1f s: %.0f rows/s%n",
        file.length / 1024, seconds, 20_000 / seconds);
  }

  @Test
  void anImportStoppedInTheMiddleRestartsFromItsLastCheckpointWithoutDoublingEntries() {
    int rows = 30_000;
    HttpResponse<String> started = wrk.postCsv(imports(), history("R", rows));
    assertThat(started.statusCode()).isEqualTo(202);
    String path = "api/imports/" + Http.json(started).asJsonObject().getString("id");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Http.json(wrk.getJson(path)).asJsonObject().getJsonObject("progress").getInt("done")
        == 0) {
      assertThat(Instant.now()).isBefore(deadline);
      pause(20);
    }
    HttpResponse<String> stop = wrk.postJson(path + "/stop", "{}");
    assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
    JsonObject stopped = waitFor(path);
    assertThat(stopped.getString("status")).isEqualTo("STOPPED");
    int doneWhenStopped = stopped.getJsonObject("progress").getInt("done");
    assertThat(doneWhenStopped).isBetween(1, rows - 1);
    assertThat(entryCount()).isEqualTo(doneWhenStopped);

    HttpResponse<String> restart = wrk.postJson(path + "/restart", "{}");
    assertThat(restart.statusCode()).as(restart.body()).isEqualTo(200);
    JsonObject done = waitFor(path);

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("progress").getInt("done")).isEqualTo(rows);
    assertThat(done.getInt("created")).isEqualTo(rows);
    assertThat(entryCount()).isEqualTo(rows);
    assertThat(wrk.postJson(path + "/restart", "{}").statusCode()).isEqualTo(400);
  }
}
