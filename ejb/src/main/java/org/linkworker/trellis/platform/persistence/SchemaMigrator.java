package org.linkworker.trellis.platform.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
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
 */
public class SchemaMigrator {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

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
    try {
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

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
