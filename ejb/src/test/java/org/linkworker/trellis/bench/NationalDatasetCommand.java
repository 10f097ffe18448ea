package org.linkworker.trellis.bench;

import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * {@code bench/national-dataset.sh}: makes the database of a data folder as the run command's
 * server would find it (the schema migrated by the application's changelog, the shipped framework
 * loaded by the framework's own import), then loads the national dataset into it and prints each
 * table's rows per second. The database is Derby's, {@code <trellis.national.home>/derby/trellis},
 * or with {@code trellis.national.database=postgres} the PostgreSQL database that {@code
 * TRELLIS_DB_URL}, {@code TRELLIS_DB_USER} and {@code TRELLIS_DB_PASSWORD} name in the environment
 * (as for the run command; the script starts the folder's own server and sets them). The server
 * loads the demo data set at its first start as on any fresh folder. Not part of the normal test
 * run (tag "benchmark").
 *
 * <p>On PostgreSQL the driver rewrites each batch into multi-row inserts ({@code
 * reWriteBatchedInserts}), and the tables are vacuumed and analysed at the end, so that the first
 * reports are planned on statistics and can use index-only scans.
 *
 * <p>System properties: {@code trellis.national.home} (required), {@code trellis.national.database}
 * ({@code derby}, the default, or {@code postgres}), {@code trellis.national.scale} (default 1: the
 * national sizes), {@code trellis.national.seed}, {@code trellis.national.day} (default today, UTC;
 * entries end the day before), and {@code trellis.national.organisations}, {@code .workers}, {@code
 * .courses}, {@code .years}, {@code .entriesPerYear} to set one size.
 */
@Tag("benchmark")
class NationalDatasetCommand {

  private static final String PREFIX = "trellis.national.";

  @Test
  void loadsTheNationalDataset() throws SQLException {
    String homeSetting = System.getProperty(PREFIX + "home");
    if (homeSetting == null || homeSetting.isBlank()) {
      throw new IllegalStateException("set -D" + PREFIX + "home to the data folder");
    }
    Path home = Path.of(homeSetting).toAbsolutePath();
    Path derby = home.resolve("derby").resolve("trellis");
    boolean postgres =
        switch (System.getProperty(PREFIX + "database", "derby")) {
          case "derby" -> false;
          case "postgres" -> true;
          default -> throw new IllegalStateException("-D" + PREFIX + "database: derby or postgres");
        };
    String where = postgres ? environment("TRELLIS_DB_URL") : derby.toString();
    // Derby's page cache holds the hot ends of the indexes; its default (1,000 pages) is small.
    if (!postgres && System.getProperty("derby.storage.pageCacheSize") == null) {
      System.setProperty("derby.storage.pageCacheSize", "40000");
    }
    NationalDataset.Settings settings = settings();
    NationalDataset.Sizes sizes = settings.sizes();
    System.out.printf(
        "[national] %s: %,d organisations, %,d link workers, %,d courses, %,d entries"
            + " (%d years x %d a year), seed %d, day %s%n",
        where,
        sizes.organisations(),
        sizes.workers(),
        sizes.courses(),
        sizes.entries(),
        sizes.years(),
        sizes.entriesPerYear(),
        settings.seed(),
        settings.day());
    long started = System.nanoTime();
    NationalDataset.Report report;
    long postgresBytes;
    try (TestDatabase db =
        postgres
            ? TestDatabase.keptPostgres(
                where,
                environment("TRELLIS_DB_USER"),
                environment("TRELLIS_DB_PASSWORD"),
                "reWriteBatchedInserts=true")
            : TestDatabase.kept(derby)) {
      FrameworkTestAccess.importFramework(
          db, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
      System.out.printf(
          "[national] schema migrated and framework loaded in %.1f s%n",
          (System.nanoTime() - started) / 1e9);
      try (Connection connection = db.connection()) {
        report = new NationalDataset(settings, false).reportingTo(System.out).load(connection);
      }
      print(report, settings);
      postgresBytes = postgres ? vacuumAndMeasure(db) : 0;
    }
    long bytes = postgres ? postgresBytes : size(derby);
    System.out.printf(
        "[national] database %s on disk: %,.0f MB; everything took %.1f s; load average %.1f%n",
        where,
        bytes / 1e6,
        (System.nanoTime() - started) / 1e9,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void print(NationalDataset.Report report, NationalDataset.Settings settings) {
    for (NationalDataset.TableFigure figure : report.tables()) {
      System.out.printf(
          "[national] %-14s %,11d rows in %7.1f s: %,8.0f rows/s%n",
          figure.table(), figure.rows(), figure.seconds(), figure.rowsPerSecond());
    }
    System.out.printf(
        "[national] total          %,11d rows in %7.1f s: %,8.0f rows/s (the whole load, reading"
            + " the framework and making the rows included)%n",
        report.rows(), report.seconds(), report.rows() / report.seconds());
    System.out.printf(
        "[national] %,d claims of verified entries current on %s; %,d of %,d workers ready for"
            + " their next stage%n",
        report.currentVerifiedClaims(),
        settings.day(),
        report.readyWorkers(),
        settings.sizes().workers());
  }

  /**
   * PostgreSQL: vacuums and analyses the database (statistics for the planner, the visibility map
   * for index-only scans, the rows' hint bits set now rather than by the first reader), and gives
   * its size.
   */
  private static long vacuumAndMeasure(TestDatabase db) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = db.connection();
        Statement statement = connection.createStatement()) {
      statement.execute("vacuum (analyze)");
      System.out.printf(
          "[national] vacuum (analyze) in %.1f s%n", (System.nanoTime() - started) / 1e9);
      try (ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
        size.next();
        return size.getLong(1);
      }
    }
  }

  private static String environment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("set " + name + " in the environment (see run.sh)");
    }
    return value;
  }

  static NationalDataset.Settings settings() {
    double scale = Double.parseDouble(System.getProperty(PREFIX + "scale", "1"));
    NationalDataset.Sizes scaled = NationalDataset.Sizes.scaled(scale);
    NationalDataset.Sizes sizes =
        new NationalDataset.Sizes(
            Integer.getInteger(PREFIX + "organisations", scaled.organisations()),
            Integer.getInteger(PREFIX + "workers", scaled.workers()),
            Integer.getInteger(PREFIX + "courses", scaled.courses()),
            Integer.getInteger(PREFIX + "years", scaled.years()),
            Integer.getInteger(PREFIX + "entriesPerYear", scaled.entriesPerYear()));
    long seed = Long.getLong(PREFIX + "seed", NationalDataset.DEFAULT_SEED);
    String day = System.getProperty(PREFIX + "day", "");
    return new NationalDataset.Settings(
        sizes, seed, day.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(day));
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(NationalDatasetCommand::bytes).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
