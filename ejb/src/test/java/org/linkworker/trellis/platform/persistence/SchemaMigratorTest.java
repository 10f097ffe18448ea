package org.linkworker.trellis.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.testing.TestDatabase;

class SchemaMigratorTest {

  private TestDatabase database;

  @BeforeEach
  void migrate() {
    database = TestDatabase.create();
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void createsTheFrameworkTablesOnDerby() throws SQLException {
    try (Connection connection = database.connection()) {
      assertThat(tables(connection))
          .contains(
              "FRAMEWORK",
              "FRAMEWORK_LEVEL",
              "FRAMEWORK_DOMAIN",
              "COMPETENCY",
              "LEVEL_DESCRIPTOR",
              "CAREER_STAGE",
              "STAGE_REQUIREMENT",
              "CODE_OF_PRACTICE",
              "PRACTICE_STANDARD",
              "EXPECTED_BEHAVIOUR",
              "STANDARD_COMPETENCY",
              "DATABASECHANGELOG");
    }
  }

  @Test
  void createsTheIdentityTablesOnDerby() throws SQLException {
    try (Connection connection = database.connection()) {
      assertThat(tables(connection))
          .contains("ORGANISATION", "PERSON", "PERSON_ROLE", "ACCESS_TOKEN", "AUDIT_ENTRY");
    }
  }

  @Test
  void aUsernameIsUnique() throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      String insert =
          "insert into person (id, username, display_name, password_hash, credential_stamp)"
              + " values ('%s', 'alex.link', 'Alex', 'hash', 'stamp')";
      statement.executeUpdate(insert.formatted("id-1"));

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> statement.executeUpdate(insert.formatted("id-2")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UK_PERSON_USERNAME");
    }
  }

  @Test
  void theAuditLogIsIndexedForItsFilters() throws SQLException {
    List<String> indexed = new ArrayList<>();
    try (Connection connection = database.connection();
        ResultSet rows =
            connection.getMetaData().getIndexInfo(null, null, "AUDIT_ENTRY", false, false)) {
      while (rows.next()) {
        if (rows.getShort("ORDINAL_POSITION") == 1) {
          indexed.add(rows.getString("COLUMN_NAME"));
        }
      }
    }
    assertThat(indexed).contains("AT_UTC", "ACTOR", "AUDIT_ACTION");
  }

  @Test
  void theDatabaseNumbersAuditEntries() throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      String insert =
          "insert into audit_entry (at_utc, actor, audit_action)"
              + " values (CURRENT_TIMESTAMP, 'system', 'SIGN_IN')";
      statement.executeUpdate(insert);
      statement.executeUpdate(insert);
      try (ResultSet rows = statement.executeQuery("select id from audit_entry order by id")) {
        List<Long> ids = new ArrayList<>();
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
      }
    }
  }

  /**
   * Liquibase quotes a name it thinks reserved, and on Derby a quoted lower-case name no longer
   * matches the unquoted SQL EclipseLink sends.
   */
  @Test
  void noTableOrColumnNameIsQuoted() throws SQLException {
    List<String> quoted = new ArrayList<>();
    try (Connection connection = database.connection();
        ResultSet rows = connection.getMetaData().getColumns(null, "APP", "%", "%")) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (!table.equals(table.toUpperCase()) || !column.equals(column.toUpperCase())) {
          quoted.add(table + "." + column);
        }
      }
    }
    assertThat(quoted).isEmpty();
  }

  @Test
  void runningAgainAppliesNothingTwice() throws SQLException {
    try (Connection connection = database.connection()) {
      int applied = changeSets(connection);

      new SchemaMigrator().migrate(connection);

      assertThat(changeSets(connection)).isEqualTo(applied).isGreaterThan(0);
    }
  }

  @Test
  void competencyCodesAreUniqueWithinAFramework() throws SQLException {
    try (Connection connection = database.connection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> unique = new ArrayList<>();
      try (ResultSet rows = meta.getIndexInfo(null, null, "COMPETENCY", true, false)) {
        while (rows.next()) {
          unique.add(rows.getString("INDEX_NAME") + ":" + rows.getString("COLUMN_NAME"));
        }
      }
      assertThat(unique).anyMatch(u -> u.endsWith(":CODE"));
    }
  }

  @Test
  void foreignKeysAreEnforced() throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into framework_level (id, framework_id, level_number, name)"
                          + " values ('a', 'no-such-framework', 1, 'Foundation')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("FK_FRAMEWORK_LEVEL_FRAMEWORK");
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows =
        connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static int changeSets(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from databasechangelog")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
