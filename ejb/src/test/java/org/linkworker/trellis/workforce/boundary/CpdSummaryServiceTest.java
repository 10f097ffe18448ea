package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Reflection;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestDatabase;

class CpdSummaryServiceTest {

  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-20T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();
  private final CurrentFrameworks frameworks;

  private final Caller alex;
  private final Caller lee;
  private final Caller sam;
  private final Caller emma;
  private final Caller bea;
  private final Caller steward;

  CpdSummaryServiceTest() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    String[] orgs =
        database.inTransaction(
            em -> {
              Organisation riverside =
                  Organisation.create("Riverside PCN", OrganisationKind.EMPLOYER);
              Organisation other = Organisation.create("Hillside PCN", OrganisationKind.EMPLOYER);
              em.persist(riverside);
              em.persist(other);
              Person samPerson =
                  Person.create(
                      "sam.supervisor",
                      "Sam Supervisor",
                      riverside,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              samPerson.placeAtStage("SENIOR");
              em.persist(samPerson);
              Person alexPerson =
                  Person.create("alex.link", "Alex Link", riverside, Set.of(Role.LINK_WORKER), "h");
              alexPerson.placeAtStage("LINK_WORKER");
              alexPerson.assignSupervisor(samPerson);
              em.persist(alexPerson);
              Person leePerson =
                  Person.create("lee.trainee", "Lee", riverside, Set.of(Role.LINK_WORKER), "h");
              leePerson.placeAtStage("TRAINEE");
              em.persist(leePerson);
              em.persist(
                  Person.create("emma.employer", "Emma", riverside, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("bea.employer", "Bea", other, Set.of(Role.EMPLOYER), "h"));
              return new String[] {riverside.getId(), other.getId()};
            });
    alex = new Caller("alex.link", "Alex Link", Set.of(Role.LINK_WORKER), orgs[0]);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), orgs[0]);
    sam =
        new Caller(
            "sam.supervisor", "Sam Supervisor", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), orgs[0]);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), orgs[0]);
    bea = new Caller("bea.employer", "Bea", Set.of(Role.EMPLOYER), orgs[1]);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private CpdSummaryService service(EntityManager em) {
    CpdSummaryService service = new CpdSummaryService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    ComplianceService compliance = new ComplianceService();
    compliance.em = em;
    compliance.policy = policy;
    compliance.frameworks = frameworks;
    compliance.clock = clock;
    service.compliance = compliance;
    return service;
  }

  private CpdSummaryFile summary(Caller caller, String username, LocalDate from, LocalDate to) {
    return database.inTransaction(em -> service(em).summary(caller, username, from, to));
  }

  /** Records entries of Alex's, each verified by Sam when {@code verified}. */
  private void record(boolean verified, Entry... entries) {
    database.inTransaction(
        em -> {
          Person owner =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", "alex.link")
                  .getSingleResult();
          FrameworkSnapshot framework = frameworks.forStage("LINK_WORKER").orElseThrow();
          String pc1 = framework.competency("PC.1").orElseThrow().id();
          for (Entry e : entries) {
            CpdEntry entry =
                new CpdEntry(
                    owner, e.date, e.title, e.type, new BigDecimal(e.hours), clock.instant());
            entry.describe(
                e.date,
                e.title,
                e.type,
                new BigDecimal(e.hours),
                e.type == ActivityType.PEER_LEARNING,
                null,
                null,
                new Reflection(
                    "What happened at " + e.title, "What I learned at " + e.title, null));
            entry.claim(List.of(new Claim(pc1, "PC.1", 2)));
            em.persist(entry);
            if (verified) {
              entry.submit(clock.instant());
              entry.verify("sam.supervisor", null, Instant.parse("2026-04-10T12:00:00Z"));
            }
          }
          return null;
        });
  }

  private record Entry(LocalDate date, String title, ActivityType type, String hours) {}

  private static String text(CpdSummaryFile file) {
    try (PDDocument pdf = Loader.loadPDF(file.content())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theWorkerGetsEveryEntryOfThePeriodIncludingItsFirstAndLastDayAndNoneOutsideIt() {
    record(
        true,
        new Entry(FROM.minusDays(1), "Before the year", ActivityType.READING, "1"),
        new Entry(FROM, "First day of the year", ActivityType.COURSE, "2"),
        new Entry(TO, "Last day of the year", ActivityType.PEER_LEARNING, "1.5"),
        new Entry(TO.plusDays(1), "After the year", ActivityType.READING, "1"));

    CpdSummaryFile file = summary(alex, "alex.link", FROM, TO);

    assertThat(file.fileName()).isEqualTo("cpd-summary-alex.link-2025-04-01-2026-03-31.pdf");
    assertThat(text(file))
        .contains("Alex Link (alex.link)")
        .contains("Organisation: Riverside PCN")
        .contains("Career stage: Link worker")
        .contains("First day of the year")
        .contains("Last day of the year")
        .contains("All types 2 3.5")
        .contains("Sam Supervisor, 10 Apr 2026")
        .contains("PC.1 at level 2")
        .contains("Produced on 20 May 2026 for Alex Link")
        .contains("Where Alex Link stands on 31 March 2026")
        .contains("Association membership CPD: At risk")
        .contains("Counted from 1 April 2025 to 31 March 2026")
        .contains("CPD points 20 3.5 16.5 No")
        .contains("Hours of formal learning 10 2 8 No")
        .doesNotContain("Before the year")
        .doesNotContain("After the year");
  }

  @Test
  void theSupervisorReadsTheReflectionsAndTheEmployerGetsTheSummaryWithoutThem() {
    record(false, new Entry(FROM.plusDays(10), "Peer session", ActivityType.PEER_LEARNING, "1"));

    assertThat(text(summary(sam, "alex.link", FROM, TO)))
        .contains("Peer session")
        .contains("What I learned at Peer session")
        .contains("Produced on 20 May 2026 for Sam Supervisor");
    assertThat(text(summary(alex, "alex.link", FROM, TO)))
        .contains("What happened at Peer session");
    assertThat(text(summary(emma, "alex.link", FROM, TO)))
        .contains("Peer session")
        .contains("Reflections are not included")
        .doesNotContain("What happened at Peer session")
        .doesNotContain("What I learned at Peer session");
  }

  @Test
  void onlyTheSupervisorsSummaryWithReflectionsIsRecordedAsAReadTheWorkerSees() {
    summary(sam, "alex.link", FROM, TO);
    assertThat(reads()).as("no reflection written in the period: nothing read").isEmpty();
    record(false, new Entry(FROM.plusDays(10), "Peer session", ActivityType.PEER_LEARNING, "1"));

    summary(alex, "alex.link", FROM, TO);
    summary(emma, "alex.link", FROM, TO);
    assertThat(reads())
        .as("the worker's own summary, and the employer's without reflections")
        .isEmpty();
    summary(sam, "alex.link", FROM, TO);

    assertThat(reads())
        .containsExactly("sam.supervisor person:alex.link CPD summary " + FROM + " to " + TO);
  }

  /** The audit log's reads of reflections: actor, subject and detail. */
  private List<String> reads() {
    return database.inTransaction(
        em ->
            em
                .createQuery(
                    "select e from AuditEntry e where e.action = 'REFLECTIONS_READ' order by e.id",
                    org.linkworker.trellis.identity.entity.AuditEntry.class)
                .getResultList()
                .stream()
                .map(e -> e.getActor() + " " + e.getSubject() + " " + e.getDetail())
                .toList());
  }

  @Test
  void anyoneElseFindsNoSuchPersonWhetherOrNotTheyExist() {
    record(false, new Entry(FROM.plusDays(10), "Peer session", ActivityType.PEER_LEARNING, "1"));

    for (Caller outsider : List.of(lee, bea, steward)) {
      assertThatThrownBy(() -> summary(outsider, "alex.link", FROM, TO))
          .as(outsider.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> summary(emma, "nobody.here", FROM, TO))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> summary(emma, " ", FROM, TO)).isInstanceOf(NotVisibleException.class);
  }

  @Test
  void aPeriodNeedsBothDaysInOrderAndAtMostTenYears() {
    assertThatThrownBy(() -> summary(alex, "alex.link", null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("from", "Give the first day of the summary, such as 2026-04-01.")
                    .containsEntry("to", "Give the last day of the summary, such as 2027-03-31."));
    assertThatThrownBy(() -> summary(alex, "alex.link", TO, FROM))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("to")
                    .containsEntry("to", "The last day is before the first day."));
    assertThatThrownBy(() -> summary(alex, "alex.link", FROM, FROM.plusYears(10)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry(
                        "to",
                        "A summary covers at most 10 years; choose a later first day or an"
                            + " earlier last day."));
    assertThat(summary(alex, "alex.link", FROM, FROM.plusYears(10).minusDays(1)).content())
        .isNotEmpty();
    assertThat(summary(alex, "alex.link", FROM, FROM).content()).isNotEmpty();
  }

  @Test
  void theSummaryReadsTheSameStatementsForOneEntryAsForTwoHundred() {
    record(true, new Entry(FROM, "The only one", ActivityType.COURSE, "1"));
    int one = statements(() -> summary(alex, "alex.link", FROM, TO));

    List<Entry> more = new ArrayList<>();
    for (int i = 0; i < 199; i++) {
      more.add(new Entry(FROM.plusDays(1 + i), "Entry " + i, ActivityType.values()[i % 9], "1"));
    }
    record(true, more.toArray(Entry[]::new));
    int[] counted = new int[1];
    CpdSummaryFile[] file = new CpdSummaryFile[1];
    counted[0] = statements(() -> file[0] = summary(sam, "alex.link", FROM, TO));

    System.out.printf(
        "CpdSummaryServiceTest: %d statements for 1 entry, %d for 200 (%d bytes of PDF)%n",
        one, counted[0], file[0].content().length);
    assertThat(counted[0]).isEqualTo(one);
    assertThat(one)
        .as("the worker, entries, claims, verifiers and compliance")
        .isLessThanOrEqualTo(15);
    assertThat(text(file[0])).contains("All types 200 200").contains("Entry 198");
  }

  private static int statements(Runnable work) {
    return StatementCounter.during(work);
  }
}
