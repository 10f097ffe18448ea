package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * A provider's catalogue imported from CSV by the batch job, over HTTP as API.md names it: good,
 * bad, mixed, re-imported, empty, header-only and wrongly encoded files, 10,000 rows, and a restart
 * after the job stopped in the middle.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseImportIT {

  private static final String PASSWORD = "course-import-2026";
  private static final String HEADER =
      "code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String provider;
  private Http prov;
  private String run;

  @BeforeEach
  void provider() {
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Import " + run + "\",\"kind\":\"PROVIDER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    provider = Http.json(org).asJsonObject().getString("id");
    String username = "imp" + run;
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + provider + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Importer\",\"password\":\"%s\",\"roles\":[\"PROVIDER\"]}"
                .formatted(username, PASSWORD));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    prov = new Http(base).as(username, PASSWORD);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Posts the file, expects 202 with Location, and waits for the job to end. */
  private JsonObject importAndWait(byte[] file) {
    HttpResponse<String> started = prov.postCsv("api/courses/imports", file);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/imports/");
    return waitFor(location.substring(location.indexOf("api/imports/")));
  }

  private JsonObject waitFor(String path) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      JsonObject state = Http.json(prov.getJson(path)).asJsonObject();
      String status = state.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        return state;
      }
      pause(200);
    }
    throw new AssertionError("the import did not end within 5 minutes: " + path);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long courseCount() {
    HttpResponse<String> search = prov.getJson("api/courses?provider=" + provider + "&limit=1");
    long listed = Long.parseLong(search.headers().firstValue("X-Total-Count").orElseThrow());
    HttpResponse<String> withdrawn =
        prov.getJson("api/courses?provider=" + provider + "&status=WITHDRAWN&limit=1");
    return listed + Long.parseLong(withdrawn.headers().firstValue("X-Total-Count").orElseThrow());
  }

  private static final String MIXED =
      HEADER
          + "M1,Good one,,ONLINE,6,,,https://example.org/m1,PUBLISHED,PC.1:2:DEVELOPS;CC.3:1:INTRODUCES\r\n"
          + "M2,,,ONLINE,6,,,,,\r\n"
          + "M3,Bad hours,,ONLINE,5000,,,,,\r\n"
          + "M4,Bad mapping,,ONLINE,1,,,,,PC.1:9:DEVELOPS\r\n"
          + "M5,Good two,,BLENDED,1.5,,,,,\r\n";

  @Test
  void aMixedFileCommitsGoodRowsAndListsBadOnesByLineAndColumn() {
    JsonObject done = importAndWait(utf8(MIXED));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("progress").getInt("done")).isEqualTo(5);
    assertThat(done.getJsonObject("progress").getInt("total")).isEqualTo(5);
    assertThat(done.getInt("created")).isEqualTo(2);
    assertThat(done.getInt("updated")).isZero();
    assertThat(done.getInt("rejected")).isEqualTo(3);
    assertThat(done.getJsonArray("errors").toString())
        .contains("{\"row\":3,\"column\":\"title\"")
        .contains("{\"row\":4,\"column\":\"hours\"")
        .contains("{\"row\":5,\"column\":\"mappings\"")
        .contains("9 is not a level of LWCF");
    assertThat(courseCount()).isEqualTo(2);

    HttpResponse<String> report =
        prov.get("api/imports/" + done.getString("id") + "/errors", "text/csv");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body().lines().toList()).hasSize(4).first().isEqualTo("row,column,message");
  }

  @Test
  void reImportingTheSameFileChangesNothingAndAFixedFileUpdatesByCode() {
    importAndWait(utf8(MIXED));
    JsonObject again = importAndWait(utf8(MIXED));
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(courseCount()).isEqualTo(2);

    String fixed =
        HEADER
            + "M2,Now titled,,ONLINE,6,,,,,\r\n"
            + "M5,Good two renamed,,BLENDED,1.5,,,,PUBLISHED,LY.1:1:DEVELOPS\r\n";
    JsonObject done = importAndWait(utf8(fixed));
    assertThat(done.getInt("created")).isEqualTo(1);
    assertThat(done.getInt("updated")).isEqualTo(1);
    assertThat(courseCount()).isEqualTo(3);
    HttpResponse<String> m5 = prov.getJson("api/courses?q=renamed&provider=" + provider);
    assertThat(m5.body()).contains("Good two renamed").contains("LY.1");
  }

  @Test
  void filesThatCannotBeReadAreRefusedWholeWithAReason() {
    HttpResponse<String> empty = prov.postCsv("api/courses/imports", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"file\"");

    HttpResponse<String> headerOnly = prov.postCsv("api/courses/imports", utf8(HEADER));
    assertThat(headerOnly.statusCode()).isEqualTo(400);
    assertThat(headerOnly.body()).contains("header row but no courses");

    byte[] latin1 =
        (HEADER + "E1,Café society,,ONLINE,1,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> encoding = prov.postCsv("api/courses/imports", latin1);
    assertThat(encoding.statusCode()).isEqualTo(400);
    assertThat(encoding.body()).contains("not UTF-8").contains("line 2");

    HttpResponse<String> header =
        prov.postCsv("api/courses/imports", utf8("name,price\r\nA,1\r\n"));
    assertThat(header.statusCode()).isEqualTo(400);
    assertThat(header.body()).contains("code, title, deliveryMode, hours");

    assertThat(courseCount()).isZero();
  }

  @Test
  void onlyAProvidersPeopleImportAndAnImportIsSeenOnlyByWhoeverStartedIt() {
    assertThat(
            new Http(base).as("alex.link").postCsv("api/courses/imports", utf8(MIXED)).statusCode())
        .isEqualTo(403);
    JsonObject done = importAndWait(utf8(MIXED));
    String path = "api/imports/" + done.getString("id");
    assertThat(new Http(base).as("pat.provider").getJson(path).statusCode()).isEqualTo(404);
    assertThat(new Http(base).as("alex.link").get(path + "/errors", "text/csv").statusCode())
        .isEqualTo(404);
    assertThat(new Http(base).as("steward").getJson(path).statusCode()).isEqualTo(200);
  }

  private static byte[] rows(int count, String prefix) {
    StringBuilder file = new StringBuilder(HEADER);
    String[] competencies = {"PC.1", "CR.2", "CC.3", "HI.4", "SE.5", "TS.6", "DI.1", "LY.2"};
    for (int i = 1; i <= count; i++) {
      file.append(prefix)
          .append(i)
          .append(",Course number ")
          .append(i)
          .append(",\"A generated course, number ")
          .append(i)
          .append("\",ONLINE,")
          .append(1 + i % 20)
          .append(",,,https://example.org/c")
          .append(i)
          .append(",PUBLISHED,")
          .append(competencies[i % 8])
          .append(':')
          .append(1 + i % 4)
          .append(":DEVELOPS;")
          .append(competencies[(i + 3) % 8])
          .append(":1:INTRODUCES\r\n");
    }
    return utf8(file.toString());
  }

  @Test
  void tenThousandRowsAreImportedAndTheRateIsReported() {
    byte[] file = rows(10_000, "T");
    long start = System.nanoTime();
    JsonObject done = importAndWait(file);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("created")).isEqualTo(10_000);
    assertThat(done.getInt("rejected")).isZero();
    assertThat(courseCount()).isEqualTo(10_000);
    System.out.printf(
        "[course import] 10,000 rows (%d KB) in %.1f s: %.0f rows/s%n",
        file.length / 1024, seconds, 10_000 / seconds);
  }

  @Test
  void anImportStoppedInTheMiddleRestartsWhereItStoppedWithoutDuplicates() {
    HttpResponse<String> started = prov.postCsv("api/courses/imports", rows(20_000, "R"));
    assertThat(started.statusCode()).isEqualTo(202);
    String path = "api/imports/" + Http.json(started).asJsonObject().getString("id");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Http.json(prov.getJson(path)).asJsonObject().getJsonObject("progress").getInt("done")
        == 0) {
      assertThat(Instant.now()).isBefore(deadline);
      pause(50);
    }
    HttpResponse<String> stop = prov.postJson(path + "/stop", "{}");
    assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
    JsonObject stopped = waitFor(path);
    assertThat(stopped.getString("status")).isEqualTo("STOPPED");
    int doneWhenStopped = stopped.getJsonObject("progress").getInt("done");
    assertThat(doneWhenStopped).isBetween(1, 19_999);
    assertThat(courseCount()).isEqualTo(doneWhenStopped);

    HttpResponse<String> restart = prov.postJson(path + "/restart", "{}");
    assertThat(restart.statusCode()).as(restart.body()).isEqualTo(200);
    JsonObject done = waitFor(path);

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("progress").getInt("done")).isEqualTo(20_000);
    assertThat(done.getInt("created")).isEqualTo(20_000);
    assertThat(courseCount()).isEqualTo(20_000);
    assertThat(prov.postJson(path + "/restart", "{}").statusCode()).isEqualTo(400);
  }
}
