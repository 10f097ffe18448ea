package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.persistence.SchemaMigrator;

/**
 * A cluster's instances start at the same moment on one fresh PostgreSQL database (issue 14): each
 * brings the schema up to date as it starts. Two migrations of one empty schema at once must both
 * succeed, each change set applied once. (Before the migration took PostgreSQL's advisory lock, the
 * second instance of a fresh cluster failed to start now and then: both made Liquibase's tables.)
 *
 * <p>Runs in the PostgreSQL execution, on its database (each round in a schema of its own, dropped
 * afterwards); on Derby, which one server alone opens, there is no race to test.
 */
@Tag("postgres")
class SchemaMigrationRaceIT {

  private static final int ROUNDS = 3;

  @Test
  void twoServersMigratingOneFreshSchemaAtOnceBothStartAndEachChangeSetIsAppliedOnce()
      throws Exception {
    assumeTrue(Deployments.ON_POSTGRES, "a cluster runs on PostgreSQL only");
    String url = System.getenv("TRELLIS_DB_URL");
    String user = System.getenv("TRELLIS_DB_USER");
    String password = System.getenv("TRELLIS_DB_PASSWORD");
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String schema = "migration_race_" + System.nanoTime();
        execute(url, user, password, "create schema " + schema);
        try {
          String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
          CyclicBarrier together = new CyclicBarrier(2);
          List<CompletableFuture<Void>> starts = new ArrayList<>();
          for (int server = 0; server < 2; server++) {
            starts.add(
                CompletableFuture.runAsync(
                    () -> migrate(inSchema, user, password, together), servers));
          }
          for (CompletableFuture<Void> start : starts) {
            start.get(5, TimeUnit.MINUTES);
          }
          try (Connection connection = DriverManager.getConnection(inSchema, user, password);
              Statement statement = connection.createStatement();
              ResultSet counts =
                  statement.executeQuery(
                      "select count(*), count(distinct id || '/' || author || '/' || filename)"
                          + " from databasechangelog")) {
            counts.next();
            assertThat(counts.getLong(1)).as("change sets applied").isPositive();
            assertThat(counts.getLong(1))
                .as("each change set applied once")
                .isEqualTo(counts.getLong(2));
          }
        } finally {
          execute(url, user, password, "drop schema " + schema + " cascade");
        }
      }
    } finally {
      servers.shutdownNow();
    }
  }

  /** One server's start: its own connection, the migration begun when the other's is. */
  private static void migrate(String url, String user, String password, CyclicBarrier together) {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      together.await(1, TimeUnit.MINUTES);
      new SchemaMigrator().migrate(connection);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
