package org.linkworker.trellis.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import org.linkworker.trellis.platform.TrellisException;

/**
 * Prepares the database when the application is deployed: first the schema migrations, then the
 * data set (frameworks and demo data) in one transaction. If either fails the deployment fails,
 * with the reason (for a data file: the file and the item) in the server log, rather than serving
 * pages over a half-made database.
 *
 * <p>Other start-up beans that need the data should say {@code @DependsOn("ApplicationStartup")}.
 */
@Startup
@Singleton
// Lifecycle callbacks run in this transaction context: none, so each step below has its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

  private static final System.Logger LOG = System.getLogger(ApplicationStartup.class.getName());

  @Inject SchemaMigration schema;

  @Inject DataSetLoader dataSet;

  @PostConstruct
  void prepare() {
    long started = System.nanoTime();
    try {
      schema.migrate();
      long migrated = System.nanoTime();
      LOG.log(Level.INFO, "Database schema is up to date ({0} ms)", millis(started, migrated));
      dataSet.load();
      LOG.log(Level.INFO, "Data set is loaded ({0} ms)", millis(migrated, System.nanoTime()));
    } catch (TrellisException e) {
      LOG.log(Level.ERROR, "Trellis cannot start: {0}", e.getMessage());
      throw new IllegalStateException("Trellis cannot start: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Trellis cannot start: the database could not be prepared", e);
      throw e;
    }
  }

  private static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}
