package org.linkworker.trellis.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.persistence.SchemaMigrator;
import org.linkworker.trellis.platform.persistence.TrellisDataSource;

/**
 * Brings the database schema up to date. Outside any JTA transaction: Liquibase commits each change
 * set on its own connection, and holds its lock table while it does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  @Resource(lookup = TrellisDataSource.JNDI_NAME)
  DataSource dataSource;

  /**
   * Applies the change sets not yet applied.
   *
   * @throws TrellisException when the database cannot be reached or a change set fails
   */
  public void migrate() {
    try (Connection connection = dataSource.getConnection()) {
      new SchemaMigrator().migrate(connection);
    } catch (SQLException e) {
      throw new TrellisException("schema.migration_failed", e, e.getMessage());
    }
  }
}
