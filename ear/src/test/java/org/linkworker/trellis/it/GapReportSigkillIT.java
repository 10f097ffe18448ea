package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.bench.NationalDataset;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * Reliability (issue 10): the organisation-wide gap-report job survives its server being killed
 * with SIGKILL halfway through. On a server of the test's own (domain {@code trellis-kill}, ports
 * 29xxx, made by prepare-domain.sh as the run command's is) whose database is seeded with the
 * national dataset's generator (one employer, 600 link workers and their CPD), the steward starts
 * the employer's job over the API with a few workers to a chunk; once a quarter of them are written
 * the server's JVM is killed with {@code kill -KILL}. Started again, the server shows the job
 * FAILED with the progress its committed chunks made; restarted over the API, the job completes,
 * and its snapshot is the one a clean run of the job on the same data writes: the same CSV, the
 * same workers page by page, each worker once.
 *
 * <p>Run by the build in an execution of its own, after the Arquillian tests (whose server is
 * stopped by then); it stops its server at the end, and kills it if need be, pass or fail.
 */
class GapReportSigkillIT {

  /** Workers to a chunk on the test's server (the job's default is 500): some 60 chunks. */
  private static final int CHUNK = 10;

  /**
   * Two organisations (an employer with every worker, and a provider for the courses), 600 link
   * workers with two CPD entries each: seeded in seconds.
   */
  private static final NationalDataset.Sizes SIZES = new NationalDataset.Sizes(2, 600, 5, 1, 2);

  private static final Duration SERVER_UP = Duration.ofMinutes(5);
  private static final Duration JOB_ENDS = Duration.ofMinutes(5);

  /** The server's environment: no demo data; the generated steward is the steward. */
  private static final Map<String, String> ENV = Map.of("TRELLIS_DEMO", "false");

  private final long began = System.nanoTime();

  @Test
  void aJobKilledMidwayIsFailedAtTheNextStartAndItsRestartWritesTheCleanRunsSnapshotOnce()
      throws Exception {
    Path work = Path.of(System.getProperty("sigkill.work"));
    StandaloneDomain server =
        new StandaloneDomain(
            Path.of(System.getProperty("it.payara.home")),
            System.getProperty("sigkill.domain"),
            Integer.getInteger("sigkill.portbase"),
            work);
    server.clear();
    // Should the test's JVM itself be stopped (Ctrl-C on the build), its server goes too.
    Thread stopServer = new Thread(server::close, "stop " + System.getProperty("sigkill.domain"));
    Runtime.getRuntime().addShutdownHook(stopServer);
    // The domain is made and its server started while the database is seeded: the server opens
    // the database only once the application is deployed.
    CompletableFuture<Void> serverStarted =
        CompletableFuture.runAsync(
            () -> {
              server.create(
                  Path.of(System.getProperty("sigkill.prepareDomain")),
                  Path.of(System.getProperty("sigkill.jdbcDrivers")),
                  List.of(
                      "-Dtrellis.gap-reports.chunk=" + CHUNK,
                      // A server started twice for a few minutes' work: the quick compiler only,
                      // which spends less of the 2 cores on compiling while it boots.
                      "-XX:TieredStopAtLevel=1"));
              server.start(ENV);
              say("domain made and server started");
            });
    try {
      String employer = seed(server.derbyHome().resolve("trellis"), work);
      say("database seeded");
      serverStarted.join();
      server.deploy(Path.of(System.getProperty("trellis.ear")));
      server.awaitReady(SERVER_UP);
      say("application deployed");
      Http steward = new Http(server.base()).as(NationalDataset.STEWARD, NationalDataset.PASSWORD);

      // The job, killed with a quarter or more of its workers written and some still to write.
      JsonObject job = start(steward, employer);
      String id = job.getString("id");
      long seen = -1;
      long total = -1;
      for (long deadline = deadline(JOB_ENDS); seen < 0; ) {
        job = body(steward.getJson("api/reports/jobs/" + id), 200);
        JsonObject progress = job.getJsonObject("progress");
        long done = progress.getJsonNumber("done").longValue();
        total = progress.getJsonNumber("total").longValue();
        assertThat(job.getString("status"))
            .as("the job ended before it could be killed halfway: %s", job)
            .isIn("STARTING", "STARTED");
        if (done * 4 >= total && done < total) {
          seen = done;
        } else {
          assertThat(System.nanoTime())
              .as("the job made no progress: %s", job)
              .isLessThan(deadline);
          StandaloneDomain.pause(Duration.ofMillis(50));
        }
      }
      long killed = server.kill();
      say("server (pid " + killed + ") killed with " + seen + " of " + total + " workers written");
      assertThat(ProcessHandle.of(killed).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(server.process()).isEmpty();
      assertThat(server.anyPortOpen()).isFalse();
      assertThat(total).isEqualTo(SIZES.workers());

      // Started again: the job is FAILED, its progress what its committed chunks wrote.
      server.start(ENV);
      server.awaitReady(SERVER_UP);
      say("server started again");
      JsonObject failed = body(steward.getJson("api/reports/jobs/" + id), 200);
      assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
      long doneWhenKilled = failed.getJsonObject("progress").getJsonNumber("done").longValue();
      assertThat(doneWhenKilled).isBetween(seen, total - 1);
      assertThat(failed.getJsonObject("progress").getJsonNumber("total").longValue())
          .isEqualTo(total);
      assertThat(peopleTotal(steward, id)).isEqualTo(doneWhenKilled);
      say("the job is FAILED with " + doneWhenKilled + " workers written; restarting it");

      // Restarted: it carries on and completes, every worker written once.
      HttpResponse<String> restart = steward.postJson("api/reports/jobs/" + id + "/restart", "");
      assertThat(body(restart, 200).getString("status")).isIn("STARTING", "STARTED", "COMPLETED");
      JsonObject restarted = ended(steward, id);
      say("restarted job completed");
      assertThat(restarted.getString("status")).as(restarted.toString()).isEqualTo("COMPLETED");
      assertProgress(restarted, total);

      // A clean run of the job on the same data writes the same snapshot.
      JsonObject clean = ended(steward, start(steward, employer).getString("id"));
      say("clean job completed");
      assertThat(clean.getString("status")).as(clean.toString()).isEqualTo("COMPLETED");
      assertProgress(clean, total);
      String cleanId = clean.getString("id");
      assertThat(restarted.getString("on")).isEqualTo(clean.getString("on"));

      List<JsonObject> restartedPeople = people(steward, id);
      List<JsonObject> cleanPeople = people(steward, cleanId);
      assertThat(restartedPeople).hasSize((int) total);
      assertThat(usernames(restartedPeople)).hasSize((int) total);
      assertThat(peopleTotal(steward, id)).isEqualTo(total);
      assertThat(restartedPeople).isEqualTo(cleanPeople);

      String restartedCsv = csv(steward, id);
      assertThat(restartedCsv).isEqualTo(csv(steward, cleanId));
      assertThat(restartedCsv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
          .containsExactlyElementsOf(
              restartedPeople.stream()
                  .flatMap(p -> p.getJsonArray("gaps").stream().map(g -> p.getString("username")))
                  .toList());

      assertThat(summary(steward, id)).isEqualTo(summary(steward, cleanId));
      say("restarted snapshot equals the clean one");
    } finally {
      // Never leave a server behind: wait for a start under way, then stop (or kill) it.
      serverStarted.exceptionally(failed -> null).join();
      server.close();
      Runtime.getRuntime().removeShutdownHook(stopServer);
      say("server stopped");
    }
    assertThat(server.process()).isEmpty();
  }

  /**
   * Makes the server's database as bench/national-dataset.sh does: migrated by the real changelog,
   * the shipped framework loaded, then the national dataset at the test's sizes. Returns the
   * employer's id.
   */
  private static String seed(Path database, Path work) throws SQLException {
    System.setProperty("derby.stream.error.file", work.resolve("derby-seed.log").toString());
    NationalDataset.Settings settings =
        new NationalDataset.Settings(
            SIZES, NationalDataset.DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC));
    try (TestDatabase db = TestDatabase.kept(database)) {
      FrameworkTestAccess.importFramework(
          db, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
      try (Connection connection = db.connection()) {
        new NationalDataset(settings, false).load(connection);
        try (Statement statement = connection.createStatement();
            ResultSet employers =
                statement.executeQuery("select id from organisation where kind = 'EMPLOYER'")) {
          List<String> ids = new ArrayList<>();
          while (employers.next()) {
            ids.add(employers.getString(1));
          }
          connection.commit();
          assertThat(ids).hasSize(1);
          return ids.get(0);
        }
      }
    }
  }

  private static JsonObject start(Http steward, String organisation) {
    return body(
        steward.postJson("api/reports/gap-reports", "{\"organisation\":\"" + organisation + "\"}"),
        202);
  }

  /** Waits until the job has ended; returns it as it ended. */
  private static JsonObject ended(Http as, String id) {
    long deadline = deadline(JOB_ENDS);
    while (true) {
      JsonObject job = body(as.getJson("api/reports/jobs/" + id), 200);
      if (!job.getString("status").startsWith("START")) {
        return job;
      }
      assertThat(System.nanoTime()).as("the job did not end: %s", job).isLessThan(deadline);
      StandaloneDomain.pause(Duration.ofMillis(200));
    }
  }

  private static void assertProgress(JsonObject job, long total) {
    JsonObject progress = job.getJsonObject("progress");
    assertThat(progress.getJsonNumber("done").longValue()).as(job.toString()).isEqualTo(total);
    assertThat(progress.getJsonNumber("total").longValue()).as(job.toString()).isEqualTo(total);
  }

  /** How many workers the snapshot holds, as its people's X-Total-Count says. */
  private static long peopleTotal(Http as, String id) {
    HttpResponse<String> page = as.getJson("api/reports/gap-reports/" + id + "/people?limit=1");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
  }

  /** Every worker of the snapshot, page by page. */
  private static List<JsonObject> people(Http as, String id) {
    List<JsonObject> people = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      HttpResponse<String> response =
          as.getJson("api/reports/gap-reports/" + id + "/people?limit=1000&offset=" + offset);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonArray page = Http.json(response).asJsonArray();
      page.stream().map(JsonValue::asJsonObject).forEach(people::add);
      if (page.size() < 1000) {
        return people;
      }
    }
  }

  private static java.util.Set<String> usernames(List<JsonObject> people) {
    java.util.Set<String> usernames = new HashSet<>();
    people.forEach(p -> usernames.add(p.getString("username")));
    return usernames;
  }

  private static String csv(Http as, String id) {
    HttpResponse<String> csv = as.get("api/reports/gap-reports/" + id, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    return csv.body();
  }

  /** The snapshot summed up, without what names or dates this snapshot's job. */
  private static JsonObject summary(Http as, String id) {
    JsonObjectBuilder summary =
        Json.createObjectBuilder(body(as.getJson("api/reports/gap-reports/" + id), 200));
    summary.remove("id");
    summary.remove("startedAt");
    summary.remove("endedAt");
    return summary.build();
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  private static long deadline(Duration within) {
    return System.nanoTime() + within.toNanos();
  }

  private void say(String what) {
    System.out.printf("[sigkill] %5.1f s: %s%n", (System.nanoTime() - began) / 1e9, what);
  }
}
