package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.entity.GapSnapshot;
import org.linkworker.trellis.progression.entity.SnapshotState;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * The organisation-wide gap report's snapshot, written chunk by chunk as the job writes it but
 * without the batch runtime: what each worker's row holds, that a chunk written again adds nothing
 * twice and a restart carries on after the last worker written, the summary, the comparison, the
 * demand, and who may see it.
 */
class GapSnapshotServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private GapSnapshotService service(EntityManager em) {
    AttainmentService attainment = new AttainmentService();
    attainment.em = em;
    attainment.policy = fixture.policy;
    attainment.frameworks = fixture.frameworks;
    attainment.clock = clock;
    GapSnapshotService service = new GapSnapshotService();
    service.em = em;
    service.policy = fixture.policy;
    service.frameworks = fixture.frameworks;
    service.attainment = attainment;
    service.clock = clock;
    return service;
  }

  private <T> T snapshots(Function<GapSnapshotService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  /** Creates a snapshot and writes it whole, the way the job does, in chunks of {@code chunk}. */
  private String written(Caller caller, String organisation, int chunk) {
    String id = snapshots(s -> s.create(caller, organisation));
    List<String> remaining = snapshots(s -> s.remaining(id));
    for (int i = 0; i < remaining.size(); i += chunk) {
      List<String> part = remaining.subList(i, Math.min(remaining.size(), i + chunk));
      snapshots(
          s -> {
            s.writeChunk(id, part);
            return null;
          });
    }
    snapshots(
        s -> {
          s.finish(id);
          return null;
        });
    return id;
  }

  private StageView next(String stage) {
    return fixture.framework.nextStage(stage).orElseThrow();
  }

  private Map.Entry<String, Integer> requiredAtTwoOrMore(StageView stage) {
    return stage.requirements().entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachActiveLinkWorkerOfTheOrganisationIsWrittenOnceAgainstTheirNextStage() {
    String id = written(fixture.emma, fixture.riverside, 1);

    List<SnapshotPerson> people = snapshots(s -> s.people(fixture.emma, id, 0, 100)).items();

    // Sam (senior, also a supervisor), Alex and Lee are Riverside's link workers.
    assertThat(people)
        .extracting(SnapshotPerson::username)
        .containsExactly("alex.link", "lee.trainee", "sam.supervisor");
    SnapshotPerson alex = people.get(0);
    assertThat(alex.currentStage()).isEqualTo("LINK_WORKER");
    assertThat(alex.stage()).isEqualTo(next("LINK_WORKER").code());
    assertThat(alex.gaps()).hasSize(alex.required());
    assertThat(people.get(2).stage()).isEqualTo(next("SENIOR").code());
    GapSnapshot snapshot = snapshots(s -> s.em.find(GapSnapshot.class, id));
    assertThat(snapshot.getDoneWorkers()).isEqualTo(3).isEqualTo(snapshot.getTotalWorkers());
    assertThat(snapshot.getState()).isEqualTo(SnapshotState.COMPLETED);
  }

  @Test
  void aWorkersRowHoldsTheSameGapsAsTheirOwnReport() {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore(next("LINK_WORKER"));
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .claims(target.getKey(), 2)
        .verified()
        .save();
    fixture
        .entry("alex.link", LocalDate.of(2026, 6, 1))
        .claims(target.getKey(), 2)
        .verified()
        .save();
    String id = written(fixture.steward, null, 2);

    SnapshotPerson alex =
        snapshots(s -> s.people(fixture.steward, id, 0, 100)).items().stream()
            .filter(p -> p.username().equals("alex.link"))
            .findFirst()
            .orElseThrow();
    SnapshotPerson.Gap gap =
        alex.gaps().stream()
            .filter(g -> g.competency().equals(target.getKey()))
            .findFirst()
            .orElseThrow();
    assertThat(gap.attained()).isEqualTo(2);
    assertThat(gap.gap()).isEqualTo(Math.max(0, target.getValue() - 2));
    assertThat(alex.met()).isEqualTo(target.getValue() <= 2 ? 1 : 0);
  }

  @Test
  void partitionsShareTheWorkersWithoutOverlapAndEachCarriesOnWithWhatItHasNotWritten() {
    String id = snapshots(s -> s.create(fixture.emma, fixture.riverside));
    List<String> all = snapshots(s -> s.remaining(id));
    assertThat(all).hasSize(3);
    List<String> first = snapshots(s -> s.remaining(id, 0, 2));
    List<String> second = snapshots(s -> s.remaining(id, 1, 2));
    // Either may be empty (three workers, each falling to a partition by its identifier).
    assertThat(first).noneMatch(second::contains);
    List<String> both = new java.util.ArrayList<>(first);
    both.addAll(second);
    assertThat(both).containsExactlyInAnyOrderElementsOf(all);

    // The last worker in order is written first (another partition's chunk, say): the ones before
    // it are still to write, in whichever partition holds them.
    snapshots(
        s -> {
          s.writeChunk(id, all.subList(2, 3));
          return null;
        });
    List<String> unwritten = snapshots(s -> s.remaining(id));
    assertThat(unwritten).containsExactlyElementsOf(all.subList(0, 2));
    List<String> left = new java.util.ArrayList<>(snapshots(s -> s.remaining(id, 0, 2)));
    left.addAll(snapshots(s -> s.remaining(id, 1, 2)));
    assertThat(left).containsExactlyInAnyOrderElementsOf(all.subList(0, 2));
    assertThat(snapshots(s -> s.em.find(GapSnapshot.class, id)).getDoneWorkers()).isEqualTo(1);
  }

  @Test
  void aChunkWrittenAgainAddsNothingTwiceAndARestartCarriesOnAfterTheLastWorkerWritten() {
    String id = snapshots(s -> s.create(fixture.emma, fixture.riverside));
    List<String> all = snapshots(s -> s.remaining(id));
    assertThat(all).hasSize(3);
    snapshots(
        s -> {
          s.writeChunk(id, all.subList(0, 2));
          return null;
        });
    // The server dies before the checkpoint; the same chunk is written again after a restart.
    snapshots(
        s -> {
          s.writeChunk(id, all.subList(0, 2));
          return null;
        });
    List<String> left = snapshots(s -> s.remaining(id));
    assertThat(left).containsExactly(all.get(2));
    snapshots(
        s -> {
          s.writeChunk(id, all.subList(2, 3));
          s.finish(id);
          return null;
        });

    assertThat(snapshots(s -> s.people(fixture.emma, id, 0, 100)).total()).isEqualTo(3);
    assertThat(snapshots(s -> s.em.find(GapSnapshot.class, id)).getDoneWorkers()).isEqualTo(3);
    String clean = written(fixture.emma, fixture.riverside, 3);
    String restarted = snapshots(s -> s.csv(fixture.emma, id));
    String once = snapshots(s -> s.csv(fixture.emma, clean));
    assertThat(restarted).isEqualTo(once);
  }

  /** A snapshot created and marked running on the given server boot, as a launch does. */
  private String runningOn(String boot) {
    String id = snapshots(s -> s.create(fixture.emma, fixture.riverside));
    snapshots(
        s -> {
          s.starting(id, boot);
          return null;
        });
    return id;
  }

  private SnapshotState state(String id) {
    return snapshots(s -> s.em.find(GapSnapshot.class, id)).getState();
  }

  @Test
  void atStartUpOnlySnapshotsWhoseServerBootHasGoneAreMarkedFailed() {
    String mine = runningOn("boot-now");
    String otherServers = runningOn("boot-of-i2");
    String gone = runningOn("boot-before-the-crash");

    int failed = snapshots(s -> s.failAbandoned(Set.of("boot-now", "boot-of-i2"), clock.instant()));

    assertThat(failed).isEqualTo(1);

    assertThat(state(gone)).isEqualTo(SnapshotState.FAILED);
    assertThat(state(mine)).isEqualTo(SnapshotState.RUNNING);
    assertThat(state(otherServers)).isEqualTo(SnapshotState.RUNNING);
  }

  @Test
  void aServerThatHasGoneHasItsSnapshotsMarkedFailedByAnother() {
    String ofI1 = runningOn("boot-of-i1");
    String ofI2 = runningOn("boot-of-i2");

    int failed = snapshots(s -> s.failRunBy("boot-of-i1"));

    assertThat(failed).isEqualTo(1);

    assertThat(state(ofI1)).isEqualTo(SnapshotState.FAILED);
    assertThat(state(ofI2)).isEqualTo(SnapshotState.RUNNING);
  }

  @Test
  void snapshotsLeftRunningWithNoRunnerRecordedAreMarkedFailedAtStartUp() {
    String running = snapshots(s -> s.create(fixture.emma, fixture.riverside));
    String done = written(fixture.emma, fixture.riverside, 3);
    clock.advance(java.time.Duration.ofMinutes(1));

    int failed = snapshots(s -> s.failAbandoned(Set.of(), clock.instant()));

    assertThat(failed).isEqualTo(1);

    assertThat(snapshots(s -> s.em.find(GapSnapshot.class, running)).getState())
        .isEqualTo(SnapshotState.FAILED);
    assertThat(snapshots(s -> s.em.find(GapSnapshot.class, done)).getState())
        .isEqualTo(SnapshotState.COMPLETED);
    assertThat(snapshots(s -> s.job(fixture.emma, running)).orElseThrow().status())
        .isEqualTo("FAILED");
  }

  @Test
  void theSummaryCountsReadinessByStageAndTheMostCommonGaps() {
    String id = written(fixture.emma, fixture.riverside, 2);

    GapSnapshotView view = snapshots(s -> s.snapshot(fixture.emma, id));

    assertThat(view.workers()).isEqualTo(3);
    assertThat(view.ready()).isZero();
    assertThat(view.averageReadiness()).isZero();
    assertThat(view.byStage()).extracting(GapSnapshotView.StageReadiness::workers).contains(2, 1);
    GapSnapshotView.CommonGap first = view.commonGaps().get(0);
    assertThat(first.workers()).isEqualTo(3);
    assertThat(view.status()).isEqualTo("COMPLETED");
  }

  @Test
  void theComparisonShowsTheGapsAWorkerClosedBetweenTwoSnapshots() {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore(next("LINK_WORKER"));
    String before = written(fixture.emma, fixture.riverside, 3);
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .claims(target.getKey(), target.getValue())
        .verified()
        .save();
    fixture
        .entry("alex.link", LocalDate.of(2026, 6, 1))
        .claims(target.getKey(), target.getValue())
        .verified()
        .save();
    String after = written(fixture.emma, fixture.riverside, 3);

    SnapshotComparison comparison = snapshots(s -> s.compare(fixture.emma, after, before));

    SnapshotComparison.Change alex =
        comparison.workers().stream()
            .filter(c -> c.username().equals("alex.link"))
            .findFirst()
            .orElseThrow();
    assertThat(alex.closed()).containsExactly(target.getKey());
    assertThat(alex.opened()).isEmpty();
    assertThat(alex.after()).isGreaterThan(alex.before());
    assertThat(comparison.averageReadiness()).isGreaterThan(comparison.earlierAverageReadiness());
  }

  @Test
  void demandCountsEachWorkerAtEachLevelBetweenAttainedAndRequiredFromTheLatestSnapshot() {
    Map<String, Long> none = snapshots(s -> s.demand(fixture.framework.code()));
    assertThat(none).isEmpty();
    Map.Entry<String, Integer> target = requiredAtTwoOrMore(next("LINK_WORKER"));
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .claims(target.getKey(), 1)
        .verified()
        .save();
    fixture
        .entry("alex.link", LocalDate.of(2026, 6, 1))
        .claims(target.getKey(), 1)
        .verified()
        .save();
    written(fixture.steward, null, 10);

    Map<String, Long> demand = snapshots(s -> s.demand(fixture.framework.code()));

    // Lee (a link worker too) needs every level up to the requirement; Alex holds level 1.
    int required = target.getValue();
    long fromSam = next("SENIOR").requirements().getOrDefault(target.getKey(), 0) >= 1 ? 1 : 0;
    assertThat(demand.get(target.getKey() + "#1")).isEqualTo(1 + fromSam);
    assertThat(demand.get(target.getKey() + "#" + required))
        .isEqualTo(
            2
                + (next("SENIOR").requirements().getOrDefault(target.getKey(), 0) >= required
                    ? 1
                    : 0));
  }

  @Test
  void onlyTheOrganisationsEmployerAndTheStewardSeeItsSnapshotsAndOnlyTheStewardEveryOne() {
    String riverside = written(fixture.emma, fixture.riverside, 3);
    String national = written(fixture.steward, null, 3);

    assertThat(snapshots(s -> s.snapshot(fixture.steward, riverside)).workers()).isEqualTo(3);
    for (Caller other : List.of(fixture.hana, fixture.alex, fixture.sam, fixture.pat)) {
      assertThatThrownBy(() -> snapshots(s -> s.snapshot(other, riverside)))
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> snapshots(s -> s.snapshot(fixture.emma, national)))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> snapshots(s -> s.start(fixture.emma, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> snapshots(s -> s.start(fixture.hana, fixture.riverside)))
        .isInstanceOf(AccessDeniedException.class);
    List<ReportJob> emmas = snapshots(s -> s.jobs(fixture.emma, null, 20));
    assertThat(emmas).extracting(ReportJob::id).containsExactly(riverside);
    List<ReportJob> every = snapshots(s -> s.jobs(fixture.steward, null, 20));
    assertThat(every).hasSize(2);
  }

  @Test
  void aChunkReadsWithTheSameStatementsForOneWorkerAsForThree() {
    String id = snapshots(s -> s.create(fixture.steward, null));
    List<String> all = snapshots(s -> s.remaining(id));
    int one =
        StatementCounter.during(
            () ->
                snapshots(
                    s -> {
                      s.writeChunk(id, all.subList(0, 1));
                      return null;
                    }));
    for (int i = 0; i < 30; i++) {
      fixture
          .entry("lee.trainee", LocalDate.of(2026, 1, 1).plusDays(i))
          .claims("PC.1", 1 + i % 3)
          .verified()
          .save();
    }
    int three =
        StatementCounter.during(
            () ->
                snapshots(
                    s -> {
                      s.writeChunk(id, all);
                      return null;
                    }));
    System.out.printf(
        "[gap snapshot] statements of a chunk: %d (1 worker), %d (3 workers)%n", one, three);
    // The counter counts each row of a batched insert; the rest (the snapshot, the people, their
    // claims, their assessments, the rows replaced, the progress) does not grow with the chunk.
    assertThat(three - 3).isEqualTo(one - 1).isLessThanOrEqualTo(6);
  }

  private Optional<NationalPicture> national(Caller caller) {
    return snapshots(s -> s.national(caller));
  }

  /** Adds active link workers at a stage to the organisation, named {@code prefix1}, .... */
  private void moreWorkers(String organisation, String prefix, int count, String stage) {
    fixture.database.inTransaction(
        em -> {
          Organisation of = em.find(Organisation.class, organisation);
          for (int i = 1; i <= count; i++) {
            Person worker =
                Person.create(prefix + i, "Worker " + i, of, Set.of(Role.LINK_WORKER), "h");
            worker.placeAtStage(stage);
            em.persist(worker);
          }
          return null;
        });
  }

  @Test
  void theNationalPictureIsEmptyUntilASnapshotOfEveryOrganisationCompletes() {
    assertThat(national(fixture.steward)).isEmpty();
    written(fixture.emma, fixture.riverside, 3);
    snapshots(s -> s.create(fixture.steward, null));

    // An organisation's snapshot, and one of every organisation still being written: neither.
    assertThat(national(fixture.steward)).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    String national = written(fixture.steward, null, 3);
    assertThat(national(fixture.steward)).map(NationalPicture::id).contains(national);
  }

  @Test
  void theNationalPictureIsTheLatestNationalSnapshotSummedUpAsTheSnapshotItselfAndNamed() {
    written(fixture.steward, null, 3);
    moreWorkers(fixture.hana.organisationId(), "hill.worker", 2, "TRAINEE");
    clock.advance(Duration.ofMinutes(1));
    String latest = written(fixture.steward, null, 2);
    clock.advance(Duration.ofMinutes(1));
    // A later snapshot of one organisation is not the national picture.
    written(fixture.emma, fixture.riverside, 3);

    NationalPicture picture = snapshots(s -> s.national(fixture.steward)).orElseThrow();
    GapSnapshotView view = snapshots(s -> s.snapshot(fixture.steward, latest));

    assertThat(picture.id()).isEqualTo(latest);
    assertThat(picture.snapshot()).isEqualTo("/api/reports/gap-reports/" + latest);
    assertThat(picture.on()).isEqualTo(view.on());
    assertThat(picture.status()).isEqualTo("COMPLETED");
    assertThat(picture.endedAt()).isEqualTo(view.endedAt());
    assertThat(picture.workers()).isEqualTo(view.workers()).isEqualTo(5);
    assertThat(picture.ready()).isEqualTo(view.ready());
    assertThat(picture.averageReadiness()).isEqualTo(view.averageReadiness());
    assertThat(picture.byStage())
        .extracting(
            s -> s.stage() + " " + s.workers() + " " + s.ready() + " " + s.averageReadiness())
        .containsExactlyInAnyOrderElementsOf(
            view.byStage().stream()
                .map(
                    s ->
                        s.stage()
                            + " "
                            + s.workers()
                            + " "
                            + s.ready()
                            + " "
                            + s.averageReadiness())
                .toList());
    // In the stages' order, each with its title.
    List<String> order = fixture.framework.stages().stream().map(StageView::code).toList();
    assertThat(picture.byStage())
        .extracting(NationalPicture.NationalStage::stage)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    for (NationalPicture.NationalStage stage : picture.byStage()) {
      assertThat(stage.title())
          .isEqualTo(fixture.framework.stage(stage.stage()).orElseThrow().title());
    }
    // The ten most common gaps, as the snapshot ranks them, with statement and domain.
    assertThat(view.commonGaps()).hasSizeGreaterThan(NationalPicture.COMMON_GAPS);
    assertThat(picture.commonGaps())
        .extracting(g -> g.competency() + " " + g.workers() + " " + g.points())
        .containsExactlyElementsOf(
            view.commonGaps().stream()
                .limit(NationalPicture.COMMON_GAPS)
                .map(g -> g.competency() + " " + g.workers() + " " + g.points())
                .toList());
    NationalPicture.NationalGap first = picture.commonGaps().get(0);
    assertThat(first.statement())
        .isEqualTo(fixture.framework.competency(first.competency()).orElseThrow().statement());
    assertThat(first.domain())
        .isEqualTo(fixture.framework.domainOf(first.competency()).orElseThrow().code());
    assertThat(first.domainTitle())
        .isEqualTo(fixture.framework.domainOf(first.competency()).orElseThrow().title());
  }

  @Test
  void theNationalPictureBreaksReadinessDownByOrganisationByName() {
    moreWorkers(fixture.hana.organisationId(), "hill.worker", 2, "TRAINEE");
    String national = written(fixture.steward, null, 4);

    NationalPicture picture = snapshots(s -> s.national(fixture.steward)).orElseThrow();

    assertThat(picture.id()).isEqualTo(national);
    assertThat(picture.byOrganisation())
        .extracting(o -> o.name() + " " + o.workers())
        .containsExactly("Hillside 2", "Riverside 3");
    assertThat(picture.byOrganisation().get(1).organisation()).isEqualTo(fixture.riverside);
    assertThat(
            picture.byOrganisation().stream()
                .mapToInt(NationalPicture.NationalOrganisation::ready)
                .sum())
        .isEqualTo(picture.ready());
    List<SnapshotPerson> riverside =
        snapshots(s -> s.people(fixture.steward, national, 0, 100)).items().stream()
            .filter(p -> fixture.riverside.equals(p.organisation()))
            .toList();
    assertThat(picture.byOrganisation().get(1).averageReadiness())
        .isCloseTo(
            riverside.stream().mapToDouble(SnapshotPerson::readiness).average().orElseThrow(),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void onlyTheStewardSeesTheNationalPicture() {
    written(fixture.steward, null, 3);

    assertThat(national(fixture.steward)).isPresent();
    for (Caller other :
        List.of(fixture.emma, fixture.hana, fixture.sam, fixture.alex, fixture.pat)) {
      assertThatThrownBy(() -> snapshots(s -> s.national(other)))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void theNationalPictureReadsWithTheSameStatementsForThreeWorkersAsForThirty() {
    written(fixture.steward, null, 3);
    int three = StatementCounter.during(() -> snapshots(s -> s.national(fixture.steward)));
    moreWorkers(fixture.hana.organisationId(), "hill.worker", 15, "TRAINEE");
    moreWorkers(fixture.riverside, "river.worker", 12, "SENIOR");
    clock.advance(Duration.ofMinutes(1));
    written(fixture.steward, null, 10);

    int thirty = StatementCounter.during(() -> snapshots(s -> s.national(fixture.steward)));

    assertThat(snapshots(s -> s.national(fixture.steward)).orElseThrow().workers()).isEqualTo(30);
    System.out.printf(
        "[gap snapshot] statements of the national picture: %d (3 workers), %d (30 workers)%n",
        three, thirty);
    // The latest snapshot, its rows, the organisations' names.
    assertThat(thirty).isEqualTo(three).isLessThanOrEqualTo(3);
  }
}
