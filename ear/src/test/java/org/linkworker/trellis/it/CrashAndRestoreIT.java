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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.linkworker.trellis.bench.NationalDataset;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.testing.EvidenceSamples;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * Reliability and operations (issues 10 and 13): crash safety and backup and restore, on one server
 * of the test's own (domain {@code trellis-ops}, made by prepare-domain.sh as the run command's is,
 * its database seeded with the national dataset's generator: one employer with 600 link workers),
 * started once and restarted only where the story needs it.
 *
 * <ol>
 *   <li>The backup command ({@code ./run.sh --backup}) backs up the running server online, with an
 *       evidence file; its bad inputs end with their documented codes.
 *   <li>The server's JVM is killed with {@code kill -KILL} while a worker's 10,000-row CPD import
 *       runs, the employer's organisation-wide gap-report job is a quarter or more through its
 *       workers (ten to a chunk), and twelve clients write entries, evidence and submissions at
 *       once. Started again: both jobs are FAILED, with the progress their committed chunks made.
 *       Restarted, the gap-report job completes with the snapshot a clean run on the same data
 *       writes (the same CSV, the same workers page by page, each worker once), and the import with
 *       what a clean import of the same file gives; every acknowledged write is there.
 *   <li>The restore command ({@code ./run.sh --restore}) puts the backup into a fresh data folder;
 *       the server started on it holds the state the backup was made in, evidence bytes included,
 *       and nothing made after it.
 *   <li>With the server stopped, the killed database is read directly: no entry written twice, no
 *       entry without its reflection or claims, every evidence row with its file.
 * </ol>
 *
 * <p>Run by the build in the {@code sigkill} execution, after the Arquillian tests; it stops its
 * server at the end, and kills it if need be, pass or fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndRestoreIT {

  /**
   * Two organisations (an employer with every worker, and a provider for the courses), 600 link
   * workers with two CPD entries each: seeded in seconds.
   */
  private static final NationalDataset.Sizes SIZES = new NationalDataset.Sizes(2, 600, 5, 1, 2);

  /** Workers to a gap-report chunk on the test's server (the job's default is 500): 60 chunks. */
  private static final int GAP_CHUNK = 10;

  private static final int IMPORT_ROWS = 10_000;
  private static final int CLIENTS = 12;
  private static final Duration SERVER_UP = Duration.ofMinutes(5);

  /** How long an import or a job may take to end. */
  private static final Duration ENDS = Duration.ofMinutes(5);

  private static final String HEADER =
      "key,date,title,type,hours,participatory,standard,what,learned,change,claims\r\n";

  private final long began = System.nanoTime();
  private final Path work = Path.of(System.getProperty("ops.work")).toAbsolutePath();
  private final Path evidence = work.resolve("evidence");
  private final Path restored = work.resolve("restored");
  private final Path runScript = Path.of(System.getProperty("ops.runScript"));
  private final int portbase = Integer.getInteger("ops.portbase");
  private StandaloneDomain server;
  private Thread stopServer;
  private CompletableFuture<Void> serverStarted;
  private Http steward;
  private List<NationalDataset.Worker> workers;
  private String employer;

  // What the steps find and leave for the later ones.
  private String backupFolder;
  private String keptEntry;
  private String keptEvidence;
  private String laterEntry;
  private final Map<Integer, Long> entriesAtBackup = new HashMap<>();
  private final Set<String> attempted = ConcurrentHashMap.newKeySet();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> evidenceAttempted = ConcurrentHashMap.newKeySet();
  private final Set<String> evidenceAcknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> submitAcknowledged = ConcurrentHashMap.newKeySet();

  @BeforeAll
  void startServer() throws Exception {
    server =
        new StandaloneDomain(
            Path.of(System.getProperty("it.payara.home")),
            System.getProperty("ops.domain"),
            portbase,
            work);
    server.clear();
    stopServer = new Thread(server::close, "stop " + System.getProperty("ops.domain"));
    Runtime.getRuntime().addShutdownHook(stopServer);
    serverStarted =
        CompletableFuture.runAsync(
            () -> {
              server.create(
                  Path.of(System.getProperty("sigkill.prepareDomain")),
                  Path.of(System.getProperty("sigkill.jdbcDrivers")),
                  List.of(
                      "-Dtrellis.gap-reports.chunk=" + GAP_CHUNK,
                      // A server started three times for a few minutes' work: the quick compiler
                      // only, which spends less of the 2 cores on compiling while it boots.
                      "-XX:TieredStopAtLevel=1"));
              server.start(env(evidence));
              say("domain made and server started");
            });
    workers = seed(server.derbyHome().resolve("trellis"));
    say("database seeded");
    serverStarted.join();
    server.deploy(Path.of(System.getProperty("trellis.ear")));
    server.awaitReady(SERVER_UP);
    say("application deployed");
    steward = new Http(server.base()).as(NationalDataset.STEWARD, NationalDataset.PASSWORD);
  }

  @AfterAll
  void stopServer() {
    if (serverStarted != null) {
      serverStarted.exceptionally(failed -> null).join();
    }
    if (server != null) {
      server.close();
      Runtime.getRuntime().removeShutdownHook(stopServer);
      assertThat(server.process()).isEmpty();
      say("server stopped");
    }
  }

  @Test
  @Order(1)
  void theBackupCommandBacksUpTheRunningServerWithItsEvidenceAndRefusesBadInput() throws Exception {
    Http worker = as(2);
    keptEntry = created(2, entry("Kept by the backup"));
    HttpResponse<String> file =
        worker.postFile("api/cpd-entries/" + keptEntry + "/evidence", "kept.pdf", pdf());
    assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
    keptEvidence = Http.json(file).asJsonObject().getString("id");

    // Bad input first: no credentials, a wrong password, a worker's; no server at all.
    assertThat(command(Map.of(), "--backup").exit).isEqualTo(2);
    assertThat(command(steward("wrong-password"), "--backup").exit).isEqualTo(4);
    assertThat(
            command(
                    Map.of(
                        "TRELLIS_STEWARD_USER",
                        workers.get(2).username(),
                        "TRELLIS_STEWARD_PASSWORD",
                        NationalDataset.PASSWORD),
                    "--backup")
                .exit)
        .isEqualTo(4);
    Map<String, String> nowhere = new HashMap<>(steward(NationalDataset.PASSWORD));
    nowhere.put("TRELLIS_URL", "http://localhost:" + (portbase + 99) + "/");
    assertThat(command(nowhere, "--backup").exit).isEqualTo(3);

    for (int w = 0; w < 3 + CLIENTS; w++) {
      entriesAtBackup.put(w, entryCount(as(w), w));
    }
    long start = System.nanoTime();
    Result made = command(steward(NationalDataset.PASSWORD), "--backup");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(made.exit).as(made.output).isZero();
    backupFolder = made.output.strip().lines().reduce((a, b) -> b).orElseThrow();
    Path folder = Path.of(backupFolder);
    assertThat(folder.getParent()).isEqualTo(work.resolve("backups"));
    assertThat(folder.resolve("backup.properties")).isRegularFile();
    assertThat(folder.resolve("trellis/service.properties")).isRegularFile();
    long evidenceFiles;
    try (var files = Files.list(folder.resolve("evidence"))) {
      evidenceFiles = files.count();
    }
    assertThat(evidenceFiles).isEqualTo(countFiles(evidence));
    HttpResponse<String> described = steward.getJson("api/backups/" + folder.getFileName());
    assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
    assertThat(Http.json(described).asJsonObject().getString("id"))
        .isEqualTo(folder.getFileName().toString());
    assertThat(Http.json(described).asJsonObject().getJsonNumber("evidenceFiles").longValue())
        .isEqualTo(evidenceFiles);
    say(
        String.format(
            "backup made by the command in %.1f s: %,d bytes in %s",
            seconds, size(folder), folder.getFileName()));
    JsonObject audit =
        Http.json(steward.getJson("api/audit?action=BACKUP_MADE")).asJsonArray().getJsonObject(0);
    assertThat(audit.getString("actor")).isEqualTo(NationalDataset.STEWARD);
    assertThat(audit.getString("subject")).isEqualTo("backup:" + folder.getFileName());

    // A change after the backup, which a restore must not bring back.
    laterEntry = created(2, entry("Made after the backup"));
  }

  @Test
  @Order(2)
  void afterAKillDuringTwoJobsAndABurstOfWritesEveryAcknowledgedWriteIsThereAndBothJobsRestart()
      throws Exception {
    byte[] file = history();
    Http importer = as(0);
    HttpResponse<String> started =
        importer.postCsv("api/people/" + workers.get(0).username() + "/cpd-entries/imports", file);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String path = "api/imports/" + Http.json(started).asJsonObject().getString("id");

    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> writing = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      writing.add(clients.submit(() -> burst(client, stop)));
    }
    // The import a fifth through and the burst under way, the gap-report job is started; the kill
    // comes once it has written a quarter of its workers, the import still running.
    long seen = -1;
    String gapJob = null;
    long gapSeen = -1;
    for (long deadline = deadline(ENDS); gapSeen < 0; ) {
      JsonObject run = Http.json(importer.getJson(path)).asJsonObject();
      long done = run.getJsonObject("progress").getInt("done");
      assertThat(run.getString("status"))
          .as("the import ended before it could be killed: %s", run)
          .isIn("STARTING", "STARTED");
      if (gapJob == null) {
        if (done >= IMPORT_ROWS / 5 && acknowledged.size() >= 2 * CLIENTS) {
          gapJob = startGapReport().getString("id");
        }
      } else {
        JsonObject job = body(steward.getJson("api/reports/jobs/" + gapJob), 200);
        JsonObject progress = job.getJsonObject("progress");
        long written = progress.getJsonNumber("done").longValue();
        long total = progress.getJsonNumber("total").longValue();
        assertThat(job.getString("status"))
            .as("the gap-report job ended before it could be killed: %s", job)
            .isIn("STARTING", "STARTED");
        if (written * 4 >= total && written < total) {
          gapSeen = written;
          seen = done;
          assertThat(total).isEqualTo(SIZES.workers());
        }
      }
      if (gapSeen < 0) {
        assertThat(System.nanoTime()).as("no progress: %s", run).isLessThan(deadline);
        StandaloneDomain.pause(Duration.ofMillis(50));
      }
    }
    int acknowledgedBefore = acknowledged.size();
    long killed = server.kill();
    long killedAt = System.nanoTime();
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    for (Future<?> client : writing) {
      client.get();
    }
    say(
        String.format(
            "server (pid %d) killed with %,d of %,d rows imported, %d of %d workers' gaps"
                + " written; %d of %d entries acknowledged (%d before the kill was decided), %d of"
                + " %d files, %d submissions",
            killed,
            seen,
            IMPORT_ROWS,
            gapSeen,
            SIZES.workers(),
            acknowledged.size(),
            attempted.size(),
            acknowledgedBefore,
            evidenceAcknowledged.size(),
            evidenceAttempted.size(),
            submitAcknowledged.size()));
    assertThat(server.process()).isEmpty();
    assertThat(server.anyPortOpen()).isFalse();

    server.start(env(evidence));
    server.awaitReady(SERVER_UP);
    say(
        String.format(
            "server started again %.1f s after the kill", (System.nanoTime() - killedAt) / 1e9));

    // The gap-report job: FAILED, its progress what its committed chunks wrote.
    int workerCount = SIZES.workers();
    JsonObject gapFailed = body(steward.getJson("api/reports/jobs/" + gapJob), 200);
    assertThat(gapFailed.getString("status")).as(gapFailed.toString()).isEqualTo("FAILED");
    long gapCommitted = gapFailed.getJsonObject("progress").getJsonNumber("done").longValue();
    assertThat(gapCommitted).isBetween(gapSeen, workerCount - 1L);
    assertThat(gapFailed.getJsonObject("progress").getJsonNumber("total").longValue())
        .isEqualTo(workerCount);
    assertThat(peopleTotal(gapJob)).isEqualTo(gapCommitted);
    say("the gap-report job is FAILED with " + gapCommitted + " workers written; restarting it");

    // Restarted, it carries on and completes, every worker written once, as a clean run writes.
    // (The writes of the import and the burst are drafts and submissions, which no gap counts.)
    HttpResponse<String> gapRestart =
        steward.postJson("api/reports/jobs/" + gapJob + "/restart", "");
    assertThat(body(gapRestart, 200).getString("status")).isIn("STARTING", "STARTED", "COMPLETED");
    JsonObject restartedJob = ended(steward, "api/reports/jobs/" + gapJob);
    assertThat(restartedJob.getString("status")).as(restartedJob.toString()).isEqualTo("COMPLETED");
    assertJobProgress(restartedJob, workerCount);
    JsonObject cleanJob = ended(steward, "api/reports/jobs/" + startGapReport().getString("id"));
    assertThat(cleanJob.getString("status")).as(cleanJob.toString()).isEqualTo("COMPLETED");
    assertJobProgress(cleanJob, workerCount);
    String cleanJobId = cleanJob.getString("id");
    assertThat(restartedJob.getString("on")).isEqualTo(cleanJob.getString("on"));
    List<JsonObject> restartedPeople = gapPeople(gapJob);
    List<JsonObject> cleanPeople = gapPeople(cleanJobId);
    assertThat(restartedPeople).hasSize(workerCount);
    assertThat(restartedPeople.stream().map(p -> p.getString("username")).distinct())
        .hasSize(workerCount);
    assertThat(peopleTotal(gapJob)).isEqualTo(workerCount);
    assertThat(restartedPeople).isEqualTo(cleanPeople);
    String restartedCsv = gapCsv(gapJob);
    assertThat(restartedCsv).isEqualTo(gapCsv(cleanJobId));
    assertThat(restartedCsv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
        .containsExactlyElementsOf(
            restartedPeople.stream()
                .flatMap(p -> p.getJsonArray("gaps").stream().map(g -> p.getString("username")))
                .toList());
    assertThat(gapSummary(gapJob)).isEqualTo(gapSummary(cleanJobId));
    say("restarted gap-report snapshot equals a clean run's");

    // The import: FAILED, its committed rows there once each.
    JsonObject failed = Http.json(importer.getJson(path)).asJsonObject();
    assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
    long committed = failed.getJsonObject("progress").getInt("done");
    assertThat(committed).isBetween(seen, (long) IMPORT_ROWS - 1);
    long stored = entryCount(importer, 0) - entriesAtBackup.get(0);
    assertThat(stored)
        .as("entries stored for the rows committed (%d), less the rows refused", committed)
        .isEqualTo(committed - failed.getInt("rejected"));

    // Restarted: it completes with what a clean import of the same file gives.
    HttpResponse<String> restart = importer.postJson(path + "/restart", "{}");
    assertThat(restart.statusCode()).as(restart.body()).isEqualTo(200);
    JsonObject completed = ended(importer, path);
    say("restarted import completed after the kill: " + counts(completed));
    Http clean = as(1);
    HttpResponse<String> cleanStarted =
        clean.postCsv("api/people/" + workers.get(1).username() + "/cpd-entries/imports", file);
    assertThat(cleanStarted.statusCode()).as(cleanStarted.body()).isEqualTo(202);
    JsonObject cleanRun =
        ended(clean, "api/imports/" + Http.json(cleanStarted).asJsonObject().getString("id"));
    say("clean import of the same file: " + counts(cleanRun));
    assertThat(completed.getString("status")).isEqualTo("COMPLETED");
    assertThat(counts(completed)).isEqualTo(counts(cleanRun));
    assertThat(completed.getJsonArray("errors")).isEqualTo(cleanRun.getJsonArray("errors"));
    assertThat(entryCount(importer, 0) - entriesAtBackup.get(0))
        .isEqualTo(entryCount(clean, 1) - entriesAtBackup.get(1))
        .isEqualTo(completed.getInt("created"));
    assertThat(completed.getInt("created") + completed.getInt("rejected")).isEqualTo(IMPORT_ROWS);

    // Every acknowledged entry is there, once (its content is read from the database at the end).
    for (int c = 0; c < CLIENTS; c++) {
      Http client = as(3 + c);
      String prefix = "Burst " + c + " ";
      HttpResponse<String> list =
          client.getJson("api/people/" + workers.get(3 + c).username() + "/cpd-entries?limit=1000");
      assertThat(list.statusCode()).isEqualTo(200);
      List<String> titles =
          Http.json(list).asJsonArray().stream()
              .map(e -> e.asJsonObject().getString("title"))
              .filter(t -> t.startsWith(prefix))
              .toList();
      assertThat(titles).doesNotHaveDuplicates();
      assertThat(titles)
          .containsAll(acknowledged.stream().filter(t -> t.startsWith(prefix)).toList());
      assertThat(attempted).containsAll(titles);
    }
  }

  @Test
  @Order(3)
  void aBackupRestoredIntoAFreshFolderStartsWithTheStateItWasMadeIn() throws Exception {
    // Bad input: nothing named, no such backup, a folder that is not a backup, a data folder that
    // holds a database, a data folder whose server runs.
    assertThat(command(Map.of("TRELLIS_HOME", restored.toString()), "--restore").exit).isEqualTo(2);
    assertThat(
            command(
                    Map.of("TRELLIS_HOME", restored.toString()),
                    "--restore",
                    work.resolve("no-such-backup").toString())
                .exit)
        .isEqualTo(2);
    assertThat(
            command(Map.of("TRELLIS_HOME", restored.toString()), "--restore", evidence.toString())
                .exit)
        .isEqualTo(2);
    assertThat(command(Map.of("TRELLIS_HOME", work.toString()), "--restore", backupFolder).exit)
        .isEqualTo(3);
    Path busy = work.resolve("busy");
    Path pid = busy.resolve("payara-6/payara6/glassfish/domains/trellis/config/pid");
    Files.createDirectories(pid.getParent());
    Files.writeString(pid, Long.toString(ProcessHandle.current().pid()));
    assertThat(command(Map.of("TRELLIS_HOME", busy.toString()), "--restore", backupFolder).exit)
        .isEqualTo(4);
    assertThat(restored).doesNotExist();

    long start = System.nanoTime();
    Result restore =
        command(Map.of("TRELLIS_HOME", restored.toString()), "--restore", backupFolder);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(restore.exit).as(restore.output).isZero();
    assertThat(restored.resolve("derby/trellis/service.properties")).isRegularFile();
    say(String.format("restored by the command in %.1f s", seconds));

    server.close();
    server.rehome(restored.resolve("derby"));
    start = System.nanoTime();
    server.start(env(restored.resolve("evidence")));
    server.awaitReady(SERVER_UP);
    say(
        String.format(
            "server started on the restored folder in %.1f s", (System.nanoTime() - start) / 1e9));

    Http worker = as(2);
    assertThat(worker.getJson("api/cpd-entries/" + keptEntry).statusCode()).isEqualTo(200);
    assertThat(
            Http.json(worker.getJson("api/cpd-entries/" + keptEntry))
                .asJsonObject()
                .getString("title"))
        .isEqualTo("Kept by the backup");
    HttpResponse<byte[]> file =
        java.net.http.HttpClient.newHttpClient()
            .send(
                worker.request("api/evidence/" + keptEvidence).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf());
    assertThat(worker.getJson("api/cpd-entries/" + laterEntry).statusCode()).isEqualTo(404);
    // The importer, the worker who made the kept entry, and three of the burst's clients (each
    // first sign-in costs a password hash on the freshly started server).
    for (int w : new int[] {0, 2, 3, 4, 3 + CLIENTS - 1}) {
      assertThat(entryCount(as(w), w))
          .as("entries of worker %d: what the backup held, nothing after it", w)
          .isEqualTo(entriesAtBackup.get(w));
    }
  }

  @Test
  @Order(4)
  void theKilledDatabaseHoldsEveryWriteOnceWholeAndEveryEvidenceRowHasItsFile() throws Exception {
    server.close();
    try (Connection db =
        DriverManager.getConnection("jdbc:derby:" + work.resolve("derby/trellis"))) {
      // The restarted import and the clean one stored the same entries with the same claims.
      assertThat(imported(db, 0)).hasSize(IMPORT_ROWS - rejectedRows()).isEqualTo(imported(db, 1));
      assertThat(importedClaims(db, 0)).isEqualTo(importedClaims(db, 1));

      // The burst: each title at most once, whole; every acknowledged one there.
      Map<String, Integer> seen = new HashMap<>();
      try (PreparedStatement entries =
              db.prepareStatement(
                  "select e.title, e.reflection_what, e.reflection_learned, e.reflection_change,"
                      + " e.status, (select count(*) from cpd_claim c where c.entry_id = e.id)"
                      + " from cpd_entry e where e.title like 'Burst %'");
          ResultSet rows = entries.executeQuery()) {
        while (rows.next()) {
          String title = rows.getString(1);
          seen.merge(title, 1, Integer::sum);
          assertThat(rows.getString(2)).as(title).isEqualTo("What " + title);
          assertThat(rows.getString(3)).as(title).isEqualTo("Learned " + title);
          assertThat(rows.getString(4)).as(title).isEqualTo("Change " + title);
          assertThat(rows.getInt(6)).as("claims of " + title).isEqualTo(2);
          if (submitAcknowledged.contains(title)) {
            assertThat(rows.getString(5)).as(title).isEqualTo("SUBMITTED");
          }
        }
      }
      assertThat(seen.values()).allMatch(n -> n == 1);
      assertThat(attempted).containsAll(seen.keySet());
      assertThat(seen.keySet()).containsAll(acknowledged);
      say(
          String.format(
              "burst: %d entries attempted, %d acknowledged, %d stored (each whole, once)",
              attempted.size(), acknowledged.size(), seen.size()));

      // Every evidence row has its file, with its bytes; every acknowledged upload has its row.
      Map<String, Integer> files = new HashMap<>();
      try (PreparedStatement rows =
              db.prepareStatement(
                  "select e.title, f.stored_name, f.size_bytes, f.sha256 from evidence_file f"
                      + " join cpd_entry e on e.id = f.entry_id where e.title like 'Burst %'");
          ResultSet row = rows.executeQuery()) {
        while (row.next()) {
          files.merge(row.getString(1), 1, Integer::sum);
          Path stored = evidence.resolve(row.getString(2));
          assertThat(stored).as("the file of " + row.getString(1)).isRegularFile();
          assertThat(Files.size(stored)).isEqualTo(row.getLong(3));
          assertThat(sha256(Files.readAllBytes(stored))).isEqualTo(row.getString(4));
        }
      }
      assertThat(files.values()).allMatch(n -> n == 1);
      assertThat(evidenceAttempted).containsAll(files.keySet());
      assertThat(files.keySet()).containsAll(evidenceAcknowledged);
    } finally {
      try {
        // This database only: shutting the whole engine down would deregister Derby's driver in
        // this JVM, which other tests of the execution share.
        DriverManager.getConnection(
                "jdbc:derby:" + work.resolve("derby/trellis") + ";shutdown=true")
            .close();
      } catch (SQLException shutDown) {
        // Derby says it has shut down with an exception.
      }
    }
  }

  // ------------------------------------------------------------------------------------ the burst

  /** One client's writes until told to stop or the server is gone. */
  private void burst(int client, AtomicBoolean stop) {
    Http http = as(3 + client);
    String username = workers.get(3 + client).username();
    for (int n = 1; !stop.get(); n++) {
      String title = "Burst " + client + " " + n;
      try {
        attempted.add(title);
        HttpResponse<String> made =
            http.postJson("api/people/" + username + "/cpd-entries", entry(title));
        if (made.statusCode() != 201) {
          throw new AssertionError("entry " + title + ": " + made.statusCode() + " " + made.body());
        }
        acknowledged.add(title);
        String id = Http.json(made).asJsonObject().getString("id");
        if (n % 2 == 0) {
          evidenceAttempted.add(title);
          HttpResponse<String> file =
              http.postFile("api/cpd-entries/" + id + "/evidence", "burst.pdf", pdf());
          if (file.statusCode() != 201) {
            throw new AssertionError("file of " + title + ": " + file.statusCode());
          }
          evidenceAcknowledged.add(title);
        }
        if (n % 3 == 0) {
          HttpResponse<String> submitted = http.postJson("api/cpd-entries/" + id + "/submit", "");
          if (submitted.statusCode() != 200) {
            throw new AssertionError("submit " + title + ": " + submitted.statusCode());
          }
          submitAcknowledged.add(title);
        }
      } catch (UncheckedIOException serverGone) {
        // The server killed: unacknowledged. Anything else is a failure of its own.
        long deadline = deadline(Duration.ofMinutes(2));
        while (!stop.get() && System.nanoTime() < deadline) {
          StandaloneDomain.pause(Duration.ofMillis(20));
        }
        if (!stop.get()) {
          throw serverGone;
        }
        return;
      }
    }
  }

  private static String entry(String title) {
    return "{\"date\":\""
        + LocalDate.now(ZoneOffset.UTC).minusDays(1)
        + "\",\"title\":\""
        + title
        + "\",\"type\":\"READING\",\"hours\":1,\"reflection\":{\"what\":\"What "
        + title
        + "\",\"learned\":\"Learned "
        + title
        + "\",\"change\":\"Change "
        + title
        + "\"},\"claims\":[{\"competency\":\"PC.1\",\"level\":1},"
        + "{\"competency\":\"CC.1\",\"level\":1}]}";
  }

  /** Records an entry as the worker; its id. */
  private String created(int worker, String entry) {
    HttpResponse<String> made =
        as(worker).postJson("api/people/" + workers.get(worker).username() + "/cpd-entries", entry);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return Http.json(made).asJsonObject().getString("id");
  }

  // ----------------------------------------------------------------------------------- the import

  /** The import's file: every 400th row refused (150 hours), half the rows with a reflection. */
  private static byte[] history() {
    String[] types = {"COURSE", "E_LEARNING", "PEER_LEARNING", "READING", "SUPERVISION"};
    String[] competencies = {"PC.1", "PC.2", "CC.1", "CC.3", "SE.1", "TS.1"};
    LocalDate first = LocalDate.of(2025, 1, 1);
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 1; i <= IMPORT_ROWS; i++) {
      file.append('K')
          .append(i)
          .append(',')
          .append(first.plusDays(i % 600))
          .append(",Imported learning ")
          .append(i)
          .append(',')
          .append(types[i % types.length])
          .append(',')
          .append(i % 400 == 0 ? "150" : Integer.toString(1 + i % 8))
          .append(',')
          .append(i % 3 == 0)
          .append(",,")
          .append(i % 2 == 0 ? "What happened " + i + ",What I learned,How I work now," : ",,,")
          .append(competencies[i % 6])
          .append(':')
          .append(1 + i % 3)
          .append(';')
          .append(competencies[(i + 1) % 6])
          .append(":1\r\n");
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int rejectedRows() {
    return IMPORT_ROWS / 400;
  }

  /** Waits until the import or job at the path has ended; returns it as it ended. */
  private static JsonObject ended(Http as, String path) {
    long deadline = deadline(ENDS);
    while (true) {
      JsonObject run = Http.json(as.getJson(path)).asJsonObject();
      if (!run.getString("status").startsWith("START")) {
        return run;
      }
      assertThat(System.nanoTime()).as("%s did not end: %s", path, run).isLessThan(deadline);
      StandaloneDomain.pause(Duration.ofMillis(200));
    }
  }

  private static String counts(JsonObject run) {
    return String.format(
        "%s, %d done, %d created, %d updated, %d unchanged, %d rejected, %d errors",
        run.getString("status"),
        run.getJsonObject("progress").getInt("done"),
        run.getInt("created"),
        run.getInt("updated"),
        run.getInt("unchanged"),
        run.getInt("rejected"),
        run.getInt("errorCount"));
  }

  private long entryCount(Http as, int worker) {
    HttpResponse<String> list =
        as.getJson("api/people/" + workers.get(worker).username() + "/cpd-entries?limit=1");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
  }

  /** A worker's imported entries as text, by key, read from the database. */
  private List<String> imported(Connection db, int worker) throws SQLException {
    return strings(
        db,
        "select e.import_key, e.entry_date, e.title, e.activity_type, e.hours, e.participatory,"
            + " e.reflection_what, e.reflection_learned, e.reflection_change, e.status"
            + " from cpd_entry e join person p on p.id = e.owner_id"
            + " where p.username = ? and e.import_key is not null order by e.import_key",
        workers.get(worker).username());
  }

  private List<String> importedClaims(Connection db, int worker) throws SQLException {
    return strings(
        db,
        "select e.import_key, c.competency_code, c.level_number from cpd_claim c"
            + " join cpd_entry e on e.id = c.entry_id join person p on p.id = e.owner_id"
            + " where p.username = ? and e.import_key is not null"
            + " order by e.import_key, c.competency_code",
        workers.get(worker).username());
  }

  private static List<String> strings(Connection db, String sql, String parameter)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        int columns = row.getMetaData().getColumnCount();
        while (row.next()) {
          StringBuilder line = new StringBuilder();
          for (int c = 1; c <= columns; c++) {
            line.append(row.getString(c)).append('|');
          }
          rows.add(line.toString());
        }
      }
    }
    return rows;
  }

  // ------------------------------------------------------------------------- the gap-report job

  /** Starts the employer's organisation-wide gap-report job as the steward. */
  private JsonObject startGapReport() {
    return body(
        steward.postJson("api/reports/gap-reports", "{\"organisation\":\"" + employer + "\"}"),
        202);
  }

  private static void assertJobProgress(JsonObject job, long total) {
    JsonObject progress = job.getJsonObject("progress");
    assertThat(progress.getJsonNumber("done").longValue()).as(job.toString()).isEqualTo(total);
    assertThat(progress.getJsonNumber("total").longValue()).as(job.toString()).isEqualTo(total);
  }

  /** How many workers the snapshot holds, as its people's X-Total-Count says. */
  private long peopleTotal(String id) {
    HttpResponse<String> page =
        steward.getJson("api/reports/gap-reports/" + id + "/people?limit=1");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
  }

  /** Every worker of the snapshot, page by page. */
  private List<JsonObject> gapPeople(String id) {
    List<JsonObject> people = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      HttpResponse<String> response =
          steward.getJson("api/reports/gap-reports/" + id + "/people?limit=1000&offset=" + offset);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonArray page = Http.json(response).asJsonArray();
      page.stream().map(JsonValue::asJsonObject).forEach(people::add);
      if (page.size() < 1000) {
        return people;
      }
    }
  }

  private String gapCsv(String id) {
    HttpResponse<String> csv = steward.get("api/reports/gap-reports/" + id, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    return csv.body();
  }

  /** The snapshot summed up, without what names or dates this snapshot's job. */
  private JsonObject gapSummary(String id) {
    JsonObjectBuilder summary =
        Json.createObjectBuilder(body(steward.getJson("api/reports/gap-reports/" + id), 200));
    summary.remove("id");
    summary.remove("startedAt");
    summary.remove("endedAt");
    return summary.build();
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  // ------------------------------------------------------------------------------ the commands

  private record Result(int exit, String output) {}

  /** Runs the run command with the arguments, its environment extended by {@code env}. */
  private Result command(Map<String, String> env, String... arguments) {
    List<String> command = new ArrayList<>(List.of("bash", runScript.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("TRELLIS_STEWARD_USER");
    builder.environment().remove("TRELLIS_STEWARD_PASSWORD");
    builder.environment().remove("TRELLIS_TOKEN");
    builder.environment().remove("TRELLIS_HOME");
    builder.environment().remove("TRELLIS_EVIDENCE_DIR");
    builder.environment().put("TRELLIS_PORTBASE", Integer.toString(portbase));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      System.out.print(output.indent(2));
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> steward(String password) {
    return Map.of(
        "TRELLIS_STEWARD_USER", NationalDataset.STEWARD, "TRELLIS_STEWARD_PASSWORD", password);
  }

  // ---------------------------------------------------------------------------------- helpers

  /** The server's environment: no demo data; evidence in the given folder. */
  private static Map<String, String> env(Path evidenceFolder) {
    return Map.of(
        "TRELLIS_DEMO",
        "false",
        "TRELLIS_EVIDENCE_DIR",
        evidenceFolder.toAbsolutePath().toString());
  }

  private Http as(int worker) {
    return new Http(server.base()).as(workers.get(worker).username(), NationalDataset.PASSWORD);
  }

  /**
   * The national dataset's generator at the test's sizes; returns its workers, and notes its one
   * employer.
   */
  private List<NationalDataset.Worker> seed(Path database) throws SQLException {
    System.setProperty("derby.stream.error.file", work.resolve("derby-seed.log").toString());
    NationalDataset.Settings settings =
        new NationalDataset.Settings(
            SIZES, NationalDataset.DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC));
    try (TestDatabase db = TestDatabase.kept(database)) {
      FrameworkTestAccess.importFramework(
          db, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
      try (Connection connection = db.connection()) {
        List<NationalDataset.Worker> generated =
            new NationalDataset(settings, true).load(connection).workers();
        List<String> employers = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("select id from organisation where kind = 'EMPLOYER'");
            ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            employers.add(rows.getString(1));
          }
        }
        connection.commit();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(3 + CLIENTS);
        assertThat(employers).hasSize(1);
        employer = employers.get(0);
        return generated;
      }
    }
  }

  private static byte[] pdf() {
    return EvidenceSamples.pdf();
  }

  private static long countFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static long size(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      long total = 0;
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          total += Files.size(file);
        }
      }
      return total;
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static long deadline(Duration within) {
    return System.nanoTime() + within.toNanos();
  }

  private void say(String what) {
    System.out.printf("[ops] %5.1f s: %s%n", (System.nanoTime() - began) / 1e9, what);
  }
}
