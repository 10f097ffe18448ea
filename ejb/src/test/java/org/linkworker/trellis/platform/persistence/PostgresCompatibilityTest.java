package org.linkworker.trellis.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkCounts;
import org.linkworker.trellis.framework.boundary.FrameworkImportResult;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.framework.control.CaseFrameworkReader;
import org.linkworker.trellis.testing.TestData;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The same schema, mappings and queries on PostgreSQL. Runs only when a database is named, e.g.
 * {@code -Dtrellis.test.postgres=jdbc:postgresql://127.0.0.1:5432/trellis?user=trellis}; each run
 * works in a schema of its own and drops it.
 */
class PostgresCompatibilityTest {

  private static final String URL = System.getProperty("trellis.test.postgres", "");

  private TestDatabase database;

  @BeforeEach
  void migrate() {
    assumeTrue(!URL.isBlank(), "no PostgreSQL named by -Dtrellis.test.postgres");
    database = TestDatabase.postgres(URL);
  }

  @AfterEach
  void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void importsReadsAndExportsTheShippedFrameworkOnPostgres() {
    FrameworkImportResult imported =
        FrameworkTestAccess.importFramework(
            database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    FrameworkOutline outline =
        FrameworkTestAccess.read(database, s -> s.find("LWCF", "1")).orElseThrow();
    JsonObject exported =
        FrameworkTestAccess.read(database, s -> s.exportCase("LWCF", "1")).orElseThrow();
    FrameworkCounts counts = FrameworkTestAccess.read(database, s -> s.counts());

    assertThat(counts.competencies()).isEqualTo(imported.competencies());
    assertThat(outline.current()).isTrue();
    assertThat(outline.stages()).hasSize(4);
    CaseFrameworkReader reader = new CaseFrameworkReader();
    assertThat(reader.readFramework(TestData.of("export.json", exported)))
        .isEqualTo(reader.readFramework(shipped(LWCF_PACKAGE)));
  }
}
