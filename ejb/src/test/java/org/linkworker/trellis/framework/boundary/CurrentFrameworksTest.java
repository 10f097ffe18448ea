package org.linkworker.trellis.framework.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.TestData.HWBC_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.HWBC_PACKAGE;
import static org.linkworker.trellis.testing.TestData.HWBC_PROFILE;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.MINI_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.MINI_PACKAGE;
import static org.linkworker.trellis.testing.TestData.MINI_PROFILE;
import static org.linkworker.trellis.testing.TestData.fixture;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess.Changes;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.persistence.SchemaMigrator;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestData;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The application-wide snapshot of the current frameworks: read once, answered from memory after
 * that, replaced when a framework changes, and several frameworks side by side.
 */
class CurrentFrameworksTest {

  private TestDatabase database;
  private CurrentFrameworks current;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create();
    current = FrameworkTestAccess.currentFrameworks(database);
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  private Changes importLwcf() {
    return importFramework(
        shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
  }

  private Changes importMini() {
    return importFramework(
        fixture(MINI_PACKAGE), fixture(MINI_CODE_OF_PRACTICE), fixture(MINI_PROFILE));
  }

  private Changes importHwbc() {
    return importFramework(
        shipped(HWBC_PACKAGE), shipped(HWBC_CODE_OF_PRACTICE), shipped(HWBC_PROFILE));
  }

  /** The link worker framework's profile without its mark as the default framework. */
  private static DataFile lwcfProfileUnmarked() {
    return TestData.edited(
        shipped(LWCF_PROFILE),
        profile ->
            Json.createObjectBuilder(profile)
                .add(
                    "framework",
                    Json.createObjectBuilder(profile.getJsonObject("framework")).remove("default"))
                .build());
  }

  /** Imports, then tells the holder as the container would once the transaction has ended. */
  private Changes importFramework(DataFile pkg, DataFile cop, DataFile profile) {
    Changes changes = new Changes();
    FrameworkTestAccess.importFramework(database, pkg, cop, profile, changes);
    changes.fired.forEach(
        change -> {
          current.frameworksChanging(change);
          current.frameworksChanged(change);
        });
    return changes;
  }

  @Test
  void theCurrentFrameworkIsReadOnceAndThenCostsNoStatement() {
    importLwcf();

    int first = StatementCounter.during(() -> current.current().orElseThrow());
    int second = StatementCounter.during(() -> current.current().orElseThrow());
    int lookups =
        StatementCounter.during(
            () -> {
              current.forStage("senior").orElseThrow();
              current.current("LWCF").orElseThrow().competency("PC.1").orElseThrow();
              current.all();
            });

    assertThat(first).isPositive();
    assertThat(second).isZero();
    assertThat(lookups).isZero();
  }

  @Test
  void anImportFiresAChangeAndTheNextReadSeesIt() {
    assertThat(current.current()).isEmpty();

    Changes changes = importLwcf();

    assertThat(changes.fired).containsExactly(new FrameworksChanged("LWCF"));
    assertThat(current.current()).map(FrameworkSnapshot::code).contains("LWCF");
  }

  @Test
  void whatIsBuiltWhileAChangeIsUnderWayIsNotKept() {
    importLwcf();
    current.current();
    FrameworksChanged change = new FrameworksChanged("LWCF");

    current.frameworksChanging(change);
    int during = StatementCounter.during(() -> current.current());
    int again = StatementCounter.during(() -> current.current());
    current.frameworksChanged(change);
    int after = StatementCounter.during(() -> current.current());
    int kept = StatementCounter.during(() -> current.current());

    assertThat(during).isPositive();
    assertThat(again).as("not kept while the change is under way").isPositive();
    assertThat(after).isPositive();
    assertThat(kept).isZero();
  }

  @Test
  void twoFrameworksAreCurrentSideBySideAndTheLinkWorkerFrameworkIsTheDefault() {
    importLwcf();
    importMini();

    assertThat(current.all()).extracting(FrameworkSnapshot::code).containsExactly("LWCF", "MINI");
    assertThat(current.current()).map(FrameworkSnapshot::code).contains("LWCF");
    assertThat(current.current("MINI")).isPresent();
    assertThat(current.forStage("junior")).map(FrameworkSnapshot::code).contains("MINI");
    // Both have a SENIOR stage: the default framework's wins.
    assertThat(current.forStage("SENIOR")).map(FrameworkSnapshot::code).contains("LWCF");
  }

  @Test
  void theDefaultFrameworkIsTheOneTheDataMarksNotTheFirstByCode() {
    importHwbc();
    importLwcf();

    // HWBC comes before LWCF by code, but the link worker framework's profile marks it.
    assertThat(current.all()).extracting(FrameworkSnapshot::code).containsExactly("LWCF", "HWBC");
    assertThat(current.current()).map(FrameworkSnapshot::code).contains("LWCF");
    assertThat(current.forStage("COACH")).map(FrameworkSnapshot::code).contains("HWBC");
    assertThat(current.forStage("link_worker")).map(FrameworkSnapshot::code).contains("LWCF");
  }

  @Test
  void withNoFrameworkMarkedTheDefaultIsTheFirstByCode() {
    importFramework(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), lwcfProfileUnmarked());
    importHwbc();

    assertThat(current.all()).extracting(FrameworkSnapshot::code).containsExactly("HWBC", "LWCF");
    assertThat(current.current()).map(FrameworkSnapshot::code).contains("HWBC");
  }

  @Test
  void aNewVersionOfTheDefaultFrameworkStaysTheDefaultUnmarked() {
    importHwbc();
    importLwcf();

    importFramework(
        secondVersion(fixture(MINI_PACKAGE)),
        secondVersion(fixture(MINI_CODE_OF_PRACTICE)),
        secondVersion(fixture(MINI_PROFILE)));
    importFramework(
        secondVersion(shipped(LWCF_PACKAGE)),
        secondVersion(shipped(LWCF_CODE_OF_PRACTICE)),
        secondVersion(lwcfProfileUnmarked()));

    assertThat(current.all())
        .extracting(s -> s.code() + " " + s.version())
        .containsExactly("LWCF 2", "HWBC 1", "MINI 2");
  }

  @Test
  void aDatabaseMigratedFromOneProfessionKeepsItsFrameworkAsTheDefault() throws SQLException {
    importFramework(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), lwcfProfileUnmarked());
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      // As the database was before changeset 017: no column, the changeset not applied.
      statement.executeUpdate("alter table framework drop column is_default");
      statement.executeUpdate("delete from databasechangelog where id = '017-default-framework'");

      new SchemaMigrator().migrate(connection);

      try (ResultSet rows = statement.executeQuery("select code, is_default from framework")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("LWCF");
        assertThat(rows.getBoolean(2)).isTrue();
      }
    }
    importHwbc();
    assertThat(current.current()).map(FrameworkSnapshot::code).contains("LWCF");
  }

  @Test
  void aNewVersionTakesTheCurrencyOfItsOwnFrameworkOnly() {
    importLwcf();
    importMini();

    importFramework(
        secondVersion(fixture(MINI_PACKAGE)),
        secondVersion(fixture(MINI_CODE_OF_PRACTICE)),
        secondVersion(fixture(MINI_PROFILE)));

    assertThat(current.all())
        .extracting(s -> s.code() + " " + s.version())
        .containsExactly("LWCF 1", "MINI 2");
  }

  @Test
  void theSnapshotAnswersTheLookUpsEveryComponentNeeds() {
    importLwcf();
    FrameworkSnapshot lwcf = current.current().orElseThrow();

    assertThat(lwcf.competencyCount()).isEqualTo(46);
    assertThat(lwcf.competency("PC.1")).isPresent();
    assertThat(lwcf.competency("pc.1")).as("codes are exact").isEmpty();
    String id = lwcf.competency("PC.1").orElseThrow().id();
    assertThat(lwcf.competencyById(id).orElseThrow().code()).isEqualTo("PC.1");
    assertThat(lwcf.domainOf("PC.1")).isPresent();
    assertThat(lwcf.topLevel()).isEqualTo(4);
    assertThat(lwcf.hasLevel(4)).isTrue();
    assertThat(lwcf.hasLevel(0)).isFalse();
    assertThat(lwcf.hasLevel(5)).isFalse();
    assertThat(lwcf.stageCodes()).containsExactly("TRAINEE", "LINK_WORKER", "SENIOR", "LEAD");
    assertThat(lwcf.stage(" senior ")).map(StageView::code).contains("SENIOR");
    assertThat(lwcf.firstStage()).map(StageView::code).contains("TRAINEE");
    assertThat(lwcf.nextStage("TRAINEE")).map(StageView::code).contains("LINK_WORKER");
    assertThat(lwcf.nextStage("LEAD")).map(StageView::code).contains("LEAD");
    assertThat(lwcf.nextStage("WIZARD")).isEmpty();
    assertThat(lwcf.currencyYears()).isEqualTo(3);
    assertThat(lwcf.evidenceThreshold()).isEqualTo(2);
  }

  private static final Pattern UUID_START = Pattern.compile("\"([0-9a-f])([0-9a-f]{7}-)");
  private static final Pattern VERSION_ONE = Pattern.compile("\"version\": ?\"1\"");

  /**
   * The same file as a second version: every identifier changed (consistently across the three
   * files, so references still resolve), and version 1 become 2.
   */
  private static DataFile secondVersion(DataFile file) {
    String text = new String(file.content(), StandardCharsets.UTF_8);
    Matcher ids = UUID_START.matcher(text);
    StringBuilder changed = new StringBuilder();
    while (ids.find()) {
      char first = ids.group(1).charAt(0);
      char other = first == 'f' ? '0' : (char) (first == '9' ? 'a' : first + 1);
      ids.appendReplacement(changed, "\"" + other + ids.group(2));
    }
    ids.appendTail(changed);
    String second = VERSION_ONE.matcher(changed).replaceAll("\"version\": \"2\"");
    return new DataFile(file.name(), second.getBytes(StandardCharsets.UTF_8));
  }
}
