package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.notification.boundary.NotificationView;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

class PortfolioServiceTest {

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();
  private final CurrentFrameworks frameworks;
  private final String riverside;

  private final Caller alex;
  private final Caller lee;
  private final Caller sam;
  private final Caller emma;
  private final Caller steward;

  PortfolioServiceTest() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    riverside =
        database.inTransaction(
            em -> {
              Organisation org = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              em.persist(org);
              Person samPerson =
                  Person.create(
                      "sam.supervisor", "Sam", org, Set.of(Role.SUPERVISOR, Role.LINK_WORKER), "h");
              samPerson.placeAtStage("SENIOR");
              em.persist(samPerson);
              for (String name : List.of("alex.link", "lee.trainee")) {
                Person worker = Person.create(name, name, org, Set.of(Role.LINK_WORKER), "h");
                worker.placeAtStage("LINK_WORKER");
                if (name.equals("alex.link")) {
                  worker.assignSupervisor(samPerson);
                }
                em.persist(worker);
              }
              em.persist(Person.create("emma.employer", "Emma", org, Set.of(Role.EMPLOYER), "h"));
              return org.getId();
            });
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), riverside);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), riverside);
    sam = new Caller("sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), riverside);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), riverside);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private PortfolioService service(EntityManager em) {
    PortfolioService service = new PortfolioService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    service.courses = CatalogueTestAccess.courses(em, policy, frameworks, clock);
    service.notifications = NotificationTestAccess.notifications(em, clock);
    return service;
  }

  private <T> T portfolio(Function<PortfolioService, T> call) {
    return database.inTransaction(em -> call.apply(service(em)));
  }

  private List<EntryView> queue(Caller caller) {
    return portfolio(s -> s.queue(caller));
  }

  private java.util.Optional<EntryView> find(Caller caller, String id) {
    return portfolio(s -> s.find(caller, id));
  }

  private static EntryInput input(String title, LocalDate date, EntryInput.ClaimInput... claims) {
    return new EntryInput(
        date,
        title,
        ActivityType.PEER_LEARNING,
        new BigDecimal("1.5"),
        true,
        null,
        null,
        new EntryInput.ReflectionInput("We met", "Benefits", "I will check"),
        List.of(claims));
  }

  private EntryView create(Caller caller, String owner, EntryInput input) {
    return portfolio(
        s -> {
          MethodValidation.checkParameters(s, "create", caller, owner, input);
          return s.create(caller, owner, input);
        });
  }

  @Test
  void aWorkerRecordsADraftThatTheirSupervisorVerifiesAfterItIsSubmitted() {
    EntryView draft =
        create(
            alex,
            "alex.link",
            input(
                "Peer session", LocalDate.of(2026, 11, 20), new EntryInput.ClaimInput("PC.1", 2)));
    assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
    assertThat(draft.claims()).containsExactly(new EntryView.ClaimView("PC.1", 2));
    assertThat(draft.reflection().learned()).isEqualTo("Benefits");

    portfolio(s -> s.submit(alex, draft.id()));
    EntryView verified = portfolio(s -> s.verify(sam, draft.id(), "Well reflected"));

    assertThat(verified.status()).isEqualTo(EntryStatus.VERIFIED);
    assertThat(verified.decidedBy()).isEqualTo("sam.supervisor");
    assertThat(verified.note()).isEqualTo("Well reflected");
  }

  private <T> T inbox(Function<NotificationService, T> call) {
    return database.inTransaction(
        em -> call.apply(NotificationTestAccess.notifications(em, clock)));
  }

  private long unread(Caller caller) {
    return inbox(n -> n.unreadCount(caller));
  }

  @Test
  void aSubmissionNotifiesTheSupervisorAndADecisionTheWorkerWhoAloneMarkThemRead() {
    EntryView first =
        create(alex, "alex.link", input("Benefits clinic", LocalDate.of(2026, 11, 20)));
    EntryView second = create(alex, "alex.link", input("Housing talk", LocalDate.of(2026, 11, 21)));
    portfolio(s -> s.submit(alex, first.id()));
    clock.advance(java.time.Duration.ofMinutes(1));
    portfolio(s -> s.submit(alex, second.id()));

    assertThat(unread(sam)).isEqualTo(2);
    assertThat(unread(alex)).isZero();
    NotificationView toSam = inbox(n -> n.list(sam, true, 0, 10)).items().get(1);
    assertThat(toSam.kind()).isEqualTo(NotificationKind.ENTRY_SUBMITTED);
    assertThat(toSam.subject()).isEqualTo(first.id());
    assertThat(toSam.message())
        .isEqualTo("Alex submitted \u201cBenefits clinic\u201d for you to verify.");

    portfolio(s -> s.verify(sam, first.id(), null));
    assertThat(unread(sam)).as("deciding marks the submission read").isEqualTo(1);
    clock.advance(java.time.Duration.ofMinutes(1));
    portfolio(s -> s.returnEntry(sam, second.id(), "Say what you learned"));
    List<NotificationView> toAlex = inbox(n -> n.list(alex, false, 0, 10)).items();
    assertThat(toAlex)
        .extracting(NotificationView::kind)
        .containsExactly(NotificationKind.ENTRY_RETURNED, NotificationKind.ENTRY_VERIFIED);
    assertThat(toAlex.get(1).message())
        .isEqualTo("Sam verified your entry \u201cBenefits clinic\u201d.");

    assertThatThrownBy(() -> inbox(n -> n.markRead(lee, toSam.id())))
        .isInstanceOf(NotVisibleException.class);
    assertThat(unread(sam)).as("both submissions were decided").isZero();
    int opened = inbox(n -> n.markReadAbout(alex, second.id()));
    assertThat(opened).isEqualTo(1);
    assertThat(unread(alex)).isEqualTo(1);
    assertThat(inbox(n -> n.markRead(sam, toSam.id())).read()).isTrue();
    int all = inbox(n -> n.markAllRead(alex));
    assertThat(all).isEqualTo(1);
    long left = inbox(n -> n.list(alex, true, 0, 10)).total();
    assertThat(left).isZero();
  }

  @Test
  void aQuickAddTakesTodayAndOneHourByDefault() {
    EntryView quick =
        create(
            alex,
            "alex.link",
            new EntryInput(
                null, "Reading", ActivityType.READING, null, false, null, null, null, null));
    assertThat(quick.date()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(quick.hours()).isEqualByComparingTo("1");
    assertThat(quick.claims()).isEmpty();
    assertThat(quick.reflection()).as("the worker's own, nothing written yet").isNotNull();
    assertThat(quick.reflection().learned()).isNull();
  }

  @Test
  void aFutureDateAnUnknownCompetencyAndALevelOffTheScaleAreNamed() {
    assertThatThrownBy(
            () ->
                create(
                    alex,
                    "alex.link",
                    input(
                        "Tomorrow",
                        LocalDate.of(2026, 11, 26),
                        new EntryInput.ClaimInput("ZZ.1", 1),
                        new EntryInput.ClaimInput("PC.1", 9))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("date", "claims[0].competency", "claims[1].level"));
  }

  @Test
  void onlyTheWorkerRecordsInTheirPortfolioAndOthersSeeNothingOrLess() {
    EntryView entry = create(alex, "alex.link", input("Mine", LocalDate.of(2026, 11, 20)));

    assertThatThrownBy(
            () -> create(lee, "alex.link", input("Not mine", LocalDate.of(2026, 11, 20))))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(
            () -> create(sam, "alex.link", input("Not mine", LocalDate.of(2026, 11, 20))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(find(lee, entry.id())).isEmpty();
    assertThat(find(steward, entry.id())).isEmpty();
    assertThat(find(emma, entry.id()).orElseThrow().reflection()).isNull();
    assertThat(find(sam, entry.id()).orElseThrow().reflection()).isNotNull();
  }

  @Test
  void onlyTheWorkersSupervisorDecidesAndAReturnCarriesItsReason() {
    EntryView entry = create(alex, "alex.link", input("Mine", LocalDate.of(2026, 11, 20)));
    portfolio(s -> s.submit(alex, entry.id()));

    assertThatThrownBy(() -> portfolio(s -> s.verify(emma, entry.id(), null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> portfolio(s -> s.verify(lee, entry.id(), null)))
        .isInstanceOf(NotVisibleException.class);
    EntryView returned = portfolio(s -> s.returnEntry(sam, entry.id(), "Add a claim"));
    assertThat(returned.status()).isEqualTo(EntryStatus.RETURNED);
    assertThat(returned.note()).isEqualTo("Add a claim");
    assertThatThrownBy(() -> portfolio(s -> s.verify(sam, entry.id(), null)))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void aStaleSaveIsRefusedAndAVerifiedEntryChangesNoMore() {
    EntryView entry = create(alex, "alex.link", input("First", LocalDate.of(2026, 11, 20)));
    EntryView saved =
        portfolio(
            s ->
                s.update(
                    alex,
                    entry.id(),
                    entry.version(),
                    input("Second", LocalDate.of(2026, 11, 20))));
    assertThat(saved.title()).isEqualTo("Second");
    assertThatThrownBy(
            () ->
                portfolio(
                    s ->
                        s.update(
                            alex,
                            entry.id(),
                            entry.version(),
                            input("Lost", LocalDate.of(2026, 11, 20)))))
        .isInstanceOf(StaleVersionException.class);

    portfolio(s -> s.submit(alex, entry.id()));
    EntryView verified = portfolio(s -> s.verify(sam, entry.id(), null));
    assertThatThrownBy(
            () ->
                portfolio(
                    s ->
                        s.update(
                            alex,
                            entry.id(),
                            verified.version(),
                            input("Late", LocalDate.of(2026, 11, 20)))))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void theWorkersListFiltersAndTotalsHoursInAFixedNumberOfStatements() {
    create(
        alex,
        "alex.link",
        input("Older", LocalDate.of(2026, 10, 1), new EntryInput.ClaimInput("PC.1", 1)));
    EntryView newer =
        create(
            alex,
            "alex.link",
            input("Newer", LocalDate.of(2026, 11, 1), new EntryInput.ClaimInput("CC.2", 2)));
    portfolio(s -> s.submit(alex, newer.id()));

    EntryPage all = portfolio(s -> s.entries(alex, "alex.link", EntryFilter.none(), 0, 10));
    assertThat(all.page().items()).extracting(EntryView::title).containsExactly("Newer", "Older");
    assertThat(all.totalHours()).isEqualByComparingTo("3");
    assertThat(all.page().items().get(0).claims())
        .containsExactly(new EntryView.ClaimView("CC.2", 2));

    EntryPage submitted =
        portfolio(
            s ->
                s.entries(
                    alex,
                    "alex.link",
                    new EntryFilter(null, null, EntryStatus.SUBMITTED, null, null),
                    0,
                    10));
    assertThat(submitted.page().total()).isEqualTo(1);
    EntryPage byCompetency =
        portfolio(
            s ->
                s.entries(
                    alex, "alex.link", new EntryFilter(null, null, null, null, "PC.1"), 0, 10));
    assertThat(byCompetency.page().items()).extracting(EntryView::title).containsExactly("Older");
    EntryPage byDates =
        portfolio(
            s ->
                s.entries(
                    alex,
                    "alex.link",
                    new EntryFilter(
                        LocalDate.of(2026, 10, 15),
                        LocalDate.of(2026, 11, 30),
                        null,
                        ActivityType.PEER_LEARNING,
                        null),
                    0,
                    10));
    assertThat(byDates.page().items()).extracting(EntryView::title).containsExactly("Newer");

    int few =
        org.linkworker.trellis.testing.StatementCounter.during(
            () -> portfolio(s -> s.entries(emma, "alex.link", EntryFilter.none(), 0, 1)));
    for (int i = 0; i < 10; i++) {
      create(
          alex,
          "alex.link",
          input("More " + i, LocalDate.of(2026, 9, 1), new EntryInput.ClaimInput("PC.2", 1)));
    }
    int many =
        org.linkworker.trellis.testing.StatementCounter.during(
            () -> portfolio(s -> s.entries(emma, "alex.link", EntryFilter.none(), 0, 12)));
    assertThat(many).isEqualTo(few);
    assertThat(
            portfolio(s -> s.entries(emma, "alex.link", EntryFilter.none(), 0, 1))
                .page()
                .items()
                .get(0)
                .reflection())
        .isNull();
    assertThatThrownBy(() -> portfolio(s -> s.entries(lee, "alex.link", EntryFilter.none(), 0, 1)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void theSupervisorsQueueHoldsTheirWorkersSubmittedEntriesOldestFirst() {
    EntryView first = create(alex, "alex.link", input("First", LocalDate.of(2026, 11, 1)));
    EntryView second = create(alex, "alex.link", input("Second", LocalDate.of(2026, 11, 2)));
    create(lee, "lee.trainee", input("Unsupervised", LocalDate.of(2026, 11, 2)));
    portfolio(s -> s.submit(alex, second.id()));
    clock.advance(java.time.Duration.ofMinutes(5));
    portfolio(s -> s.submit(alex, first.id()));

    assertThat(queue(sam)).extracting(EntryView::title).containsExactly("Second", "First");
    assertThat(queue(emma)).isEmpty();
    portfolio(s -> s.verify(sam, second.id(), null));
    assertThat(queue(sam)).extracting(EntryView::title).containsExactly("First");
  }
}
