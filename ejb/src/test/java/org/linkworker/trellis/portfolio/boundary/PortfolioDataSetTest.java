package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.IdentityTestAccess;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.JsonFields;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.control.EvidenceStore;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

/** The shipped demo portfolio, loaded by its data-set step after the demo people and courses. */
class PortfolioDataSetTest {

  private static final String RIVERSIDE = "863499ea-4851-48ce-acdb-83621d23b2b9";
  private static final List<String> WORKERS =
      List.of("lee.trainee", "alex.link", "priya.link", "jo.senior", "morgan.lead");

  private final TestDatabase database = TestDatabase.create();

  @TempDir Path evidenceFolder;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final CurrentFrameworks frameworks;
  private final Caller sam =
      new Caller(
          "sam.supervisor", "Sam Okafor", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), RIVERSIDE);

  PortfolioDataSetTest() {
    FrameworkTestAccess.importShippedFrameworks(database);
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    database.inTransaction(
        em -> {
          IdentityTestAccess.loadDemoPeople(em, clock, frameworks);
          CatalogueTestAccess.loadDemoCourses(em, frameworks, clock);
          return null;
        });
  }

  @AfterEach
  void close() {
    database.close();
  }

  private PortfolioDataSetStep step(EntityManager em) {
    PortfolioDataSetStep step = new PortfolioDataSetStep();
    step.em = em;
    step.validator = MethodValidation.validator();
    step.frameworks = frameworks;
    step.notifications = NotificationTestAccess.notifications(em, clock);
    step.clock = clock;
    EvidenceService evidence = new EvidenceService();
    evidence.em = em;
    evidence.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    evidence.policy = new AccessPolicy();
    evidence.clock = clock;
    evidence.settings = new EvidenceSettings(evidenceFolder, 10L * 1024 * 1024);
    evidence.store = new EvidenceStore(evidenceFolder);
    step.evidence = evidence;
    return step;
  }

  private void load(JsonObject content) {
    database.inTransaction(
        em -> {
          step(em).load(content, "portfolio.json");
          return null;
        });
  }

  private static JsonObject shippedPortfolio() {
    return JsonFields.parse(
        DataSetManifest.open(PortfolioDataSetTest.class.getClassLoader(), "demo/portfolio.json"));
  }

  private <T> T portfolio(Function<PortfolioService, T> call) {
    return database.inTransaction(
        em -> {
          PortfolioService service = new PortfolioService();
          service.em = em;
          service.audit =
              org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
                  em, java.time.Clock.systemUTC());
          service.policy = new AccessPolicy();
          service.frameworks = frameworks;
          service.clock = clock;
          service.courses = CatalogueTestAccess.courses(em, service.policy, frameworks, clock);
          service.notifications = NotificationTestAccess.notifications(em, clock);
          return call.apply(service);
        });
  }

  private EntryPage all(String worker) {
    return portfolio(
        s -> s.entries(sam, worker, new EntryFilter(null, null, null, null, null), 0, 1000));
  }

  @Test
  void eachOfSamsFiveWorkersHasMoreThanAYearOfCpdInEveryStatus() {
    load(shippedPortfolio());
    LocalDate today = LocalDate.now(clock);
    for (String worker : WORKERS) {
      List<EntryView> entries = all(worker).page().items();
      assertThat(entries).as(worker).hasSizeGreaterThanOrEqualTo(15);
      assertThat(entries.get(entries.size() - 1).date()).isBefore(today.minusYears(1));
      assertThat(entries)
          .extracting(EntryView::status)
          .contains(EntryStatus.VERIFIED, EntryStatus.SUBMITTED, EntryStatus.DRAFT);
      assertThat(entries.stream().filter(e -> e.status() == EntryStatus.VERIFIED))
          .allSatisfy(e -> assertThat(e.decidedBy()).isEqualTo("sam.supervisor"));
      assertThat(entries.stream().flatMap(e -> e.claims().stream())).isNotEmpty();
    }
    assertThat(evidenceFolder.toFile().list()).hasSize(6);
    EntryView certified =
        all("alex.link").page().items().stream()
            .filter(e -> e.status() == EntryStatus.VERIFIED && e.course() != null)
            .findFirst()
            .orElseThrow();
    assertThat(certified.title()).isNotBlank();
    Map<EntryStatus, Long> statuses =
        WORKERS.stream()
            .flatMap(w -> all(w).page().items().stream())
            .collect(Collectors.groupingBy(EntryView::status, Collectors.counting()));
    assertThat(statuses.get(EntryStatus.RETURNED)).isPositive();
  }

  @Test
  void samsQueueHoldsTheSubmittedEntriesAndHeHasBeenNotifiedOfEach() {
    load(shippedPortfolio());
    List<EntryView> queue = portfolio(s -> s.queue(sam));
    assertThat(queue).hasSize(10);
    long unread =
        database.inTransaction(
            em -> NotificationTestAccess.notifications(em, clock).unreadCount(sam));
    assertThat(unread).isEqualTo(10);
  }

  @Test
  void loadingTheDataSetAgainChangesNothing() {
    load(shippedPortfolio());
    long first = all("alex.link").page().total();
    load(shippedPortfolio());
    assertThat(all("alex.link").page().total()).isEqualTo(first);
  }

  private <T> T declarations(Function<DeclarationService, T> call) {
    return database.inTransaction(
        em -> {
          DeclarationService service = new DeclarationService();
          service.em = em;
          service.policy = new AccessPolicy();
          service.frameworks = frameworks;
          service.clock = clock;
          return call.apply(service);
        });
  }

  private boolean due(String worker) {
    Boolean due =
        declarations(s -> s.isDue(new Caller(worker, worker, Set.of(Role.LINK_WORKER), RIVERSIDE)));
    return due;
  }

  @Test
  void priyaAndJoHaveDeclaredThisYearWhileAlexMorganAndLeeAreDue() {
    load(shippedPortfolio());
    load(shippedPortfolio());

    assertThat(WORKERS.stream().filter(this::due))
        .containsExactlyInAnyOrder("lee.trainee", "alex.link", "morgan.lead");
    List<DeclarationView> priyas =
        declarations(s -> s.declarations(sam, "priya.link", 0, 10)).items();
    assertThat(priyas).extracting(DeclarationView::membershipYear).containsExactly(2026, 2025);
    assertThat(priyas.get(0).declaredOn()).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(priyas.get(0).framework()).isEqualTo("LWCF");
    assertThat(declarations(s -> s.declarations(sam, "alex.link", 0, 10)).items())
        .singleElement()
        .satisfies(d -> assertThat(d.membershipYear()).isEqualTo(2025));
  }

  @Test
  void loadedEarlyInAMembershipYearTheDeclarationsAreKeptWithinTheirYears() {
    clock.advance(
        java.time.Duration.between(clock.instant(), Instant.parse("2027-04-02T08:00:00Z")));

    load(shippedPortfolio());

    List<DeclarationView> priyas =
        declarations(s -> s.declarations(sam, "priya.link", 0, 10)).items();
    assertThat(priyas.get(0).membershipYear()).isEqualTo(2027);
    assertThat(priyas.get(0).declaredOn()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(priyas.get(1).membershipYear()).isEqualTo(2026);
    assertThat(priyas.get(1).declaredOn())
        .isBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    assertThat(due("priya.link")).isFalse();
    assertThat(due("alex.link")).isTrue();
  }

  @Test
  void aClaimOfACompetencyTheFrameworkLacksStopsTheLoadNamingIt() {
    JsonObject bad =
        Json.createObjectBuilder()
            .add(
                "entries",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "00000000-0000-4000-8000-000000000009")
                            .add("owner", "e063d6bf-96bc-49c6-969e-801990c0ab89")
                            .add("daysAgo", 3)
                            .add("title", "Bad claim")
                            .add("type", "READING")
                            .add("hours", 1)
                            .add("status", "DRAFT")
                            .add("claims", Json.createArrayBuilder().add("ZZ.9:1"))))
            .build();
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("ZZ.9");
  }

  private static final String NORTHGATE = "3fcb4b70-f79a-4ffc-a71b-9592244ececa";
  private static final List<String> COACHES =
      List.of("ruby.trainee", "kofi.coach", "hannah.coach", "dev.senior");

  @Test
  void northgatesCoachesHaveCpdClaimingTheirOwnFrameworksCompetenciesVerifiedByOwen() {
    load(shippedPortfolio());
    Caller owen =
        new Caller(
            "owen.supervisor", "Owen Price", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), NORTHGATE);
    FrameworkSnapshot hwbc = frameworks.current("HWBC").orElseThrow();

    for (String coach : COACHES) {
      List<EntryView> entries =
          portfolio(
                  s ->
                      s.entries(
                          owen, coach, new EntryFilter(null, null, null, null, null), 0, 1000))
              .page()
              .items();
      assertThat(entries).as(coach).hasSizeGreaterThanOrEqualTo(8);
      assertThat(entries)
          .extracting(EntryView::status)
          .contains(EntryStatus.VERIFIED, EntryStatus.SUBMITTED, EntryStatus.DRAFT);
      assertThat(entries.stream().filter(e -> e.status() == EntryStatus.VERIFIED))
          .allSatisfy(e -> assertThat(e.decidedBy()).isEqualTo("owen.supervisor"));
      assertThat(entries.stream().flatMap(e -> e.claims().stream()))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(hwbc.competency(c.competency())).isPresent());
      assertThat(entries.stream().filter(e -> e.course() != null)).isNotEmpty();
    }
    List<EntryView> queue = portfolio(s -> s.queue(owen));
    assertThat(queue).hasSize(2 * COACHES.size());
    // Kofi and Dev have declared against the coaches' code of practice this year.
    assertThat(
            COACHES.stream()
                .filter(
                    c ->
                        declarations(
                            s -> s.isDue(new Caller(c, c, Set.of(Role.LINK_WORKER), NORTHGATE)))))
        .containsExactlyInAnyOrder("ruby.trainee", "hannah.coach");
    assertThat(declarations(s -> s.declarations(owen, "kofi.coach", 0, 10)).items())
        .singleElement()
        .satisfies(d -> assertThat(d.framework()).isEqualTo("HWBC"));
  }
}
