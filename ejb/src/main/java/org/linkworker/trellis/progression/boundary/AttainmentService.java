package org.linkworker.trellis.progression.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.control.AttainmentRule;
import org.linkworker.trellis.progression.control.AttainmentRule.Standing;
import org.linkworker.trellis.progression.control.Evidence;

/**
 * The level a worker attains in each competency on a day (PRODUCT.md: Currency, Attained level,
 * History). Nothing is stored: the evidence log is append-only, so the reader asks it what was
 * known on the day. A claim counts from the day its entry was verified, an assessment from the day
 * it was recorded until the day it was withdrawn; whether it is current is {@link AttainmentRule}'s
 * question. A worker costs three statements (the person, their claims, their assessments) and a
 * whole organisation the same three, however much evidence there is. Evidence on a competency of an
 * earlier version of the framework counts for the competencies of the current one that continue it
 * (PRODUCT.md: Versions), at the same level numbers; nothing stored is rewritten.
 */
@Stateless
public class AttainmentService {

  private static final String CLAIMS =
      "select o.username, c.competencyId, c.level, e.date, e.id, e.title"
          + " from CpdEntry e join e.owner o join e.claims c where %s"
          + " and e.status = org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED"
          + " and e.date between :from and :on and e.decidedUtc < :knownBefore";

  private static final String ASSESSMENTS =
      "select o.username, a.competencyId, a.level, a.date, a.id"
          + " from Assessment a join a.owner o where %s"
          + " and a.date between :from and :on and a.recordedUtc < :knownBefore"
          + " and (a.withdrawnUtc is null or a.withdrawnUtc >= :knownBefore)";

  /** The current claims of some people, counted by person, competency and level. */
  private static final String CLAIM_COUNTS =
      "select o.username, c.competencyId, c.level, count(c)"
          + " from CpdEntry e join e.owner o join e.claims c where o.id in :owners"
          + " and e.status = org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED"
          + " and e.date between :from and :on and e.decidedUtc < :knownBefore"
          + " group by o.username, c.competencyId, c.level";

  /** The highest level of some people's current assessments, by person and competency. */
  private static final String ASSESSED_LEVELS =
      "select o.username, a.competencyId, max(a.level)"
          + " from Assessment a join a.owner o where o.id in :owners"
          + " and a.date between :from and :on and a.recordedUtc < :knownBefore"
          + " and (a.withdrawnUtc is null or a.withdrawnUtc >= :knownBefore)"
          + " group by o.username, a.competencyId";

  private static final String ONE_WORKER = "o.id = :owner";

  private static final String WORKERS_OF =
      "o.organisation.id = :organisation and o.active = true"
          + " and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of o.roles";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  /**
   * A worker's attainment on a day (today when {@code on} is null), for the worker, their
   * supervisor, their employer and the steward; anyone else finds no such person.
   */
  public WorkerAttainment attainment(Caller caller, String username, LocalDate on) {
    Person worker = visibleWorker(caller, username);
    LocalDate day = on == null ? today() : on;
    FrameworkSnapshot framework = frameworkOf(worker.getStageCode());
    AttainmentRule rule = rule(framework);
    Map<String, List<Evidence>> evidence = evidence(ONE_WORKER, "owner", worker.getId(), rule, day);
    return attainment(
        worker.getUsername(),
        worker.getDisplayName(),
        worker.getStageCode(),
        day,
        framework,
        rule.standings(
            inVersion(framework, evidence.getOrDefault(worker.getUsername(), List.of())), day));
  }

  /**
   * The attained level of every active link worker of an organisation in every competency of their
   * own framework (their stage's) on a day, in one pass (three statements), for the organisation's
   * employer and the steward: username to competency code to level, level 0 included.
   */
  public Map<String, Map<String, Integer>> levelsOf(
      Caller caller, String organisationId, LocalDate on) {
    if (!policy.maySeeReportsOf(caller, organisationId)) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    LocalDate day = on == null ? today() : on;
    List<Object[]> workers =
        em.createQuery(
                "select o.username, o.stageCode from Person o where "
                    + WORKERS_OF
                    + " order by o.username",
                Object[].class)
            .setParameter("organisation", organisationId)
            .getResultList();
    Map<String, FrameworkSnapshot> frameworkOf = new LinkedHashMap<>();
    workers.forEach(w -> frameworkOf.put((String) w[0], frameworkOf((String) w[1])));
    Map<String, List<Evidence>> evidence =
        evidence(WORKERS_OF, "organisation", organisationId, widest(frameworkOf.values()), day);
    Map<String, Map<String, Integer>> levels = new LinkedHashMap<>();
    frameworkOf.forEach(
        (worker, framework) -> {
          Map<String, Standing> standings =
              rule(framework)
                  .standings(inVersion(framework, evidence.getOrDefault(worker, List.of())), day);
          Map<String, Integer> byCode = new LinkedHashMap<>();
          for (CompetencyView competency : competencies(framework)) {
            Standing standing = standings.get(competency.id());
            byCode.put(competency.code(), standing == null ? 0 : standing.level());
          }
          levels.put(worker, byCode);
        });
    return levels;
  }

  /**
   * The attained level of each of the given people in every competency of a framework on a day, for
   * a job that was allowed when it started: username to competency code to level, where a person or
   * a competency left out is at level 0. Two statements (their claims counted by competency and
   * level, their assessments' highest level by competency), however many people and entries: the
   * database counts, so the rows read are a few per competency, not one per claim.
   */
  public Map<String, Map<String, Integer>> levelsOfPeople(
      Collection<String> personIds, FrameworkSnapshot framework, LocalDate day) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    AttainmentRule rule = rule(framework);
    LocalDateTime knownBefore = day.plusDays(1).atStartOfDay();
    List<String> owners = List.copyOf(personIds);
    // username -> competency id -> claims at each level, and the highest level assessed
    Map<String, Map<String, int[]>> claims = new HashMap<>();
    Map<String, Map<String, Integer>> assessed = new HashMap<>();
    for (Object[] row :
        em.createQuery(CLAIM_COUNTS, Object[].class)
            .setParameter("owners", owners)
            .setParameter("from", rule.currentFrom(day))
            .setParameter("on", day)
            .setParameter("knownBefore", knownBefore)
            .getResultList()) {
      int level = ((Number) row[2]).intValue();
      Map<String, int[]> byCompetency =
          claims.computeIfAbsent((String) row[0], k -> new HashMap<>());
      int[] counts = byCompetency.get((String) row[1]);
      if (counts == null || counts.length <= level) {
        counts = Arrays.copyOf(counts == null ? new int[0] : counts, level + 1);
        byCompetency.put((String) row[1], counts);
      }
      counts[level] += ((Number) row[3]).intValue();
    }
    for (Object[] row :
        em.createQuery(ASSESSED_LEVELS, Object[].class)
            .setParameter("owners", owners)
            .setParameter("from", rule.currentFrom(day))
            .setParameter("on", day)
            .setParameter("knownBefore", knownBefore)
            .getResultList()) {
      assessed
          .computeIfAbsent((String) row[0], k -> new HashMap<>())
          .put((String) row[1], ((Number) row[2]).intValue());
    }
    Map<String, Map<String, Integer>> levels = new HashMap<>();
    Set<String> people = new HashSet<>(claims.keySet());
    people.addAll(assessed.keySet());
    for (String worker : people) {
      Map<String, int[]> claimed = claims.getOrDefault(worker, Map.of());
      Map<String, Integer> assessedLevels = assessed.getOrDefault(worker, Map.of());
      Map<String, Integer> byCode = new HashMap<>();
      for (CompetencyView competency : competencies(framework)) {
        int[] counts = null;
        int assessedLevel = 0;
        for (String id : framework.lineage(competency.id())) {
          counts = added(counts, claimed.get(id));
          assessedLevel = Math.max(assessedLevel, assessedLevels.getOrDefault(id, 0));
        }
        int level = rule.level(counts, assessedLevel);
        if (level > 0) {
          byCode.put(competency.code(), level);
        }
      }
      levels.put(worker, byCode);
    }
    return levels;
  }

  /**
   * Each given person's attainment on a day in every competency of their own framework (their
   * stage's) where they hold a level, with the day it lapses, for a job that was allowed when it
   * started (the reminders): username to competencies. Two statements (their claims, their
   * assessments); the people are the caller's, read already.
   */
  public Map<String, List<CompetencyAttainment>> heldLevelsOfPeople(
      Collection<Person> people, LocalDate day) {
    if (people.isEmpty()) {
      return Map.of();
    }
    Map<String, FrameworkSnapshot> frameworkOf = new HashMap<>();
    people.forEach(p -> frameworkOf.put(p.getUsername(), frameworkOf(p.getStageCode())));
    Map<String, List<Evidence>> evidence =
        evidence(
            "o.id in :owners",
            "owners",
            people.stream().map(Person::getId).toList(),
            widest(frameworkOf.values()),
            day);
    Map<String, List<CompetencyAttainment>> held = new HashMap<>();
    evidence.forEach(
        (username, pieces) -> {
          FrameworkSnapshot framework = frameworkOf.get(username);
          Map<String, Standing> standings =
              rule(framework).standings(inVersion(framework, pieces), day);
          List<CompetencyAttainment> levels = new ArrayList<>();
          for (CompetencyView competency : competencies(framework)) {
            Standing standing = standings.get(competency.id());
            if (standing != null && standing.level() > 0) {
              levels.add(
                  new CompetencyAttainment(
                      competency.code(), standing.level(), standing.lapses(), List.of()));
            }
          }
          held.put(username, levels);
        });
    return held;
  }

  /** Today, the default day asked about. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Map<String, List<Evidence>> evidence(
      String who, String parameter, Object value, AttainmentRule rule, LocalDate day) {
    LocalDateTime knownBefore = day.plusDays(1).atStartOfDay();
    Map<String, List<Evidence>> byWorker = new HashMap<>();
    List<Object[]> claims =
        em.createQuery(CLAIMS.formatted(who), Object[].class)
            .setParameter(parameter, value)
            .setParameter("from", rule.currentFrom(day))
            .setParameter("on", day)
            .setParameter("knownBefore", knownBefore)
            .getResultList();
    for (Object[] row : claims) {
      add(
          byWorker,
          (String) row[0],
          new Evidence(
              Evidence.Kind.CLAIM,
              (String) row[1],
              ((Number) row[2]).intValue(),
              (LocalDate) row[3],
              (String) row[4],
              (String) row[5]));
    }
    List<Object[]> assessments =
        em.createQuery(ASSESSMENTS.formatted(who), Object[].class)
            .setParameter(parameter, value)
            .setParameter("from", rule.currentFrom(day))
            .setParameter("on", day)
            .setParameter("knownBefore", knownBefore)
            .getResultList();
    for (Object[] row : assessments) {
      add(
          byWorker,
          (String) row[0],
          new Evidence(
              Evidence.Kind.ASSESSMENT,
              (String) row[1],
              ((Number) row[2]).intValue(),
              (LocalDate) row[3],
              (String) row[4],
              null));
    }
    return byWorker;
  }

  /**
   * A worker's evidence as it counts in a framework version: evidence on one of its competencies as
   * it is, evidence on a competency of an earlier version once for every competency of this one
   * that continues it (PRODUCT.md: Versions), evidence on anything else left out.
   */
  static List<Evidence> inVersion(FrameworkSnapshot framework, List<Evidence> pieces) {
    if (!framework.continuesEarlierVersions()) {
      return pieces;
    }
    List<Evidence> counted = new ArrayList<>(pieces.size());
    for (Evidence piece : pieces) {
      for (String id : framework.countsFor(piece.competencyId())) {
        counted.add(piece.countedFor(id));
      }
    }
    return counted;
  }

  /** Claim counts by level added together; either may be null (none). */
  private static int[] added(int[] sum, int[] more) {
    if (more == null) {
      return sum;
    }
    if (sum == null) {
      return more;
    }
    int[] total = Arrays.copyOf(sum, Math.max(sum.length, more.length));
    for (int level = 0; level < more.length; level++) {
      total[level] += more[level];
    }
    return total;
  }

  private static void add(Map<String, List<Evidence>> byWorker, String worker, Evidence e) {
    byWorker.computeIfAbsent(worker, k -> new ArrayList<>()).add(e);
  }

  private static WorkerAttainment attainment(
      String username,
      String displayName,
      String stage,
      LocalDate day,
      FrameworkSnapshot framework,
      Map<String, Standing> standings) {
    List<CompetencyAttainment> competencies = new ArrayList<>();
    for (CompetencyView competency : competencies(framework)) {
      Standing standing = standings.get(competency.id());
      competencies.add(
          standing == null
              ? new CompetencyAttainment(competency.code(), 0, null, List.of())
              : new CompetencyAttainment(
                  competency.code(), standing.level(), standing.lapses(), views(standing)));
    }
    return new WorkerAttainment(username, displayName, stage, day, framework, competencies);
  }

  private static List<CompetencyAttainment.EvidenceView> views(Standing standing) {
    return standing.carrying().stream()
        .map(
            e ->
                new CompetencyAttainment.EvidenceView(
                    e.kind().name(), e.source(), e.title(), e.date(), e.level()))
        .toList();
  }

  private static Collection<CompetencyView> competencies(FrameworkSnapshot framework) {
    return framework.outline().domains().stream()
        .map(DomainView::competencies)
        .flatMap(List::stream)
        .toList();
  }

  private FrameworkSnapshot frameworkOf(String stageCode) {
    return (stageCode == null ? frameworks.current() : frameworks.forStage(stageCode))
        .or(frameworks::current)
        .orElseThrow(() -> new NotVisibleException("framework"));
  }

  /**
   * A rule whose window reaches back as far as the longest currency among the frameworks, for
   * reading the evidence of people of several professions at once; each person's own framework's
   * rule then decides what of it is current.
   */
  private static AttainmentRule widest(Collection<FrameworkSnapshot> used) {
    return new AttainmentRule(
        used.stream().mapToInt(FrameworkSnapshot::currencyYears).max().orElse(1), 1);
  }

  private static AttainmentRule rule(FrameworkSnapshot framework) {
    return new AttainmentRule(framework.currencyYears(), framework.evidenceThreshold());
  }

  private Person visibleWorker(Caller caller, String username) {
    String name = Person.normaliseUsername(username);
    Optional<Person> person =
        name == null || name.isEmpty()
            ? Optional.empty()
            : em.createNamedQuery(Person.FIND_BY_USERNAME_WITH_LINKS, Person.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    return person
        .filter(p -> policy.maySeeGapReport(caller, owner(p)))
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }
}
