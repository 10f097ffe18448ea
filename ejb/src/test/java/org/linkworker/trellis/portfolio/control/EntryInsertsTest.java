package org.linkworker.trellis.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The batched inserts name every column of the tables they write, so that a column added to an
 * entry later cannot be left out of an imported one unnoticed.
 */
class EntryInsertsTest {

  private final TestDatabase database = TestDatabase.create();

  @AfterEach
  void close() {
    database.close();
  }

  private Set<String> columnsOf(String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection connection = database.connection();
        ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
      }
    }
    return columns;
  }

  private static Set<String> insertedColumns(String insert) {
    String list = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
    Set<String> columns = new TreeSet<>();
    Arrays.stream(list.split(",")).map(String::strip).forEach(columns::add);
    return columns;
  }

  @Test
  void theEntryInsertWritesEveryColumnOfAnEntry() throws SQLException {
    assertThat(insertedColumns(EntryInserts.ENTRY)).isEqualTo(columnsOf("CPD_ENTRY"));
  }

  @Test
  void theClaimInsertWritesEveryColumnOfAClaim() throws SQLException {
    assertThat(insertedColumns(EntryInserts.CLAIM)).isEqualTo(columnsOf("CPD_CLAIM"));
  }
}
