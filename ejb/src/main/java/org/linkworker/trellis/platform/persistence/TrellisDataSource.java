package org.linkworker.trellis.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Defines the application's data source, so a fresh server needs no JDBC resource created by hand.
 * The database is chosen when the server starts, from its environment, with no rebuild: unset, it
 * is embedded Derby, created on first use under the server's {@code derby.system.home} (schema
 * {@code APP}, as Derby names it for no user); {@code TRELLIS_DB_URL}, {@code TRELLIS_DB_USER} and
 * {@code TRELLIS_DB_PASSWORD} name a PostgreSQL database instead, with {@code TRELLIS_DB_DRIVER}
 * the driver's class ({@code org.postgresql.Driver}; the run command sets it from the URL). Both
 * drivers are in the domain's lib folder.
 *
 * <p>The data source is not an XA one: a transaction that also writes Payara's own database (a
 * batch chunk, whose checkpoint the job repository keeps) commits Trellis's part in one phase, last
 * (the transaction manager's last-agent optimisation). With XA, a server killed between a two-phase
 * commit's prepare and commit left Trellis's rows locked by a transaction in doubt, which nothing
 * settled at the next start (the container does not recover the XA resources of a data source an
 * application defines), and every reader of those rows then timed out.
 *
 * <p>It is a session bean only because the container reads {@code @DataSourceDefinition} from
 * components; it has no behaviour.
 */
@Singleton
@DataSourceDefinition(
    name = TrellisDataSource.JNDI_NAME,
    className = "${ENV=TRELLIS_DB_DRIVER:org.apache.derby.jdbc.EmbeddedDriver}",
    url = "${ENV=TRELLIS_DB_URL:jdbc:derby:trellis;create=true}",
    user = "${ENV=TRELLIS_DB_USER:APP}",
    password = "${ENV=TRELLIS_DB_PASSWORD:APP}",
    minPoolSize = 1,
    maxPoolSize = 16)
public class TrellisDataSource {

  /** Where the persistence unit and the schema migration find the database. */
  public static final String JNDI_NAME = "java:app/jdbc/trellis";
}
