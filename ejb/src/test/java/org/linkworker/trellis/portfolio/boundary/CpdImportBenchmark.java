package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.portfolio.boundary.CpdImportTestBed.HEADER;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.platform.persistence.TimeOrderedIds;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.portfolio.control.EntryInserts;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The CPD import's rate: the job's own chunk writer ({@link CpdImportRows}, chunks of 1,000 rows
 * each committed in a transaction of its own, as the {@code cpd-import} job commits them) on a
 * Derby database on disk, importing {@code trellis.bench.rows} rows (default 20,000) of entries
 * with two claims each, the same rows written by the batched inserts alone (what the database
 * costs), and then the same file again (every row unchanged). Not part of the normal test run;
 * {@code bench/cpd-import.sh} runs it and prints the figures.
 */
@Tag("benchmark")
class CpdImportBenchmark {

  private static final int ROWS = Integer.getInteger("trellis.bench.rows", 20_000);
  private static final int CHUNK = 1000;
  private static final String[] COMPETENCIES = {
    "PC.1", "PC.2", "CC.1", "CC.3", "SE.1", "TS.1", "DI.1", "LY.1"
  };
  private static final String[] TYPES = {
    "COURSE", "E_LEARNING", "PEER_LEARNING", "READING", "SUPERVISION", "SHADOWING"
  };

  private static CpdImportTestBed bed;

  @BeforeAll
  static void database() {
    bed = new CpdImportTestBed(TestDatabase.onDisk(Path.of("target")));
  }

  @AfterAll
  static void close() {
    bed.close();
  }

  static String history(String prefix, int rows) {
    StringBuilder file = new StringBuilder(HEADER);
    LocalDate first = LocalDate.of(2026, 11, 25).minusDays(rows / 10 + 1);
    for (int i = 1; i <= rows; i++) {
      file.append(prefix)
          .append(i)
          .append(',')
          .append(first.plusDays(i / 10))
          .append(",Learning number ")
          .append(i)
          .append(',')
          .append(TYPES[i % TYPES.length])
          .append(',')
          .append(1 + i % 8)
          .append(i % 4 == 0 ? ".5" : "")
          .append(',')
          .append(i % 3 == 0)
          .append(',')
          .append(i % 5 == 0 ? "CP.3" : "")
          .append(',')
          .append(i % 2 == 0 ? "What happened at session " + i : "")
          .append(',')
          .append(i % 2 == 0 ? "What I learned" : "")
          .append(',')
          .append(i % 2 == 0 ? "How my practice changes" : "")
          .append(',')
          .append(COMPETENCIES[i % 8])
          .append(':')
          .append(1 + i % 4)
          .append(';')
          .append(COMPETENCIES[(i + 3) % 8])
          .append(":1,")
          .append(i % 10 == 0 ? "SUBMITTED" : "")
          .append("\r\n");
    }
    return file.toString();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Wall-clock seconds, and the seconds of CPU the importing thread used. */
  record Took(double seconds, double cpuSeconds) {}

  /** Stores the file as the worker's import and runs it through the writer. */
  private static Took run(Caller worker, String username, String file) {
    String id =
        bed.query(
            em ->
                bed.service(em).store(worker, username, "bench.csv", CpdImportTestBed.utf8(file)));
    List<CsvRow> rows = new ArrayList<>();
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    CpdCsv.rows(CpdImportTestBed.utf8(file), 0).forEachRemaining(rows::add);
    for (int i = 0; i < rows.size(); i += CHUNK) {
      List<CsvRow> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
      bed.query(
          em -> {
            bed.rows(em).write(id, chunk);
            return null;
          });
    }
    Took took =
        new Took(
            (System.nanoTime() - start) / 1e9,
            (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    FileImport done = bed.run(id);
    assertThat(done.getDoneRows()).isEqualTo(rows.size());
    assertThat(done.getRejected()).isZero();
    return took;
  }

  /**
   * The same rows written by {@link EntryInserts} alone into another worker's portfolio, chunk by
   * chunk, without reading, checking or looking anything up: what the database costs, so that the
   * import's own work can be told from it.
   */
  private static Took insertsAlone(String file) {
    FrameworkSnapshot framework = bed.frameworks.current().orElseThrow();
    List<CsvRow> rows = new ArrayList<>();
    CpdCsv.rows(CpdImportTestBed.utf8(file), 0).forEachRemaining(rows::add);
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < rows.size(); i += CHUNK) {
      List<CsvRow> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
      bed.query(
          em -> {
            Person owner =
                em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                    .setParameter("username", "sam.supervisor")
                    .getSingleResult();
            List<CpdEntry> entries = new ArrayList<>();
            for (CsvRow row : chunk) {
              CpdCsv.Row values = CpdCsv.parse(row).row();
              CpdEntry entry =
                  new CpdEntry(
                      TimeOrderedIds.next(),
                      owner,
                      values.date(),
                      values.title(),
                      values.type(),
                      values.hours(),
                      Instant.now());
              entry.importedAs(values.key());
              entry.claim(
                  values.claims().stream()
                      .map(
                          c ->
                              new Claim(
                                  framework.competency(c.competency()).orElseThrow().id(),
                                  c.competency(),
                                  c.level()))
                      .toList());
              entries.add(entry);
            }
            try {
              EntryInserts.insert(em.unwrap(Connection.class), entries);
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
            return null;
          });
    }
    return new Took(
        (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }

  /**
   * Prints the rate by the clock and by the importing thread's own CPU time (what the rate would be
   * with a core to itself; on a machine shared with other work the two differ most).
   */
  private static void report(String what, int rows, Took took) {
    System.out.printf(
        "[cpd import] %s: %,d rows (%,d claims) in %.2f s: %,.0f rows/s"
            + " (importing thread's CPU %.2f s: %,.0f rows per CPU-second); load average %.1f%n",
        what,
        rows,
        rows * 2,
        took.seconds(),
        rows / took.seconds(),
        took.cpuSeconds(),
        rows / took.cpuSeconds(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  @Test
  void importsTheRowsAndPrintsTheRate() {
    // The server's JIT has long since compiled the import when a worker uploads; warm it the same.
    report("warm-up (Lee, not counted)", ROWS, run(bed.lee, "lee.trainee", history("W", ROWS)));

    String file = history("B", ROWS);
    Took fresh = run(bed.alex, "alex.link", file);
    report("new entries", ROWS, fresh);
    long entries =
        bed.portfolio(s -> s.entries(bed.alex, "alex.link", EntryFilter.none(), 0, 1))
            .page()
            .total();
    assertThat(entries).isEqualTo(ROWS);

    report("the batched inserts alone, for comparison", ROWS, insertsAlone(file));

    Took again = run(bed.alex, "alex.link", file);
    report("the same file again (unchanged)", ROWS, again);
    assertThat(
            bed.portfolio(s -> s.entries(bed.alex, "alex.link", EntryFilter.none(), 0, 1))
                .page()
                .total())
        .isEqualTo(ROWS);
  }
}
