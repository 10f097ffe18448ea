package org.linkworker.trellis.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Defines the application's data source, so a fresh server needs no JDBC resource created by hand.
 * Embedded Derby creates the database on first use, under the server's {@code derby.system.home}.
 *
 * <p>It is a session bean only because the container reads {@code @DataSourceDefinition} from
 * components; it has no behaviour. For PostgreSQL, the same JNDI name is bound to a server-defined
 * pool instead (see the README's configuration section).
 */
@Singleton
@DataSourceDefinition(
    name = TrellisDataSource.JNDI_NAME,
    className = "org.apache.derby.jdbc.EmbeddedXADataSource",
    databaseName = "trellis",
    minPoolSize = 1,
    maxPoolSize = 16,
    properties = {"createDatabase=create"})
public class TrellisDataSource {

  /** Where the persistence unit and the schema migration find the database. */
  public static final String JNDI_NAME = "java:app/jdbc/trellis";
}
