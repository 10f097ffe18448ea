package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * Direct assessments and supervision records on a real (in-memory Derby) database: who may make,
 * read, withdraw and change them, the rules on their fields, and what stays private.
 */
class SupervisionServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();
  private final CurrentFrameworks frameworks;

  /** Alex's supervisor, and a link worker themself. */
  private final Caller sam;

  private final Caller alex;
  private final Caller lee;

  /** A supervisor in the same organisation who does not supervise Alex. */
  private final Caller sue;

  private final Caller emma;
  private final Caller pat;
  private final Caller steward;

  SupervisionServiceTest() {
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
              em.persist(
                  Person.create("sue.supervisor", "Sue", riverside, Set.of(Role.SUPERVISOR), "h"));
              for (String name : List.of("alex.link", "lee.trainee")) {
                Person worker = Person.create(name, name, riverside, Set.of(Role.LINK_WORKER), "h");
                worker.placeAtStage("LINK_WORKER");
                if (name.equals("alex.link")) {
                  worker.assignSupervisor(samPerson);
                }
                em.persist(worker);
              }
              Person gone =
                  Person.create("old.colleague", "Old", riverside, Set.of(Role.LINK_WORKER), "h");
              gone.placeAtStage("LINK_WORKER");
              gone.deactivate();
              em.persist(gone);
              Person elsewhere =
                  Person.create("hal.hillside", "Hal", hillside, Set.of(Role.SUPERVISOR), "h");
              em.persist(elsewhere);
              em.persist(
                  Person.create("emma.employer", "Emma", riverside, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("pat.provider", "Pat", courses, Set.of(Role.PROVIDER), "h"));
              return Map.of("riverside", riverside.getId(), "courses", courses.getId());
            });
    String riverside = organisations.get("riverside");
    sam = new Caller("sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), riverside);
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), riverside);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), riverside);
    sue = new Caller("sue.supervisor", "Sue", Set.of(Role.SUPERVISOR), riverside);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), riverside);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), organisations.get("courses"));
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private SupervisionService service(EntityManager em) {
    SupervisionService service = new SupervisionService();
    service.em = em;
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    return service;
  }

  private <T> T supervision(Function<SupervisionService, T> call) {
    return database.inTransaction(em -> call.apply(service(em)));
  }

  private Optional<AssessmentView> findAssessment(Caller caller, String id) {
    return supervision(s -> s.findAssessment(caller, id));
  }

  private Optional<SupervisionView> findRecord(Caller caller, String id) {
    return supervision(s -> s.findSupervisionRecord(caller, id));
  }

  // --- assessments ---

  private static AssessmentInput assessment(String competency, Integer level, LocalDate date) {
    return new AssessmentInput(date, competency, level, null);
  }

  private AssessmentView assess(Caller caller, String username, AssessmentInput input) {
    return supervision(
        s -> {
          MethodValidation.checkParameters(s, "assess", caller, username, input);
          return s.assess(caller, username, input);
        });
  }

  private List<AssessmentView> assessments(Caller caller, String username) {
    return supervision(s -> s.assessments(caller, username, 0, 100)).items();
  }

  @Test
  void theWorkersSupervisorAssessesACompetencyAtALevelThatThePortfolioReadersSee() {
    AssessmentView made =
        assess(
            sam,
            "alex.link",
            new AssessmentInput(LocalDate.of(2026, 11, 20), "PC.1", 2, "Seen in clinic"));

    assertThat(made.username()).isEqualTo("alex.link");
    assertThat(made.competency()).isEqualTo("PC.1");
    assertThat(made.level()).isEqualTo(2);
    assertThat(made.date()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(made.assessedBy()).isEqualTo("sam.supervisor");
    assertThat(made.note()).isEqualTo("Seen in clinic");
    for (Caller reader : List.of(alex, sam, emma)) {
      assertThat(assessments(reader, "alex.link")).as(reader.username()).containsExactly(made);
    }
    assertThat(findAssessment(emma, made.id())).contains(made);
  }

  @Test
  void onlyTheWorkersOwnSupervisorMayAssessThem() {
    AssessmentInput input = assessment("PC.1", 2, null);

    assertThatThrownBy(() -> assess(emma, "alex.link", input))
        .as("the employer")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> assess(alex, "alex.link", input))
        .as("the worker themself")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> assess(sam, "sam.supervisor", input))
        .as("a supervisor of themself")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> assess(lee, "alex.link", input))
        .as("a colleague")
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> assess(sue, "alex.link", input))
        .as("another supervisor")
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> assess(steward, "alex.link", input))
        .as("the steward")
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> assess(pat, "alex.link", input))
        .as("a provider")
        .isInstanceOf(NotVisibleException.class);
    assertThat(assessments(alex, "alex.link")).isEmpty();
  }

  @Test
  void anAssessmentIsDatedTodayWhenLeftOutAndNeverInTheFuture() {
    assertThat(assess(sam, "alex.link", assessment("PC.1", 1, null)).date()).isEqualTo(TODAY);
    assertThat(assess(sam, "alex.link", assessment("PC.2", 1, TODAY)).date()).isEqualTo(TODAY);

    assertThatThrownBy(() -> assess(sam, "alex.link", assessment("PC.1", 1, TODAY.plusDays(1))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("date")
                    .containsValue(
                        "An assessment judges practice that has been seen: choose a date no later"
                            + " than 2026-11-25."));
  }

  @Test
  void anUnknownCompetencyAndALevelOffTheScaleAreNamedByTheirFields() {
    assertThatThrownBy(() -> assess(sam, "alex.link", assessment("ZZ.9", 9, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.fieldErrors()).containsOnlyKeys("competency", "level");
              assertThat(e.fieldErrors().get("competency")).startsWith("ZZ.9 is not a competency");
              assertThat(e.fieldErrors().get("level")).startsWith("9 is not a level");
            });
    assertThatThrownBy(() -> assess(sam, "alex.link", assessment(" ", null, null)))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(InvalidInputException.of(e).fieldErrors())
                    .containsOnlyKeys("competency", "level"));
    assertThat(assessments(sam, "alex.link")).isEmpty();
  }

  @Test
  void theSupervisorWhoMadeAnAssessmentWithdrawsItAndItStaysOnRecordUnlisted() {
    AssessmentView mistaken = assess(sam, "alex.link", assessment("PC.1", 3, null));
    AssessmentView kept = assess(sam, "alex.link", assessment("PC.2", 2, null));

    assertThatThrownBy(() -> supervision(s -> withdraw(s, emma, mistaken.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> supervision(s -> withdraw(s, alex, mistaken.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> supervision(s -> withdraw(s, lee, mistaken.id())))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> supervision(s -> withdraw(s, sam, "no-such-assessment")))
        .isInstanceOf(NotVisibleException.class);
    supervision(s -> withdraw(s, sam, mistaken.id()));

    assertThat(assessments(alex, "alex.link")).containsExactly(kept);
    assertThat(findAssessment(sam, mistaken.id())).isEmpty();
    Assessment stored = database.inTransaction(em -> em.find(Assessment.class, mistaken.id()));
    assertThat(stored.isWithdrawn()).isTrue();
    assertThat(stored.getWithdrawnAt()).isEqualTo(clock.instant());
    assertThat(stored.getLevel()).isEqualTo(3);
    assertThatThrownBy(() -> supervision(s -> withdraw(s, sam, mistaken.id())))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void aNewSupervisorCannotWithdrawTheAssessmentOfTheirPredecessor() {
    AssessmentView made = assess(sam, "alex.link", assessment("PC.1", 2, null));
    database.inTransaction(
        em -> {
          Person alexPerson = person(em, "alex.link");
          alexPerson.assignSupervisor(person(em, "sue.supervisor"));
          return null;
        });

    assertThatThrownBy(() -> supervision(s -> withdraw(s, sue, made.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> supervision(s -> withdraw(s, sam, made.id())))
        .as("no longer their worker")
        .isInstanceOf(NotVisibleException.class);
    assertThat(assessments(sue, "alex.link")).containsExactly(made);
  }

  @Test
  void aWorkersAssessmentsAreListedNewestFirstInAFixedNumberOfStatements() {
    assess(sam, "alex.link", assessment("PC.1", 1, LocalDate.of(2026, 1, 1)));
    assess(sam, "alex.link", assessment("PC.2", 2, LocalDate.of(2026, 6, 1)));

    Page<AssessmentView> page = supervision(s -> s.assessments(emma, "alex.link", 0, 1));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(AssessmentView::competency).containsExactly("PC.2");

    int few =
        StatementCounter.during(() -> supervision(s -> s.assessments(emma, "alex.link", 0, 1)));
    for (int i = 0; i < 10; i++) {
      assess(sam, "alex.link", assessment("PC.3", 1, LocalDate.of(2025, 12, 1).plusDays(i)));
    }
    int many =
        StatementCounter.during(() -> supervision(s -> s.assessments(emma, "alex.link", 0, 12)));
    assertThat(many).isEqualTo(few);
    assertThatThrownBy(() -> supervision(s -> s.assessments(pat, "alex.link", 0, 10)))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> supervision(s -> s.assessments(steward, "alex.link", 0, 10)))
        .isInstanceOf(NotVisibleException.class);
  }

  private static Void withdraw(SupervisionService service, Caller caller, String id) {
    service.withdraw(caller, id);
    return null;
  }

  private static Person person(EntityManager em, String username) {
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  // --- supervision records ---

  private static SupervisionInput session(
      LocalDate date, Integer minutes, SupervisionKind kind, String supervisor, String notes) {
    return new SupervisionInput(date, minutes, kind, supervisor, notes);
  }

  private SupervisionView record(Caller caller, String username, SupervisionInput input) {
    return supervision(
        s -> {
          MethodValidation.checkParameters(s, "record", caller, username, input);
          return s.record(caller, username, input);
        });
  }

  private SupervisionView update(Caller caller, String id, long version, SupervisionInput input) {
    return supervision(
        s -> {
          MethodValidation.checkParameters(s, "update", caller, id, version, input);
          return s.update(caller, id, version, input);
        });
  }

  private List<SupervisionView> records(Caller caller, String username) {
    return supervision(s -> s.supervisionRecords(caller, username, 0, 100)).items();
  }

  @Test
  void aWorkerRecordsTheirSupervisionWithPrivateNotesThatOnlyTheyRead() {
    SupervisionView recorded =
        record(
            alex,
            "alex.link",
            session(
                LocalDate.of(2026, 11, 18),
                60,
                SupervisionKind.CLINICAL,
                null,
                "Talked about a hard case"));

    assertThat(recorded.supervisor()).as("their supervisor by default").isEqualTo("sam.supervisor");
    assertThat(recorded.notes()).isEqualTo("Talked about a hard case");
    assertThat(records(alex, "alex.link")).containsExactly(recorded);
    SupervisionView withoutNotes =
        new SupervisionView(
            recorded.id(),
            "alex.link",
            LocalDate.of(2026, 11, 18),
            60,
            SupervisionKind.CLINICAL,
            "sam.supervisor",
            null,
            recorded.version());
    assertThat(records(sam, "alex.link")).as("the supervisor").containsExactly(withoutNotes);
    assertThat(records(emma, "alex.link")).as("the employer").containsExactly(withoutNotes);
    assertThat(findRecord(sam, recorded.id())).contains(withoutNotes);
    assertThat(findRecord(alex, recorded.id())).contains(recorded);
  }

  @Test
  void aSupervisorRecordsASessionAsItsGiverButCannotWriteTheWorkersNotes() {
    SupervisionView recorded =
        record(sam, "alex.link", session(null, 45, SupervisionKind.MANAGERIAL, null, null));
    assertThat(recorded.supervisor()).isEqualTo("sam.supervisor");
    assertThat(recorded.date()).isEqualTo(TODAY);
    assertThat(records(alex, "alex.link")).extracting(SupervisionView::id).contains(recorded.id());

    assertThatThrownBy(
            () ->
                record(
                    sam,
                    "alex.link",
                    session(null, 45, SupervisionKind.MANAGERIAL, null, "My view of Alex")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("notes"));

    SupervisionView annotated =
        update(
            alex,
            recorded.id(),
            recorded.version(),
            session(null, 45, SupervisionKind.MANAGERIAL, null, "What I took from it"));
    assertThat(annotated.supervisor()).as("kept when left out").isEqualTo("sam.supervisor");
    assertThat(records(alex, "alex.link").get(0).notes()).isEqualTo("What I took from it");
    assertThat(records(sam, "alex.link").get(0).notes()).isNull();
  }

  @Test
  void onlyTheWorkerAndTheirSupervisorRecordSupervision() {
    SupervisionInput input = session(null, 30, SupervisionKind.PEER, "lee.trainee", null);

    assertThatThrownBy(() -> record(emma, "alex.link", input))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> record(lee, "alex.link", input))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> record(sue, "alex.link", input))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> record(steward, "alex.link", input))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> record(pat, "alex.link", input))
        .isInstanceOf(NotVisibleException.class);
    assertThat(records(alex, "alex.link")).isEmpty();
  }

  @Test
  void theProviderAndTheStewardSeeNoSupervisionRecords() {
    SupervisionView recorded =
        record(alex, "alex.link", session(null, 30, SupervisionKind.CLINICAL, null, null));

    for (Caller outsider : List.of(pat, steward, lee, sue)) {
      assertThatThrownBy(() -> records(outsider, "alex.link"))
          .as(outsider.username())
          .isInstanceOf(NotVisibleException.class);
      assertThat(findRecord(outsider, recorded.id())).as(outsider.username()).isEmpty();
    }
  }

  @Test
  void aPeerSessionMayBeGivenByAnyActiveColleague() {
    SupervisionView peer =
        record(alex, "alex.link", session(null, 90, SupervisionKind.PEER, " Lee.Trainee ", null));
    assertThat(peer.supervisor()).isEqualTo("lee.trainee");
  }

  @Test
  void badMinutesKindSupervisorAndDateAreNamedByTheirFields() {
    assertThatThrownBy(() -> record(alex, "alex.link", session(null, 0, null, null, null)))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(InvalidInputException.of(e).fieldErrors())
                    .containsOnlyKeys("minutes", "kind"));
    assertThatThrownBy(
            () -> record(alex, "alex.link", session(null, 601, SupervisionKind.PEER, null, null)))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(InvalidInputException.of(e).fieldErrors())
                    .containsExactly(
                        Map.entry("minutes", "A session lasts between 1 and 600 minutes.")));
    assertThatThrownBy(
            () -> record(alex, "alex.link", session(null, null, SupervisionKind.PEER, null, null)))
        .isInstanceOf(ConstraintViolationException.class);

    for (String nobody :
        List.of("nobody.here", "hal.hillside", "old.colleague", "alex.link", "pat.provider")) {
      assertThatThrownBy(
              () ->
                  record(alex, "alex.link", session(null, 30, SupervisionKind.PEER, nobody, null)))
          .as(nobody)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
    }
    assertThatThrownBy(
            () ->
                record(lee, "lee.trainee", session(null, 30, SupervisionKind.CLINICAL, null, null)))
        .as("no supervisor to take by default")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
    assertThatThrownBy(
            () ->
                record(
                    alex,
                    "alex.link",
                    session(TODAY.plusDays(1), 30, SupervisionKind.CLINICAL, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("date"));
    assertThat(records(alex, "alex.link")).isEmpty();
  }

  @Test
  void aStaleUpdateIsRefusedAndOnlyTheWorkerChangesARecord() {
    SupervisionView recorded =
        record(alex, "alex.link", session(null, 30, SupervisionKind.CLINICAL, null, null));
    SupervisionInput longer = session(null, 50, SupervisionKind.CLINICAL, null, null);

    assertThatThrownBy(() -> update(sam, recorded.id(), recorded.version(), longer))
        .as("the supervisor")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> update(emma, recorded.id(), recorded.version(), longer))
        .as("the employer")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> update(lee, recorded.id(), recorded.version(), longer))
        .as("a colleague")
        .isInstanceOf(NotVisibleException.class);

    SupervisionView saved = update(alex, recorded.id(), recorded.version(), longer);
    assertThat(saved.minutes()).isEqualTo(50);
    assertThat(saved.version()).isGreaterThan(recorded.version());
    assertThatThrownBy(
            () ->
                update(
                    alex,
                    recorded.id(),
                    recorded.version(),
                    session(null, 20, SupervisionKind.PEER, null, null)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(records(alex, "alex.link")).containsExactly(saved);
  }

  @Test
  void aWorkersSupervisionRecordsAreListedNewestFirstInAFixedNumberOfStatements() {
    record(
        alex,
        "alex.link",
        session(LocalDate.of(2026, 9, 1), 30, SupervisionKind.PEER, "lee.trainee", null));
    record(
        sam,
        "alex.link",
        session(LocalDate.of(2026, 10, 1), 60, SupervisionKind.CLINICAL, null, null));

    Page<SupervisionView> page = supervision(s -> s.supervisionRecords(emma, "alex.link", 0, 1));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items())
        .extracting(SupervisionView::date)
        .containsExactly(LocalDate.of(2026, 10, 1));

    int few =
        StatementCounter.during(
            () -> supervision(s -> s.supervisionRecords(emma, "alex.link", 0, 1)));
    for (int i = 0; i < 10; i++) {
      record(
          alex,
          "alex.link",
          session(LocalDate.of(2026, 8, 1).plusDays(i), 30, SupervisionKind.CLINICAL, null, "n"));
    }
    int many =
        StatementCounter.during(
            () -> supervision(s -> s.supervisionRecords(emma, "alex.link", 0, 12)));
    assertThat(many).isEqualTo(few);
  }
}
