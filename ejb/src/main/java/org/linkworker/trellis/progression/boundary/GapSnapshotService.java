package org.linkworker.trellis.progression.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.cluster.ServerPresence;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.control.GapRule;
import org.linkworker.trellis.progression.entity.GapSnapshot;
import org.linkworker.trellis.progression.entity.SnapshotState;
import org.linkworker.trellis.progression.entity.SnapshotWorker;

/**
 * The organisation-wide gap report: a Jakarta Batch job ({@code gap-reports}) that writes a dated
 * snapshot of every active link worker's gaps against their next stage, one organisation's or every
 * organisation's, in chunks. Started by the organisation's employer or the steward (every
 * organisation: the steward only), followed by whoever may see its reports.
 *
 * <p>Restarts are driven by the data, not the job repository: a chunk replaces the rows of its
 * workers (the key is snapshot + person), and a new execution carries on after the last worker
 * written, so a snapshot restarted any number of times holds each worker once. A server killed
 * while a job runs leaves its snapshot {@code RUNNING}; {@link #failAbandoned} marks it {@code
 * FAILED} when the server starts again, so that it can be restarted.
 */
@Stateless
public class GapSnapshotService {

  /** The job's name, as its {@code META-INF/batch-jobs} file names it. */
  public static final String JOB = "gap-reports";

  /** The job parameter naming the snapshot. */
  public static final String SNAPSHOT_PARAMETER = "snapshotId";

  /** Where a completed snapshot is read over the API. */
  public static final String RESULT_PATH = "/api/reports/gap-reports/";

  private static final String WORKERS =
      "p.active = true and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of"
          + " p.roles";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject AttainmentService attainment;

  @Inject Clock clock;

  @Resource SessionContext context;

  @Inject ServerPresence presence;

  /**
   * Starts a snapshot of one organisation (its employer or the steward) or, with {@code
   * organisationId} null, of every organisation (the steward).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ReportJob start(Caller caller, String organisationId) {
    String organisation =
        organisationId == null || organisationId.isBlank() ? null : organisationId.strip();
    if (organisation == null) {
      if (!policy.maySeeNationalReports(caller)) {
        throw new AccessDeniedException("progression.national_reports");
      }
    } else if (!policy.maySeeReportsOf(caller, organisation)) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    String id = self().create(caller, organisation);
    return launch(caller, id);
  }

  /** Stores the snapshot about to be written. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String create(Caller caller, String organisationId) {
    if (organisationId != null && em.find(Organisation.class, organisationId) == null) {
      throw InvalidInputException.of(
          "organisation", "progression.organisation_unknown", organisationId);
    }
    long total =
        (organisationId == null
                ? em.createQuery("select count(p) from Person p where " + WORKERS, Long.class)
                : em.createQuery(
                        "select count(p) from Person p where "
                            + WORKERS
                            + " and p.organisation.id = :organisation",
                        Long.class)
                    .setParameter("organisation", organisationId))
            .getSingleResult();
    GapSnapshot snapshot =
        new GapSnapshot(
            organisationId, caller.username(), attainment.today(), (int) total, clock.instant());
    em.persist(snapshot);
    return snapshot.getId();
  }

  private ReportJob launch(Caller caller, String snapshotId) {
    // Running before the job starts: a small job can finish before start() returns, and its last
    // step's COMPLETED must not be overwritten.
    self().starting(snapshotId, presence.boot());
    long execution = operator().start(JOB, parameters(snapshotId));
    self().runAs(snapshotId, execution);
    // Through the container, as ImportService's launch: not the persistence context used before
    // the batch runtime's start.
    return self().job(caller, snapshotId).orElseThrow(() -> new NotVisibleException("job"));
  }

  /** Marks the snapshot running again, on the given server boot, with no execution yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void starting(String snapshotId, String runnerBoot) {
    em.find(GapSnapshot.class, snapshotId).starting(runnerBoot);
  }

  /** Records the execution now writing the snapshot. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runAs(String snapshotId, long execution) {
    em.find(GapSnapshot.class, snapshotId).runAs(execution);
  }

  /** A report job, for whoever may see its organisation's reports. */
  public Optional<ReportJob> job(Caller caller, String id) {
    return visible(caller, id).map(this::view);
  }

  /** Restarts a job that failed or was stopped: it carries on after the last worker written. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ReportJob restart(Caller caller, String id) {
    GapSnapshot snapshot = visible(caller, id).orElseThrow(() -> new NotVisibleException("job"));
    String status = status(snapshot);
    if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
      throw InvalidInputException.of("status", "progression.job_not_restartable", status);
    }
    return launch(caller, snapshot.getId());
  }

  /** Asks a running job to stop after its current chunk. */
  public ReportJob stop(Caller caller, String id) {
    GapSnapshot snapshot = visible(caller, id).orElseThrow(() -> new NotVisibleException("job"));
    String status = status(snapshot);
    if (!"STARTED".equals(status) || snapshot.getExecutionId() == null) {
      throw InvalidInputException.of("status", "progression.job_not_running", status);
    }
    operator().stop(snapshot.getExecutionId());
    return view(snapshot);
  }

  // --- for the job ---------------------------------------------------------------------------

  /**
   * The people a job still has to write, in the order it writes them: the snapshot's active link
   * workers it does not hold yet.
   */
  public List<String> remaining(String snapshotId) {
    return remaining(snapshotId, 0, 1);
  }

  /**
   * The people one of a job's {@code parts} partitions still has to write, in order: the snapshot's
   * active link workers it does not hold yet whose identifier falls to partition {@code part} (by
   * its hash, so the same partition whichever execution asks). Whatever was written before, by
   * however many partitions, is never read again, and nothing is left out. Two statements (the
   * workers written, the workers).
   */
  public List<String> remaining(String snapshotId, int part, int parts) {
    GapSnapshot snapshot = em.find(GapSnapshot.class, snapshotId);
    String scope =
        snapshot.getOrganisationId() == null ? "" : " and p.organisation.id = :organisation";
    Set<String> written =
        new HashSet<>(
            em.createNamedQuery(SnapshotWorker.WRITTEN, String.class)
                .setParameter("snapshot", snapshotId)
                .getResultList());
    var query =
        em.createQuery(
            "select p.id from Person p where " + WORKERS + scope + " order by p.id", String.class);
    if (snapshot.getOrganisationId() != null) {
      query.setParameter("organisation", snapshot.getOrganisationId());
    }
    return query.getResultList().stream()
        .filter(id -> partOf(id, parts) == part && !written.contains(id))
        .toList();
  }

  /** The partition of {@code parts} that writes a person. */
  public static int partOf(String personId, int parts) {
    return Math.floorMod(personId.hashCode(), parts);
  }

  /**
   * Writes the gap reports of some people into a snapshot, in the chunk's transaction: the rows
   * they had there are replaced, so that a chunk written again adds nothing twice. A fixed number
   * of statements per chunk: the snapshot, the people, their claims and assessments (per framework
   * among them), the rows replaced, the progress.
   */
  public void writeChunk(String snapshotId, List<String> personIds) {
    if (personIds.isEmpty()) {
      return;
    }
    GapSnapshot snapshot = em.find(GapSnapshot.class, snapshotId);
    List<Object[]> people =
        em.createQuery(
                "select p.id, p.username, p.displayName, o.id, p.stageCode from Person p"
                    + " left join p.organisation o where p.id in :people order by p.id",
                Object[].class)
            .setParameter("people", personIds)
            .getResultList();
    Map<FrameworkSnapshot, List<Object[]>> byFramework = new LinkedHashMap<>();
    for (Object[] person : people) {
      byFramework
          .computeIfAbsent(frameworkOf((String) person[4]), k -> new ArrayList<>())
          .add(person);
    }
    List<SnapshotWorker> rows = new ArrayList<>();
    byFramework.forEach(
        (framework, group) -> {
          Map<String, Map<String, Integer>> levels =
              attainment.levelsOfPeople(
                  group.stream().map(p -> (String) p[0]).toList(), framework, snapshot.getOn());
          for (Object[] person : group) {
            rows.add(
                row(
                    snapshotId,
                    framework,
                    person,
                    levels.getOrDefault((String) person[1], Map.of())));
          }
        });
    int replaced =
        em.createNamedQuery(SnapshotWorker.FORGET)
            .setParameter("snapshot", snapshotId)
            .setParameter("first", Collections.min(personIds))
            .setParameter("last", Collections.max(personIds))
            .setParameter("people", personIds)
            .executeUpdate();
    rows.forEach(em::persist);
    em.flush();
    // Last, so that the snapshot's row, which every partition's chunks move on, is locked only
    // from here to the commit.
    em.createNamedQuery(GapSnapshot.ADD_PROGRESS)
        .setParameter("added", rows.size() - replaced)
        .setParameter("id", snapshotId)
        .executeUpdate();
  }

  /** The job's last step: its snapshot is complete. */
  public void finish(String snapshotId) {
    em.find(GapSnapshot.class, snapshotId).ended(SnapshotState.COMPLETED, clock.instant());
  }

  /**
   * Snapshots left running by a server that stopped without finishing them (killed, or the power
   * went) are marked failed, so that they can be restarted: those whose runner's boot is not among
   * {@code liveBoots} (see {@code ServerPresence}), and those from before runners were recorded
   * that were created before {@code loadedAt}. Run at start-up; a snapshot another server is
   * writing is left alone. Reports how many.
   */
  public int failAbandoned(Set<String> liveBoots, Instant loadedAt) {
    return failRunning(
        s ->
            s.getRunnerBoot() == null
                ? s.getCreatedAt().isBefore(loadedAt)
                : !liveBoots.contains(s.getRunnerBoot()));
  }

  /** A server has gone: the snapshots its boot was writing are marked failed. Reports how many. */
  public int failRunBy(String runnerBoot) {
    return failRunning(s -> runnerBoot.equals(s.getRunnerBoot()));
  }

  /** Marks failed the running snapshots that {@code abandoned} picks; reports how many. */
  private int failRunning(Predicate<GapSnapshot> abandoned) {
    List<GapSnapshot> failed =
        em
            .createNamedQuery(GapSnapshot.IN_STATE, GapSnapshot.class)
            .setParameter("state", SnapshotState.RUNNING)
            .getResultList()
            .stream()
            .filter(abandoned)
            .toList();
    failed.forEach(s -> s.ended(SnapshotState.FAILED, clock.instant()));
    return failed.size();
  }

  // --- reading snapshots -----------------------------------------------------------------------

  /**
   * The report jobs the caller may see, newest first (at most {@code limit}): an employer's
   * organisation's; the steward's of one organisation, or every job when {@code organisationId} is
   * blank. One statement.
   */
  public List<ReportJob> jobs(Caller caller, String organisationId, int limit) {
    String organisation =
        organisationId == null || organisationId.isBlank() ? null : organisationId.strip();
    if (organisation == null && !policy.maySeeNationalReports(caller)) {
      organisation = caller.organisationId();
    }
    if (organisation == null
        ? !policy.maySeeNationalReports(caller)
        : !policy.maySeeReportsOf(caller, organisation)) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    var query =
        em.createQuery(
            "select s from GapSnapshot s"
                + (organisation == null ? "" : " where s.organisationId = :organisation")
                + " order by s.createdUtc desc, s.id",
            GapSnapshot.class);
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    return query.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
        .map(s -> job(s, status(s)))
        .toList();
  }

  /** A snapshot summed up: readiness by stage and the most common gaps. Two statements. */
  public GapSnapshotView snapshot(Caller caller, String id) {
    GapSnapshot snapshot = visible(caller, id).orElseThrow(() -> new NotVisibleException("report"));
    return summary(snapshot, rows(snapshot.getId()));
  }

  /**
   * The steward's national picture: the latest completed snapshot of every organisation, summed up
   * as {@link #snapshot} sums it up, with the stages' titles, the competencies' statements and
   * domains of its {@value NationalPicture#COMMON_GAPS} most common gaps, and readiness by
   * organisation. Empty before one completes. Anyone else is refused. Three statements (two when
   * there is none).
   */
  public Optional<NationalPicture> national(Caller caller) {
    if (!policy.maySeeNationalReports(caller)) {
      throw new AccessDeniedException("progression.national_reports");
    }
    Optional<GapSnapshot> latest =
        em.createNamedQuery(GapSnapshot.LATEST_NATIONAL, GapSnapshot.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    List<SnapshotWorker> rows = rows(latest.get().getId());
    GapSnapshotView view = summary(latest.get(), rows);
    return Optional.of(
        new NationalPicture(
            view.id(),
            view.on(),
            view.status(),
            view.startedAt(),
            view.endedAt(),
            view.workers(),
            view.ready(),
            view.averageReadiness(),
            view.byStage().stream()
                .map(
                    s ->
                        new NationalPicture.NationalStage(
                            s.stage(),
                            stageTitle(s.stage()),
                            s.workers(),
                            s.ready(),
                            s.averageReadiness()))
                .sorted(
                    Comparator.comparingInt(
                            (NationalPicture.NationalStage s) -> stageOrder(s.stage()))
                        .thenComparing(NationalPicture.NationalStage::stage))
                .toList(),
            view.commonGaps().stream().limit(NationalPicture.COMMON_GAPS).map(this::named).toList(),
            byOrganisation(rows),
            RESULT_PATH + view.id()));
  }

  /** Readiness of the rows' workers by their organisation, by its name (none last). */
  private List<NationalPicture.NationalOrganisation> byOrganisation(List<SnapshotWorker> rows) {
    Map<String, Tally> tallies = new HashMap<>();
    for (SnapshotWorker row : rows) {
      tallies.computeIfAbsent(row.getOrganisationId(), k -> new Tally()).add(row);
    }
    Map<String, String> names = new HashMap<>();
    List<String> ids = tallies.keySet().stream().filter(Objects::nonNull).toList();
    if (!ids.isEmpty()) {
      em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(o -> names.put((String) o[0], (String) o[1]));
    }
    return tallies.entrySet().stream()
        .map(
            e ->
                new NationalPicture.NationalOrganisation(
                    e.getKey(),
                    names.get(e.getKey()),
                    e.getValue().workers,
                    e.getValue().ready,
                    e.getValue().average()))
        .sorted(
            Comparator.comparing(
                    NationalPicture.NationalOrganisation::name,
                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(
                    NationalPicture.NationalOrganisation::organisation,
                    Comparator.nullsLast(Comparator.<String>naturalOrder())))
        .toList();
  }

  /** Workers, how many of them are ready, and their mean readiness. */
  private static final class Tally {
    int workers;
    int ready;
    double readinessSum;
    int withReadiness;

    void add(SnapshotWorker row) {
      workers++;
      if (row.getMetCount() == row.getRequiredCount()) {
        ready++;
      }
      Double readiness = row.readiness();
      if (readiness != null) {
        readinessSum += readiness;
        withReadiness++;
      }
    }

    Double average() {
      return withReadiness == 0 ? null : readinessSum / withReadiness;
    }
  }

  /** A common gap with its competency's statement and domain, from the current frameworks. */
  private NationalPicture.NationalGap named(GapSnapshotView.CommonGap gap) {
    for (FrameworkSnapshot framework : frameworks.all()) {
      Optional<FrameworkOutline.CompetencyView> competency = framework.competency(gap.competency());
      if (competency.isPresent()) {
        Optional<FrameworkOutline.DomainView> domain = framework.domainOf(gap.competency());
        return new NationalPicture.NationalGap(
            gap.competency(),
            competency.get().statement(),
            domain.map(FrameworkOutline.DomainView::code).orElse(null),
            domain.map(FrameworkOutline.DomainView::title).orElse(null),
            gap.workers(),
            gap.points());
      }
    }
    return new NationalPicture.NationalGap(
        gap.competency(), null, null, null, gap.workers(), gap.points());
  }

  private String stageTitle(String code) {
    return frameworks.forStage(code).flatMap(f -> f.stage(code)).map(StageView::title).orElse(null);
  }

  /**
   * A stage's place: the default framework's stages first, then each other framework's, each in its
   * progression order (professions side by side are not interleaved); a stage no current framework
   * has comes last.
   */
  private int stageOrder(String code) {
    List<StageView> stages = frameworks.stages();
    return frameworks
        .forStage(code)
        .flatMap(f -> f.stage(code))
        .map(stages::indexOf)
        .filter(at -> at >= 0)
        .orElse(Integer.MAX_VALUE);
  }

  private GapSnapshotView summary(GapSnapshot snapshot, List<SnapshotWorker> rows) {
    Map<String, int[]> stages = new LinkedHashMap<>();
    Map<String, Double> stageReadiness = new HashMap<>();
    Map<String, int[]> gaps = new LinkedHashMap<>();
    int ready = 0;
    double readinessSum = 0;
    int withReadiness = 0;
    for (SnapshotWorker row : rows) {
      int[] stage = stages.computeIfAbsent(row.getTargetStage(), k -> new int[2]);
      stage[0]++;
      boolean isReady = row.getMetCount() == row.getRequiredCount();
      if (isReady) {
        stage[1]++;
        ready++;
      }
      Double readiness = row.readiness();
      if (readiness != null) {
        readinessSum += readiness;
        withReadiness++;
        stageReadiness.merge(row.getTargetStage(), readiness, Double::sum);
      }
      for (SnapshotWorker.Requirement requirement : row.requirements()) {
        if (requirement.gap() > 0) {
          int[] gap = gaps.computeIfAbsent(requirement.competency(), k -> new int[2]);
          gap[0]++;
          gap[1] += requirement.gap();
        }
      }
    }
    List<GapSnapshotView.StageReadiness> byStage = new ArrayList<>();
    stages.forEach(
        (stage, counts) ->
            byStage.add(
                new GapSnapshotView.StageReadiness(
                    stage,
                    counts[0],
                    counts[1],
                    stageReadiness.containsKey(stage)
                        ? stageReadiness.get(stage) / counts[0]
                        : null)));
    byStage.sort(Comparator.comparing(GapSnapshotView.StageReadiness::stage));
    List<GapSnapshotView.CommonGap> common = new ArrayList<>();
    gaps.forEach(
        (code, counts) -> common.add(new GapSnapshotView.CommonGap(code, counts[0], counts[1])));
    common.sort(
        Comparator.comparingInt(GapSnapshotView.CommonGap::workers)
            .reversed()
            .thenComparing(Comparator.comparingInt(GapSnapshotView.CommonGap::points).reversed())
            .thenComparing(GapSnapshotView.CommonGap::competency));
    ReportJob job = job(snapshot, status(snapshot));
    return new GapSnapshotView(
        snapshot.getId(),
        snapshot.getOrganisationId(),
        snapshot.getOn(),
        job.status(),
        job.startedAt(),
        job.endedAt(),
        rows.size(),
        ready,
        withReadiness == 0 ? null : readinessSum / withReadiness,
        byStage,
        common);
  }

  /** A page of a snapshot's workers, by username. Three statements. */
  public Page<SnapshotPerson> people(Caller caller, String id, int offset, int limit) {
    int capped = Page.checkedLimit(offset, limit);
    GapSnapshot snapshot = visible(caller, id).orElseThrow(() -> new NotVisibleException("report"));
    List<SnapshotPerson> page =
        em
            .createNamedQuery(SnapshotWorker.OF_SNAPSHOT, SnapshotWorker.class)
            .setParameter("snapshot", snapshot.getId())
            .setFirstResult(offset)
            .setMaxResults(capped)
            .getResultList()
            .stream()
            .map(GapSnapshotService::person)
            .toList();
    long total =
        em.createNamedQuery(SnapshotWorker.COUNT, Long.class)
            .setParameter("snapshot", snapshot.getId())
            .getSingleResult();
    return new Page<>(page, total, offset, capped);
  }

  /**
   * A snapshot as CSV: one row per worker and competency their next stage requires, gap 0 included.
   * Two statements.
   */
  public String csv(Caller caller, String id) {
    GapSnapshot snapshot = visible(caller, id).orElseThrow(() -> new NotVisibleException("report"));
    List<List<Object>> lines = new ArrayList<>();
    for (SnapshotWorker row : rows(snapshot.getId())) {
      for (SnapshotWorker.Requirement r : row.requirements()) {
        lines.add(
            List.of(
                row.getUsername(),
                row.getDisplayName(),
                row.getCurrentStage() == null ? "" : row.getCurrentStage(),
                row.getTargetStage(),
                r.competency(),
                r.required(),
                r.attained(),
                r.gap()));
      }
    }
    return Csv.write(
        List.of(
            "username",
            "display name",
            "current stage",
            "stage",
            "competency",
            "required",
            "attained",
            "gap"),
        lines);
  }

  /** Two snapshots the caller may see, worker by worker. Three statements. */
  public SnapshotComparison compare(Caller caller, String id, String earlierId) {
    GapSnapshot later = visible(caller, id).orElseThrow(() -> new NotVisibleException("report"));
    if (earlierId == null || earlierId.isBlank()) {
      throw InvalidInputException.of("with", "progression.compare_with_required");
    }
    GapSnapshot earlier =
        visible(caller, earlierId)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "with", "progression.compare_with_unknown", earlierId.strip()));
    Map<String, SnapshotWorker> before = new LinkedHashMap<>();
    rows(earlier.getId()).forEach(r -> before.put(r.getPersonId(), r));
    Map<String, SnapshotWorker> after = new LinkedHashMap<>();
    rows(later.getId()).forEach(r -> after.put(r.getPersonId(), r));
    Set<String> people = new LinkedHashSet<>(after.keySet());
    people.addAll(before.keySet());
    List<SnapshotComparison.Change> changes = new ArrayList<>();
    for (String person : people) {
      SnapshotWorker was = before.get(person);
      SnapshotWorker is = after.get(person);
      Set<String> gapsBefore = open(was);
      Set<String> gapsAfter = open(is);
      SnapshotWorker named = is == null ? was : is;
      changes.add(
          new SnapshotComparison.Change(
              named.getUsername(),
              named.getDisplayName(),
              was == null ? null : was.readiness(),
              is == null ? null : is.readiness(),
              gapsBefore.stream().filter(c -> !gapsAfter.contains(c)).toList(),
              gapsAfter.stream().filter(c -> !gapsBefore.contains(c)).toList()));
    }
    changes.sort(Comparator.comparing(SnapshotComparison.Change::username));
    return new SnapshotComparison(
        later.getId(),
        later.getOn(),
        earlier.getId(),
        earlier.getOn(),
        average(after.values()),
        average(before.values()),
        changes);
  }

  /**
   * PRODUCT.md's Demand over a framework, from the latest completed snapshot: competency code and
   * level ("PC.1#2") to how many of its workers have attained &lt; level &le; what their next stage
   * requires. Empty before any snapshot completes. Two statements.
   */
  public Map<String, Long> demand(String frameworkCode) {
    Optional<GapSnapshot> latest =
        em.createNamedQuery(GapSnapshot.LATEST_COMPLETED, GapSnapshot.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    Map<String, Long> demand = new HashMap<>();
    if (latest.isEmpty()) {
      return demand;
    }
    List<String> gaps =
        em.createQuery(
                "select w.gaps from SnapshotWorker w where w.snapshotId = :snapshot"
                    + " and w.frameworkCode = :framework",
                String.class)
            .setParameter("snapshot", latest.get().getId())
            .setParameter("framework", frameworkCode)
            .getResultList();
    for (String text : gaps) {
      for (SnapshotWorker.Requirement r : SnapshotWorker.decode(text)) {
        for (int level = r.attained() + 1; level <= r.required(); level++) {
          demand.merge(r.competency() + "#" + level, 1L, Long::sum);
        }
      }
    }
    return demand;
  }

  private List<SnapshotWorker> rows(String snapshotId) {
    return em.createNamedQuery(SnapshotWorker.OF_SNAPSHOT, SnapshotWorker.class)
        .setParameter("snapshot", snapshotId)
        .getResultList();
  }

  private static Set<String> open(SnapshotWorker row) {
    Set<String> open = new LinkedHashSet<>();
    if (row != null) {
      row.requirements().stream().filter(r -> r.gap() > 0).forEach(r -> open.add(r.competency()));
    }
    return open;
  }

  private static Double average(Collection<SnapshotWorker> rows) {
    return rows.stream()
        .map(SnapshotWorker::readiness)
        .filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue)
        .average()
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  private static SnapshotPerson person(SnapshotWorker row) {
    return new SnapshotPerson(
        row.getUsername(),
        row.getDisplayName(),
        row.getOrganisationId(),
        row.getCurrentStage(),
        row.getTargetStage(),
        row.getRequiredCount(),
        row.getMetCount(),
        row.readiness(),
        row.requirements().stream()
            .map(r -> new SnapshotPerson.Gap(r.competency(), r.required(), r.attained(), r.gap()))
            .toList());
  }

  // --- views ---------------------------------------------------------------------------------

  Optional<GapSnapshot> visible(Caller caller, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(GapSnapshot.class, id.strip()))
        .filter(s -> maySee(caller, s));
  }

  boolean maySee(Caller caller, GapSnapshot snapshot) {
    return snapshot.getOrganisationId() == null
        ? policy.maySeeNationalReports(caller)
        : policy.maySeeReportsOf(caller, snapshot.getOrganisationId());
  }

  private ReportJob view(GapSnapshot seen) {
    // The status first, then the row read again: a job seen to have ended is seen with its last
    // chunk's progress.
    String status = status(seen);
    GapSnapshot snapshot =
        em.createNamedQuery(GapSnapshot.BY_ID, GapSnapshot.class)
            .setParameter("id", seen.getId())
            .setHint("eclipselink.refresh", true)
            .getSingleResult();
    return job(snapshot, status);
  }

  private static ReportJob job(GapSnapshot snapshot, String status) {
    return new ReportJob(
        snapshot.getId(),
        "GAP_REPORTS",
        status,
        new ReportJob.Progress(snapshot.getDoneWorkers(), snapshot.getTotalWorkers()),
        snapshot.getCreatedAt(),
        snapshot.getEndedAt(),
        "COMPLETED".equals(status) ? RESULT_PATH + snapshot.getId() : null,
        snapshot.getOrganisationId(),
        snapshot.getOn(),
        snapshot.getStartedBy());
  }

  /** API.md's status: the snapshot's own state once ended, the batch runtime's while it runs. */
  static String status(GapSnapshot snapshot) {
    switch (snapshot.getState()) {
      case COMPLETED:
        return "COMPLETED";
      case FAILED:
        return "FAILED";
      case STOPPED:
        return "STOPPED";
      default:
        break;
    }
    if (snapshot.getExecutionId() == null) {
      return "STARTING";
    }
    BatchStatus status;
    try {
      status = operator().getJobExecution(snapshot.getExecutionId()).getBatchStatus();
    } catch (NoSuchJobExecutionException e) {
      return "FAILED";
    }
    return switch (status) {
      case STARTING -> "STARTING";
      case STARTED, STOPPING -> "STARTED";
      case STOPPED -> "STOPPED";
      // Completed by the runtime but not yet by its last step's transaction: still finishing.
      case COMPLETED -> "STARTED";
      case FAILED, ABANDONED -> "FAILED";
    };
  }

  private SnapshotWorker row(
      String snapshotId,
      FrameworkSnapshot framework,
      Object[] person,
      Map<String, Integer> levels) {
    String currentStage = (String) person[4];
    StageView target = GapReportService.stage(framework, currentStage, null);
    List<SnapshotWorker.Requirement> requirements = new ArrayList<>();
    for (GapRule.Gap gap : GapRule.gaps(target.requirements(), levels)) {
      requirements.add(
          new SnapshotWorker.Requirement(gap.competency(), gap.required(), gap.attained()));
    }
    return new SnapshotWorker(
        snapshotId,
        (String) person[0],
        (String) person[1],
        (String) person[2],
        (String) person[3],
        framework.code(),
        currentStage,
        target.code(),
        requirements);
  }

  private FrameworkSnapshot frameworkOf(String stageCode) {
    return (stageCode == null ? frameworks.current() : frameworks.forStage(stageCode))
        .or(frameworks::current)
        .orElseThrow(() -> new NotVisibleException("framework"));
  }

  private GapSnapshotService self() {
    return context.getBusinessObject(GapSnapshotService.class);
  }

  private static Properties parameters(String snapshotId) {
    Properties parameters = new Properties();
    parameters.setProperty(SNAPSHOT_PARAMETER, snapshotId);
    return parameters;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
