package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.AuditService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.NewOrganisation;
import org.linkworker.trellis.identity.boundary.NewPerson;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.boundary.AssessmentInput;
import org.linkworker.trellis.portfolio.boundary.DeclarationInput;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.EntryFilter;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.boundary.SupervisionInput;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.privacy.boundary.ErasureService;
import org.linkworker.trellis.privacy.boundary.ErasureView;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.ReportJob;

/**
 * Erasure on request (issue 13), inside the running server so that the test can read the very
 * database the application writes: a link worker with everything a portfolio can hold (entries with
 * reflections and claims, evidence files, submissions and verifications that notify, assessments,
 * supervision records, a declaration, an API token, reads of their reflections, a gap-report
 * snapshot) is erased by the steward after their employer confirmed; then every text column of
 * every table is searched for their username, display name and id, and none holds any of them; the
 * evidence files are gone from the folder; the snapshot still counts them, under a pseudonym; a
 * colleague's entry the erased supervisor verified still counts, verified by the pseudonym.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

  private static final String PASSWORD = "erasure-it-2026";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.inContainer();
  }

  @EJB OrganisationService organisations;
  @EJB PeopleService people;
  @EJB AccountService accounts;
  @EJB PortfolioService portfolio;
  @EJB EvidenceService evidence;
  @EJB SupervisionService supervision;
  @EJB DeclarationService declarations;
  @EJB GapSnapshotService snapshots;
  @EJB ErasureService erasures;
  @EJB AuditService audit;

  @Resource(lookup = "java:app/jdbc/trellis")
  DataSource database;

  private final Caller steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);

  @Test
  void anErasedWorkerLeavesNothingThatNamesThemAndTheCountsStay() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String org =
        organisations
            .create(steward, new NewOrganisation("Erasure " + run, OrganisationKind.EMPLOYER))
            .id();
    String emp = "ee" + run, sup = "es" + run, wrk = "ew" + run;
    String workerName = "Quentin Erasable " + run;
    people.addPerson(
        steward,
        org,
        new NewPerson(emp, "Employer " + run, PASSWORD, Set.of(Role.EMPLOYER), null, null));
    people.addPerson(
        steward,
        org,
        new NewPerson(sup, "Super " + run, PASSWORD, Set.of(Role.SUPERVISOR), null, null));
    people.addPerson(
        steward,
        org,
        new NewPerson(wrk, workerName, PASSWORD, Set.of(Role.LINK_WORKER), "LINK_WORKER", sup));
    Caller employer = new Caller(emp, "Employer " + run, Set.of(Role.EMPLOYER), org);
    Caller supervisor = new Caller(sup, "Super " + run, Set.of(Role.SUPERVISOR), org);
    Caller worker = new Caller(wrk, workerName, Set.of(Role.LINK_WORKER), org);
    String workerId = personId(wrk);

    List<String> stored = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      EntryView entry =
          portfolio.create(
              worker,
              wrk,
              new EntryInput(
                  LocalDate.now().minusDays(5 + i),
                  "Course " + i + " with " + workerName,
                  ActivityType.COURSE,
                  new BigDecimal("2"),
                  true,
                  null,
                  null,
                  new EntryInput.ReflectionInput(
                      "I, " + workerName + ", felt unwell " + i, "Learned " + i, "Change " + i),
                  List.of(new EntryInput.ClaimInput("PC.1", 2))));
      if (i < 2) {
        evidence.attach(
            worker,
            entry.id(),
            "certificate-" + i + ".pdf",
            new ByteArrayInputStream(
                ("%PDF-1.4\n% " + workerName + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8)));
        stored.add(storedName(entry.id()));
      }
      if (i < 3) {
        portfolio.submit(worker, entry.id());
      }
      if (i < 2) {
        portfolio.verify(supervisor, entry.id(), "Well done " + workerName);
      }
    }
    portfolio.queue(supervisor);
    supervision.assess(supervisor, wrk, new AssessmentInput(null, "CR.1", 2, "Seen"));
    supervision.record(
        worker, wrk, new SupervisionInput(null, 60, SupervisionKind.CLINICAL, null, "A hard week"));
    declarations.declare(worker, wrk, new DeclarationInput(null, "Read by " + workerName));
    accounts.issueToken(worker, "erasure token", 30);
    assertThat(audit.readsOf(worker, wrk, 0, 10).total()).as("the supervisor's reads").isPositive();
    String snapshot = finished(snapshots.start(employer, org)).id();
    int snapshotRows =
        count("select count(*) from gap_snapshot_worker where snapshot_id = ?", snapshot);
    assertThat(snapshotRows).isEqualTo(1);
    assertThat(columnsHolding(workerName)).as("before the erasure").isNotEmpty();

    ErasureView confirmed = erasures.confirm(employer, wrk, "Asked by email on " + LocalDate.now());
    assertThatThrownBy(() -> erasures.erase(employer, confirmed.id()))
        .as("only the steward erases")
        .isInstanceOf(org.linkworker.trellis.platform.AccessDeniedException.class);
    ErasureView erased = erasures.erase(steward, confirmed.id());

    assertThat(erased.status()).isEqualTo("ERASED");
    assertThat(erased.person()).startsWith("erased-").isEqualTo(erased.displayName());
    assertThat(erased.reason()).isNull();
    assertThat(erased.erasedFiles()).isEqualTo(2);
    assertThat(erased.erasedRows()).isGreaterThan(10);
    assertThat(columnsHolding(wrk, workerName, workerId))
        .as("the username, the display name, the person's id")
        .isEmpty();
    Path folder = EvidenceSettings.current().directory();
    for (String name : stored) {
      assertThat(Files.exists(folder.resolve(name))).as("evidence file " + name).isFalse();
    }
    assertThat(count("select count(*) from gap_snapshot_worker where snapshot_id = ?", snapshot))
        .as("the snapshot keeps its count")
        .isEqualTo(snapshotRows);
    assertThat(
            count(
                "select count(*) from gap_snapshot_worker where snapshot_id = ? and username = ?",
                snapshot,
                erased.person()))
        .isEqualTo(1);
    assertThat(people.findPerson(steward, wrk)).isEmpty();
    assertThatThrownBy(
            () ->
                portfolio.entries(
                    supervisor, wrk, new EntryFilter(null, null, null, null, null), 0, 10))
        .isInstanceOf(NotVisibleException.class);
    assertThat(
            count(
                "select count(*) from audit_entry where subject = ?", "person:" + erased.person()))
        .as("the audit log keeps what happened, under the pseudonym")
        .isGreaterThanOrEqualTo(3);
    assertThatThrownBy(() -> erasures.erase(steward, confirmed.id()))
        .as("erased once only")
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void anErasedSupervisorsVerificationsStillCountUnderThePseudonym() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String org =
        organisations
            .create(steward, new NewOrganisation("Erasure S " + run, OrganisationKind.EMPLOYER))
            .id();
    String emp = "fe" + run, sup = "fs" + run, wrk = "fw" + run;
    people.addPerson(
        steward,
        org,
        new NewPerson(emp, "Employer " + run, PASSWORD, Set.of(Role.EMPLOYER), null, null));
    people.addPerson(
        steward,
        org,
        new NewPerson(
            sup, "Leaving Supervisor " + run, PASSWORD, Set.of(Role.SUPERVISOR), null, null));
    people.addPerson(
        steward,
        org,
        new NewPerson(
            wrk, "Staying " + run, PASSWORD, Set.of(Role.LINK_WORKER), "LINK_WORKER", sup));
    Caller employer = new Caller(emp, "Employer " + run, Set.of(Role.EMPLOYER), org);
    Caller supervisor = new Caller(sup, "Leaving Supervisor " + run, Set.of(Role.SUPERVISOR), org);
    Caller worker = new Caller(wrk, "Staying " + run, Set.of(Role.LINK_WORKER), org);
    EntryView entry =
        portfolio.create(
            worker,
            wrk,
            new EntryInput(
                LocalDate.now().minusDays(3),
                "Shadowing",
                ActivityType.SHADOWING,
                new BigDecimal("3"),
                true,
                null,
                null,
                null,
                List.of(new EntryInput.ClaimInput("PC.1", 1))));
    portfolio.submit(worker, entry.id());
    portfolio.verify(supervisor, entry.id(), "Good");

    ErasureView request = erasures.confirm(employer, sup, null);
    assertThatThrownBy(() -> erasures.erase(steward, request.id()))
        .as("a supervisor of an active worker is not erased")
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("one active link worker");
    people.deactivate(employer, wrk);
    ErasureView erased = erasures.erase(steward, request.id());

    EntryView kept = portfolio.find(employer, entry.id()).orElseThrow();
    assertThat(kept.status().name()).isEqualTo("VERIFIED");
    assertThat(
            count(
                "select count(*) from cpd_entry where id = ? and decided_by = ?",
                entry.id(),
                erased.person()))
        .isEqualTo(1);
    assertThat(columnsHolding(sup, "Leaving Supervisor " + run)).isEmpty();
  }

  private ReportJob finished(ReportJob started) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    ReportJob job = started;
    while (!"COMPLETED".equals(job.status()) && Instant.now().isBefore(until)) {
      Thread.sleep(200);
      job = snapshots.job(steward, started.id()).orElseThrow();
    }
    assertThat(job.status()).isEqualTo("COMPLETED");
    return job;
  }

  private String personId(String username) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement("select id from person where username = ?")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private String storedName(String entryId) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select stored_name from evidence_file where entry_id = ? order by uploaded_utc desc")) {
      s.setString(1, entryId);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private int count(String sql, String... values) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /**
   * Every table.column of the application's schema whose text holds one of the given texts,
   * ignoring case, each as "table.column: text": the whole database, not a list of the tables
   * someone remembered. One statement a table, however many columns and texts.
   */
  private List<String> columnsHolding(String... texts) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = database.getConnection()) {
      Map<String, List<String>> columnsByTable = new TreeMap<>();
      Set<String> clobs = new HashSet<>();
      try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
        while (r.next()) {
          int type = r.getInt("DATA_TYPE");
          if (Stream.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB)
              .anyMatch(t -> t == type)) {
            String table = r.getString("TABLE_NAME");
            String column = r.getString("COLUMN_NAME");
            columnsByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
            if (type == Types.CLOB) {
              clobs.add(table + "." + column);
            }
          }
        }
      }
      assertThat(columnsByTable.values().stream().mapToInt(List::size).sum())
          .as("the schema's text columns")
          .isGreaterThan(50);
      for (Map.Entry<String, List<String>> table : columnsByTable.entrySet()) {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (String column : table.getValue()) {
          for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (clobs.contains(table.getKey() + "." + column)) {
              // Derby has no lower() of a CLOB: the text as given, or all in lower case.
              conditions.add(column + " like ? or " + column + " like ?");
              parameters.add("%" + text + "%");
            } else {
              conditions.add("lower(" + column + ") like ?");
            }
            parameters.add("%" + lower + "%");
          }
        }
        String sql =
            "select "
                + String.join(", ", table.getValue())
                + " from "
                + table.getKey()
                + " where "
                + String.join(" or ", conditions);
        try (PreparedStatement s = c.prepareStatement(sql)) {
          for (int i = 0; i < parameters.size(); i++) {
            s.setString(i + 1, parameters.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              for (int i = 0; i < table.getValue().size(); i++) {
                String value = r.getString(i + 1);
                for (String text : texts) {
                  String hit = table.getKey() + "." + table.getValue().get(i) + ": " + text;
                  if (value != null
                      && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                      && !found.contains(hit)) {
                    found.add(hit);
                  }
                }
              }
            }
          }
        }
      }
    }
    return found;
  }
}
