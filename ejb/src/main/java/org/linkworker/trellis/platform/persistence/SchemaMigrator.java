package org.linkworker.trellis.platform.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.linkworker.trellis.platform.TrellisException;

/**
 * Brings a database schema up to date with the versioned changelog under {@value #CHANGELOG}. Runs
 * on a connection the caller owns and closes; Liquibase commits each change set itself, so the
 * caller must not be in a JTA transaction.
 *
 * <p>On PostgreSQL, where several servers may start on one database at once (a cluster's
 * instances), one migrates at a time: each holds a session-level advisory lock while it migrates,
 * and the others wait for it, then find the schema up to date. Liquibase's own lock table cannot do
 * this on a fresh database: two servers that both find no table race to make it, and the loser
 * fails to start ({@code relation "databasechangelog" already exists}).
 */
public class SchemaMigrator {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

  /** The advisory lock's key on PostgreSQL: any fixed number, the same in every server. */
  static final long MIGRATION_LOCK = 0x7472656c6c6973L; // "trellis" in ASCII

  private final ClassLoader classLoader;

  /** Reads the changelog through this class's own class loader (the EJB module's). */
  public SchemaMigrator() {
    this(SchemaMigrator.class.getClassLoader());
  }

  public SchemaMigrator(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Applies every change set not yet applied.
   *
   * @throws TrellisException when a change set fails; what was applied before it stays
   */
  public void migrate(Connection connection) {
    Map<String, Object> scope = new HashMap<>();
    scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader));
    scope.put(Scope.Attr.classLoader.name(), classLoader);
    // A server must not call out to a vendor at start-up (and cannot, on a closed network).
    scope.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
    // Progress goes to the server log, not to standard output.
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    try (MigrationLock lock = MigrationLock.take(connection)) {
      boolean autoCommit = connection.getAutoCommit();
      Scope.child(
          scope,
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            LOG.log(
                Level.DEBUG,
                "Migrating the {0} schema with {1}",
                database.getShortName(),
                CHANGELOG);
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(
                    ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute();
          });
      // Liquibase leaves auto-commit off; a pooled connection must go back as it came.
      if (connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (Exception e) {
      throw new TrellisException("schema.migration_failed", e, rootMessage(e));
    }
  }

  /** The advisory lock on PostgreSQL, held for the migration; on other databases, nothing. */
  private record MigrationLock(Connection connection) implements AutoCloseable {

    static MigrationLock take(Connection connection) throws SQLException {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return new MigrationLock(null);
      }
      LOG.log(Level.DEBUG, "Waiting for the schema migration lock");
      // A session-level lock: commits and rollbacks leave it held until it is let go.
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + MIGRATION_LOCK + ")");
      }
      return new MigrationLock(connection);
    }

    @Override
    public void close() throws SQLException {
      if (connection == null) {
        return;
      }
      // A failed change set may leave its transaction aborted, where no statement runs.
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_unlock(" + MIGRATION_LOCK + ")");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
