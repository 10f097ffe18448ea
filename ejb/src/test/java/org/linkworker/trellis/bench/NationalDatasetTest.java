package org.linkworker.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.catalogue.boundary.CourseQuery;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.boundary.EntryFilter;
import org.linkworker.trellis.portfolio.boundary.EntryPage;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.boundary.PortfolioTestAccess;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.progression.boundary.AttainmentService;
import org.linkworker.trellis.progression.boundary.CompetencyAttainment;
import org.linkworker.trellis.progression.boundary.ProgressionTestAccess;
import org.linkworker.trellis.progression.boundary.WorkerAttainment;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * A small national dataset (6 organisations, 30 workers, 3,000 entries), written twice from the
 * same seed, and read back through the application's own services: the generator writes the same
 * rows every time, and rows the application reads as it reads its own. When {@code
 * -Dtrellis.test.postgres} names a PostgreSQL database, it is written there too (in a schema of its
 * own, dropped after), with the same rows.
 */
class NationalDatasetTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final NationalDataset.Sizes SIZES = new NationalDataset.Sizes(6, 30, 5, 5, 20);
  private static final NationalDataset.Settings SETTINGS =
      new NationalDataset.Settings(SIZES, 7L, DAY);

  private static final String POSTGRES = System.getProperty("trellis.test.postgres", "");

  private static TestDatabase first;
  private static TestDatabase second;
  private static NationalDataset.Report report;
  private static CurrentFrameworks frameworks;
  private static final MutableClock CLOCK =
      new MutableClock(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
  private static final Caller STEWARD =
      new Caller(NationalDataset.STEWARD, "National Steward", Set.of(Role.STEWARD), null);

  @BeforeAll
  static void generateTwice() throws SQLException {
    first = TestDatabase.create();
    report = load(first, true);
    second = TestDatabase.create();
    load(second, false);
    frameworks = FrameworkTestAccess.currentFrameworks(first);
  }

  private static NationalDataset.Report load(TestDatabase database, boolean keepWorkers)
      throws SQLException {
    // Both shipped professions, as the application loads them: the generator writes the default
    // framework's link workers beside the second profession's framework.
    FrameworkTestAccess.importShippedFrameworks(database);
    try (Connection connection = database.connection()) {
      return new NationalDataset(SETTINGS, keepWorkers).load(connection);
    }
  }

  @AfterAll
  static void close() {
    first.close();
    second.close();
  }

  @Test
  void theSameSeedAndDayWriteTheSameRowsIdentifiersIncluded() throws SQLException {
    Map<String, String> checksums = checksums(first);

    assertThat(checksums).hasSize(report.tables().size()).isEqualTo(checksums(second));
  }

  @Test
  void postgresGetsTheSameRowsAsDerby() throws SQLException {
    assumeTrue(!POSTGRES.isBlank(), "no PostgreSQL named by -Dtrellis.test.postgres");
    // As bench/national-dataset.sh --postgres writes: each batch rewritten into multi-row inserts.
    String url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    try (TestDatabase postgres = TestDatabase.postgres(url)) {
      load(postgres, false);

      assertThat(checksums(postgres)).isEqualTo(checksums(second));
    }
  }

  @Test
  void itWritesTheSizesAskedFor() throws SQLException {
    Map<String, Long> rows =
        report.tables().stream()
            .collect(
                Collectors.toMap(
                    NationalDataset.TableFigure::table, NationalDataset.TableFigure::rows));
    assertThat(rows)
        .containsEntry("organisation", 6L)
        .containsEntry("course", 5L)
        .containsEntry("cpd_entry", 3000L)
        .containsEntry("cpd_claim", 6000L);
    assertThat(count("select count(*) from cpd_entry")).isEqualTo(3000);
    assertThat(count("select count(*) from person_role where role_name = 'LINK_WORKER'"))
        .isEqualTo(30);
    assertThat(count("select count(*) from person where stage_code is not null")).isEqualTo(30);
    assertThat(report.workers()).hasSize(30);
    assertThat(report.rows()).isEqualTo(rows.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void itWritesEveryColumnOfTheTablesItFills() throws SQLException {
    try (Connection connection = first.connection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (NationalDataset.TableFigure table : report.tables()) {
        Set<String> columns = new TreeSet<>();
        try (ResultSet r =
            meta.getColumns(null, null, table.table().toUpperCase(Locale.ROOT), null)) {
          while (r.next()) {
            columns.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        if (table.table().equals("audit_entry")) {
          columns.remove("id"); // the database numbers the audit log
        }
        assertThat(new TreeSet<>(table.columns())).as(table.table()).isEqualTo(columns);
      }
    }
  }

  @Test
  void peopleBelongWhereTheApplicationWouldPutThem() throws SQLException {
    // Every employer has one employer manager; providers hold only providers; every course is a
    // provider's.
    assertThat(
            count(
                "select count(*) from organisation o where o.kind = 'EMPLOYER' and 1 <> (select"
                    + " count(*) from person p join person_role r on r.person_id = p.id where"
                    + " p.organisation_id = o.id and r.role_name = 'EMPLOYER')"))
        .isZero();
    assertThat(
            count(
                "select count(*) from person p join person_role r on r.person_id = p.id join"
                    + " organisation o on o.id = p.organisation_id where (o.kind = 'PROVIDER'"
                    + " and r.role_name <> 'PROVIDER') or (o.kind <> 'PROVIDER' and r.role_name ="
                    + " 'PROVIDER')"))
        .isZero();
    assertThat(
            count(
                "select count(*) from course c join organisation o on o.id = c.provider_id"
                    + " where o.kind <> 'PROVIDER'"))
        .isZero();
    // Every worker's supervisor is a supervisor of the same organisation, never themself.
    assertThat(
            count(
                "select count(*) from person where stage_code is not null and supervisor_id"
                    + " is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from person p join person s on s.id = p.supervisor_id where"
                    + " s.organisation_id <> p.organisation_id or s.id = p.id or not exists"
                    + " (select 1 from person_role r where r.person_id = s.id and r.role_name ="
                    + " 'SUPERVISOR')"))
        .isZero();
    // Courses are mostly published, mapped to one to four competencies.
    assertThat(
            count(
                "select count(*) from course c where (select count(*) from course_mapping m"
                    + " where m.course_id = c.id) not between 1 and 4"))
        .isZero();
  }

  @Test
  void entriesFollowTheirLifeAndClaimCompetenciesOfTheCurrentFrameworkAtItsLevels()
      throws SQLException {
    assertThat(
            count(
                "select count(*) from cpd_claim c left join competency k on k.id ="
                    + " c.competency_id left join framework f on f.id = k.framework_id where"
                    + " f.is_current is null or f.is_current = false or k.code <> c.competency_code"
                    + " or c.level_number not in (select level_number from framework_level l"
                    + " where l.framework_id = f.id)"))
        .isZero();
    // Drafts are undecided and unsent; submitted entries sent only; verified and returned ones
    // sent and decided, by the worker's supervisor, after they were sent; returned with a reason.
    assertThat(
            count(
                "select count(*) from cpd_entry e join person p on p.id = e.owner_id join person"
                    + " s on s.id = p.supervisor_id where not ("
                    + "(e.status = 'DRAFT' and e.submitted_utc is null and e.decided_utc is null"
                    + " and e.decided_by is null) or (e.status = 'SUBMITTED' and e.submitted_utc"
                    + " >= e.created_utc and e.decided_utc is null) or (e.status in ('VERIFIED',"
                    + " 'RETURNED') and e.submitted_utc >= e.created_utc and e.decided_utc >"
                    + " e.submitted_utc and e.decided_by = s.username)) or (e.status ="
                    + " 'RETURNED' and e.decision_note is null)"))
        .isZero();
    LocalDate last = DAY.minusDays(1);
    assertThat(count("select count(*) from cpd_entry where entry_date > '" + last + "'")).isZero();
    assertThat(
            count(
                "select count(*) from cpd_entry where created_utc >= '"
                    + DAY
                    + " 00:00:00' or submitted_utc >= '"
                    + DAY
                    + " 00:00:00' or decided_utc >= '"
                    + DAY
                    + " 00:00:00'"))
        .isZero();
    // Older entries are mostly verified, recent ones less so.
    double oldVerified = share("status = 'VERIFIED'", "entry_date < '" + DAY.minusDays(120) + "'");
    double recentVerified =
        share("status = 'VERIFIED'", "entry_date >= '" + DAY.minusDays(30) + "'");
    assertThat(oldVerified).isBetween(0.70, 0.82);
    assertThat(recentVerified).isLessThan(oldVerified - 0.2);
  }

  @Test
  void theApplicationReadsTheLevelsTheGeneratorExpectsForEveryWorker() {
    Map<String, Map<String, Integer>> expected =
        report.workers().stream()
            .collect(
                Collectors.toMap(NationalDataset.Worker::username, NationalDataset.Worker::levels));
    Map<String, Map<String, Integer>> read = new LinkedHashMap<>();
    for (String organisation :
        report.workers().stream()
            .map(NationalDataset.Worker::organisationId)
            .collect(Collectors.toCollection(TreeSet::new))) {
      read.putAll(attainment(s -> s.levelsOf(STEWARD, organisation, DAY)));
    }

    assertThat(read).isEqualTo(expected);
    // A spread: some workers ready for their next stage, most not; levels above 0 and below.
    long ready = report.workers().stream().filter(NationalDataset.Worker::ready).count();
    assertThat(ready).isEqualTo(report.readyWorkers()).isBetween(1L, 15L);
    assertThat(read.values().stream().flatMap(m -> m.values().stream()).distinct())
        .contains(0, 1, 2, 3);
  }

  @Test
  void theWorkersAreLinkWorkersOfTheDefaultFrameworkBesideASecondProfession() throws SQLException {
    assertThat(frameworks.all()).extracting(f -> f.code()).containsExactly("LWCF", "HWBC");
    List<String> lwcfStages = frameworks.current("LWCF").orElseThrow().stageCodes();
    assertThat(
            count(
                "select count(*) from person where stage_code is not null and stage_code not in ("
                    + lwcfStages.stream()
                        .map(code -> "'" + code + "'")
                        .collect(Collectors.joining(","))
                    + ")"))
        .isZero();
    // Every claim names a competency of the link worker framework, none of the coaches'.
    assertThat(
            count(
                "select count(*) from cpd_claim c join competency k on k.id = c.competency_id"
                    + " join framework f on f.id = k.framework_id where f.code <> 'LWCF'"))
        .isZero();
  }

  @Test
  void aWorkerSeesTheirOwnProfileAndPortfolioAsGenerated() {
    NationalDataset.Worker worker = report.workers().get(report.workers().size() / 2);
    Caller caller =
        new Caller(worker.username(), "Worker", Set.of(Role.LINK_WORKER), worker.organisationId());

    WorkerAttainment profile = attainment(s -> s.attainment(caller, worker.username(), DAY));
    assertThat(
            profile.competencies().stream()
                .collect(
                    Collectors.toMap(
                        CompetencyAttainment::competency, CompetencyAttainment::level)))
        .isEqualTo(worker.levels());

    EntryPage page =
        portfolio(s -> s.entries(caller, worker.username(), EntryFilter.none(), 0, 1000));
    assertThat(page.page().total()).isEqualTo(100);
    List<EntryView> entries = page.page().items();
    assertThat(entries).hasSize(100);
    assertThat(entries).allSatisfy(e -> assertThat(e.claims()).hasSizeBetween(1, 3));
    assertThat(entries.stream().mapToInt(e -> e.claims().size()).sum()).isEqualTo(200);
    assertThat(entries.stream().map(EntryView::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(page.totalHours());
    assertThat(entries)
        .filteredOn(e -> e.status() == EntryStatus.VERIFIED)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.decidedBy()).isEqualTo(worker.supervisor()));
    assertThat(entries.get(0).date()).isBefore(DAY);
    assertThat(entries.get(99).date()).isAfterOrEqualTo(DAY.minusYears(5));
  }

  @Test
  void aSupervisorsQueueHoldsTheSubmittedEntriesOfTheWorkersTheySupervise() throws SQLException {
    NationalDataset.Worker worker = report.workers().get(0);
    Caller supervisor =
        new Caller(
            worker.supervisor(), "Supervisor", Set.of(Role.SUPERVISOR), worker.organisationId());

    List<EntryView> queue = portfolio(s -> s.queue(supervisor));

    assertThat(queue)
        .hasSize(
            (int)
                count(
                    "select count(*) from cpd_entry e join person p on p.id = e.owner_id join"
                        + " person s on s.id = p.supervisor_id where e.status = 'SUBMITTED' and"
                        + " s.username = '"
                        + worker.supervisor()
                        + "'"))
        .isNotEmpty();
  }

  @Test
  void theCatalogueOffersThePublishedCourses() throws SQLException {
    long published = count("select count(*) from course where status = 'PUBLISHED'");

    long found =
        first.inTransaction(
            em ->
                CatalogueTestAccess.courses(em, new AccessPolicy(), frameworks, CLOCK)
                    .search(STEWARD, CourseQuery.everything(), 0, 100)
                    .total());

    assertThat(found).isEqualTo(published).isPositive();
  }

  @Test
  void everyGeneratedAccountSignsInWithTheDocumentedPassword() {
    assertThat(new PasswordHasher().verify(NationalDataset.PASSWORD, NationalDataset.PASSWORD_HASH))
        .isTrue();
  }

  private static <T> T attainment(Function<AttainmentService, T> call) {
    return first.inTransaction(
        em -> call.apply(ProgressionTestAccess.attainment(em, frameworks, CLOCK)));
  }

  private static <T> T portfolio(Function<PortfolioService, T> call) {
    return first.inTransaction(
        em -> call.apply(PortfolioTestAccess.portfolio(em, frameworks, CLOCK)));
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = first.connection();
        Statement statement = connection.createStatement();
        ResultSet r = statement.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static double share(String condition, String among) throws SQLException {
    return (double) count("select count(*) from cpd_entry where " + among + " and " + condition)
        / count("select count(*) from cpd_entry where " + among);
  }

  /**
   * A SHA-256 of every row of every table the dataset fills, each row its values in the order of
   * all its columns, the rows sorted here (so that neither the database's collation nor where it
   * sorts nulls matters).
   */
  private static Map<String, String> checksums(TestDatabase database) throws SQLException {
    Map<String, String> sums = new LinkedHashMap<>();
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      for (NationalDataset.TableFigure table : report.tables()) {
        String columns = String.join(", ", table.columns());
        List<String> rows = new ArrayList<>();
        // The other tests read the first database as a supervisor, and the application records
        // each read of a worker's reflections in the audit log: those lines are not the
        // generator's.
        String generated =
            table.table().equals("audit_entry")
                ? " where audit_action not in ('REFLECTIONS_READ', 'EVIDENCE_READ')"
                : "";
        try (ResultSet r =
            statement.executeQuery("select " + columns + " from " + table.table() + generated)) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              // The value as Java reads it: a boolean is "true" whichever driver read it.
              row.append(r.getObject(i)).append('\0');
            }
            rows.add(row.toString());
          }
        }
        Collections.sort(rows);
        MessageDigest digest = sha256();
        rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
        sums.put(table.table(), rows.size() + " rows " + HexFormat.of().formatHex(digest.digest()));
      }
    }
    return sums;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
