package org.linkworker.trellis.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Defines the application's data source, so a fresh server needs no JDBC resource created by hand.
 * Embedded Derby creates the database on first use, under the server's {@code derby.system.home}.
 *
 * <p>The data source is not an XA one: a transaction that also writes Payara's own database (a
 * batch chunk, whose checkpoint the job repository keeps) commits Trellis's part in one phase, last
 * (the transaction manager's last-agent optimisation). With XA, a server killed between a two-phase
 * commit's prepare and commit left Trellis's rows locked by a transaction in doubt, which nothing
 * settled at the next start (the container does not recover the XA resources of a data source an
 * application defines), and every reader of those rows then timed out.
 *
 * <p>It is a session bean only because the container reads {@code @DataSourceDefinition} from
 * components; it has no behaviour. For PostgreSQL, the same JNDI name is bound to a server-defined
 * pool instead (see the README's configuration section).
 */
@Singleton
@DataSourceDefinition(
    name = TrellisDataSource.JNDI_NAME,
    className = "org.apache.derby.jdbc.EmbeddedDataSource",
    databaseName = "trellis",
    minPoolSize = 1,
    maxPoolSize = 16,
    properties = {"createDatabase=create"})
public class TrellisDataSource {

  /** Where the persistence unit and the schema migration find the database. */
  public static final String JNDI_NAME = "java:app/jdbc/trellis";
}
