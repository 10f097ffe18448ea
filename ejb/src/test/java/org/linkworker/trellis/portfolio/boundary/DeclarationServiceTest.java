package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.MembershipYear;
import org.linkworker.trellis.portfolio.entity.Reflection;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * Declarations against the code of practice on a real (in-memory Derby) database: who declares and
 * for which year, who reads them, when a worker is due, and the entries that name each standard.
 */
class DeclarationServiceTest {

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();
  private final CurrentFrameworks frameworks;

  /** Alex's supervisor, and a link worker themself. */
  private final Caller sam;

  private final Caller alex;
  private final Caller lee;
  private final Caller emma;
  private final Caller pat;
  private final Caller steward;

  /** A supervisor and an employer of another organisation. */
  private final Caller hal;

  private final Caller hana;

  DeclarationServiceTest() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    Map<String, String> organisations =
        database.inTransaction(
            em -> {
              Organisation riverside = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              Organisation hillside = Organisation.create("Hillside", OrganisationKind.EMPLOYER);
              Organisation courses = Organisation.create("Courses Ltd", OrganisationKind.PROVIDER);
              em.persist(riverside);
              em.persist(hillside);
              em.persist(courses);
              Person samPerson =
                  Person.create(
                      "sam.supervisor",
                      "Sam",
                      riverside,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              samPerson.placeAtStage("SENIOR");
              em.persist(samPerson);
              for (String name : List.of("alex.link", "lee.trainee")) {
                Person worker = Person.create(name, name, riverside, Set.of(Role.LINK_WORKER), "h");
                worker.placeAtStage("LINK_WORKER");
                if (name.equals("alex.link")) {
                  worker.assignSupervisor(samPerson);
                }
                em.persist(worker);
              }
              em.persist(
                  Person.create("emma.employer", "Emma", riverside, Set.of(Role.EMPLOYER), "h"));
              em.persist(
                  Person.create("hal.hillside", "Hal", hillside, Set.of(Role.SUPERVISOR), "h"));
              em.persist(
                  Person.create("hana.hillside", "Hana", hillside, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("pat.provider", "Pat", courses, Set.of(Role.PROVIDER), "h"));
              return Map.of(
                  "riverside",
                  riverside.getId(),
                  "hillside",
                  hillside.getId(),
                  "courses",
                  courses.getId());
            });
    String riverside = organisations.get("riverside");
    sam = new Caller("sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), riverside);
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), riverside);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), riverside);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), riverside);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), organisations.get("courses"));
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
    hal = new Caller("hal.hillside", "Hal", Set.of(Role.SUPERVISOR), organisations.get("hillside"));
    hana =
        new Caller("hana.hillside", "Hana", Set.of(Role.EMPLOYER), organisations.get("hillside"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private DeclarationService service(EntityManager em) {
    DeclarationService service = new DeclarationService();
    service.em = em;
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    return service;
  }

  private <T> T declarations(Function<DeclarationService, T> call) {
    return database.inTransaction(em -> call.apply(service(em)));
  }

  private DeclarationView declare(Caller caller, String username, DeclarationInput input) {
    return declarations(
        s -> {
          MethodValidation.checkParameters(s, "declare", caller, username, input);
          return s.declare(caller, username, input);
        });
  }

  private DeclarationView declare(Caller caller, String username) {
    return declare(caller, username, new DeclarationInput(null, null));
  }

  private List<DeclarationView> list(Caller caller, String username) {
    return declarations(s -> s.declarations(caller, username, 0, 100)).items();
  }

  private java.util.Optional<DeclarationView> find(Caller caller, String id) {
    return declarations(s -> s.find(caller, id));
  }

  private boolean isDue(Caller caller) {
    Boolean due = declarations(s -> s.isDue(caller));
    return due;
  }

  private Map<String, StandardPractice> practice(Caller caller) {
    return declarations(s -> s.ownPractice(caller));
  }

  private DeclarationAccess access(Caller caller, String username) {
    return declarations(s -> s.access(caller, username));
  }

  private long stored() {
    return database.inTransaction(
        em -> em.createQuery("select count(d) from Declaration d", Long.class).getSingleResult());
  }

  /** A declaration of an earlier year, as it would have been made then. */
  private void declaredIn(String username, int year) {
    database.inTransaction(
        em -> {
          Person owner =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", username)
                  .getSingleResult();
          MembershipYear membershipYear = new MembershipYear(year);
          em.persist(
              new Declaration(
                  owner,
                  membershipYear,
                  membershipYear.from().plusDays(10),
                  frameworks.current().orElseThrow().outline().codeOfPractice().id(),
                  "LWCF",
                  "1",
                  null,
                  membershipYear
                      .from()
                      .plusDays(10)
                      .atStartOfDay()
                      .toInstant(java.time.ZoneOffset.UTC)));
          return null;
        });
  }

  @Test
  void theWorkerDeclaresTodayForTheCurrentMembershipYearAgainstTheirFrameworksCode() {
    DeclarationView made =
        declare(alex, "alex.link", new DeclarationInput(null, "  Read it with my supervisor.  "));

    assertThat(made.id()).isNotBlank();
    assertThat(made.owner()).isEqualTo("alex.link");
    assertThat(made.membershipYear()).isEqualTo(2026);
    assertThat(made.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(made.to()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(made.declaredOn()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(made.framework()).isEqualTo("LWCF");
    assertThat(made.version()).isEqualTo("1");
    assertThat(made.statement()).isEqualTo("Read it with my supervisor.");
    assertThat(find(alex, made.id())).contains(made);
    String codeOfPractice =
        database.inTransaction(em -> em.find(Declaration.class, made.id()).getCodeOfPracticeId());
    assertThat(codeOfPractice)
        .isEqualTo(frameworks.current().orElseThrow().outline().codeOfPractice().id());
  }

  @Test
  void theCurrentYearMayBeNamedAndABlankStatementIsNone() {
    DeclarationView made = declare(alex, "alex.link", new DeclarationInput(2026, "   "));

    assertThat(made.membershipYear()).isEqualTo(2026);
    assertThat(made.statement()).isNull();
  }

  @Test
  void aSecondDeclarationForTheSameYearIsAConflictThatNamesTheFirstAndWritesNothing() {
    declare(alex, "alex.link");
    clock.advance(Duration.ofDays(3));

    StateConflictException refused =
        catchThrowableOfType(
            StateConflictException.class,
            () -> declare(alex, "alex.link", new DeclarationInput(2026, "again")));

    assertThat(refused.getMessage()).contains("2026\u201327").contains("2026-11-25");
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void aYearThatHasNotStartedOrHasEndedIsRefusedOnTheFieldSayingWhichYearMayBeDeclaredFor() {
    InvalidInputException future =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> declare(alex, "alex.link", new DeclarationInput(2027, null)));
    InvalidInputException past =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> declare(alex, "alex.link", new DeclarationInput(2025, null)));

    assertThat(future.fieldErrors().get("membershipYear"))
        .contains("2026\u201327")
        .contains("2026-04-01")
        .contains("2027-03-31")
        .contains("2027 has not started");
    assertThat(past.fieldErrors().get("membershipYear")).contains("2025 has ended");
    assertThat(stored()).isZero();
  }

  @Test
  void onTheFirstOfAprilANewYearIsDueAndMayBeDeclaredFor() {
    clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-31T22:00:00Z")));
    declare(alex, "alex.link");
    assertThat(isDue(alex)).isFalse();

    clock.advance(Duration.ofHours(2));

    assertThat(isDue(alex)).isTrue();
    DeclarationView next = declare(alex, "alex.link");
    assertThat(next.membershipYear()).isEqualTo(2027);
    assertThat(next.declaredOn()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(list(alex, "alex.link"))
        .extracting(DeclarationView::membershipYear)
        .containsExactly(2027, 2026);
  }

  @Test
  void onlyTheLinkWorkerThemselfDeclaresAndThoseWhoMayNotSeeThemFindNoOne() {
    for (Caller reader : List.of(sam, emma, steward)) {
      assertThatThrownBy(() -> declare(reader, "alex.link"))
          .as(reader.username())
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("Only the link worker");
    }
    for (Caller stranger : List.of(lee, pat, hal, hana)) {
      assertThatThrownBy(() -> declare(stranger, "alex.link"))
          .as(stranger.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> declare(alex, "nobody.here")).isInstanceOf(NotVisibleException.class);
    assertThat(stored()).isZero();
  }

  @Test
  void theWorkerTheirSupervisorTheirEmployerAndTheStewardReadDeclarationsAndNobodyElse() {
    DeclarationView made = declare(alex, "alex.link");

    for (Caller reader : List.of(alex, sam, emma, steward)) {
      assertThat(list(reader, "alex.link")).as(reader.username()).containsExactly(made);
      assertThat(find(reader, made.id())).as(reader.username()).contains(made);
    }
    for (Caller stranger : List.of(lee, pat, hal, hana)) {
      assertThatThrownBy(() -> list(stranger, "alex.link"))
          .as(stranger.username())
          .isInstanceOf(NotVisibleException.class);
      assertThat(find(stranger, made.id())).as(stranger.username()).isEmpty();
    }
    assertThat(find(alex, "no-such-declaration")).isEmpty();
  }

  @Test
  void aLinkWorkerIsDueUntilTheyDeclareAndSomeoneWhoIsNoLinkWorkerNeverIs() {
    declaredIn("alex.link", 2025);

    assertThat(isDue(alex)).as("declared last year only").isTrue();
    assertThat(isDue(sam)).as("a supervisor who is a link worker").isTrue();
    assertThat(isDue(emma)).isFalse();
    assertThat(isDue(steward)).isFalse();

    declare(alex, "alex.link");

    assertThat(isDue(alex)).isFalse();
    assertThat(isDue(lee)).isTrue();
  }

  @Test
  void askingWhetherAWorkerIsDueTakesOneStatementAndNoneForOthers() {
    assertThat(StatementCounter.during(() -> isDue(alex))).isEqualTo(1);
    assertThat(StatementCounter.during(() -> isDue(emma))).isZero();
  }

  @Test
  void theListIsNewestYearFirstAndCostsTheSameForOneDeclarationAsForMany() {
    declare(alex, "alex.link");
    int one = StatementCounter.during(() -> list(alex, "alex.link"));
    for (int year = 2015; year < 2026; year++) {
      declaredIn("alex.link", year);
    }

    int many = StatementCounter.during(() -> list(alex, "alex.link"));
    List<DeclarationView> all = list(alex, "alex.link");
    Page2 paged = new Page2(declarations(s -> s.declarations(alex, "alex.link", 2, 3)));

    assertThat(many).isEqualTo(one);
    assertThat(all).hasSize(12);
    assertThat(all)
        .extracting(DeclarationView::membershipYear)
        .isSortedAccordingTo((a, b) -> b - a);
    assertThat(all.get(0).membershipYear()).isEqualTo(2026);
    assertThat(paged.total).isEqualTo(12);
    assertThat(paged.years).containsExactly(2024, 2023, 2022);
  }

  private record Page2(long total, List<Integer> years) {
    Page2(org.linkworker.trellis.platform.Page<DeclarationView> page) {
      this(page.total(), page.items().stream().map(DeclarationView::membershipYear).toList());
    }
  }

  @Test
  void aStatementLongerThanTheLimitIsRefusedAndNothingIsWritten() {
    String tooLong = "x".repeat(2001);

    assertThatThrownBy(() -> declare(alex, "alex.link", new DeclarationInput(null, tooLong)))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("at most 2000 characters");
    assertThat(stored()).isZero();
  }

  @Test
  void theWorkersPageOffersTheDeclarationWhileDueAndShowsItOnceMade() {
    DeclarationAccess before = access(alex, "alex.link");

    assertThat(before.owner()).isEqualTo("alex.link");
    assertThat(before.year()).isEqualTo(2026);
    assertThat(before.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(before.to()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(before.due()).isTrue();
    assertThat(before.mayDeclare()).isTrue();
    assertThat(before.current()).isNull();
    assertThat(before.framework()).isEqualTo("LWCF");
    assertThat(before.codeOfPractice().standards()).hasSize(10);
    DeclarationAccess forSupervisor = access(sam, "alex.link");
    assertThat(forSupervisor.due()).isTrue();
    assertThat(forSupervisor.mayDeclare()).isFalse();

    DeclarationView made = declare(alex, "alex.link");
    DeclarationAccess after = access(alex, "alex.link");

    assertThat(after.due()).isFalse();
    assertThat(after.mayDeclare()).isFalse();
    assertThat(after.current()).isEqualTo(made);
    assertThat(access(emma, "emma.employer").due()).as("someone who is no link worker").isFalse();
    assertThatThrownBy(() -> access(pat, "alex.link")).isInstanceOf(NotVisibleException.class);
  }

  /** An entry of the worker's that names a standard (or none). */
  private void entry(String username, LocalDate date, String title, String hours, String standard) {
    database.inTransaction(
        em -> {
          Person owner =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", username)
                  .getSingleResult();
          CpdEntry entry =
              new CpdEntry(
                  owner, date, title, ActivityType.READING, new BigDecimal(hours), clock.instant());
          entry.describe(
              date,
              title,
              ActivityType.READING,
              new BigDecimal(hours),
              false,
              null,
              standard,
              new Reflection(null, null, null));
          em.persist(entry);
          return null;
        });
  }

  @Test
  void theWorkersOwnEntriesAreCountedPerStandardWithTheirHoursAndTheNewestFew() {
    for (int day = 1; day <= 7; day++) {
      entry("alex.link", LocalDate.of(2026, 10, day), "Boundaries " + day, "1.5", "CP.3");
    }
    entry("alex.link", LocalDate.of(2026, 9, 1), "Keeping skills current", "2", "CP.5");
    entry("alex.link", LocalDate.of(2026, 9, 2), "No standard", "3", null);
    entry("lee.trainee", LocalDate.of(2026, 9, 3), "Lee's boundaries", "4", "CP.3");

    Map<String, StandardPractice> practice = practice(alex);

    assertThat(practice).containsOnlyKeys("CP.3", "CP.5");
    StandardPractice boundaries = practice.get("CP.3");
    assertThat(boundaries.entries()).isEqualTo(7);
    assertThat(boundaries.hours()).isEqualByComparingTo("10.5");
    assertThat(boundaries.newest())
        .extracting(StandardPractice.EntryLink::title)
        .containsExactly(
            "Boundaries 7", "Boundaries 6", "Boundaries 5", "Boundaries 4", "Boundaries 3");
    assertThat(practice.get("CP.5").hours()).isEqualByComparingTo("2");
    assertThat(practice.get("CP.5").hours().toPlainString()).isEqualTo("2");
  }

  @Test
  void theEntriesOfEveryStandardAreReadInOneStatementAndNoneForSomeoneWithoutAPortfolio() {
    entry("alex.link", LocalDate.of(2026, 10, 1), "One", "1", "CP.1");
    int one = StatementCounter.during(() -> practice(alex));
    for (int i = 2; i <= 10; i++) {
      entry("alex.link", LocalDate.of(2026, 10, i), "Entry " + i, "1", "CP." + i);
    }

    int ten = StatementCounter.during(() -> practice(alex));

    assertThat(one).isEqualTo(1);
    assertThat(ten).isEqualTo(1);
    assertThat(practice(alex)).hasSize(10);
    assertThat(StatementCounter.during(() -> practice(emma))).isZero();
  }
}
