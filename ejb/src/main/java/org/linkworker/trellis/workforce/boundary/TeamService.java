package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.workforce.entity.RequirementScheme;

/**
 * The workforce view of a team (issue 11): every active link worker of an organisation with their
 * CPD compliance per scheme and how often they are supervised, and one person's portfolio summary
 * as their employer may see it.
 *
 * <p>The team reports are for the organisation's employer and the steward. Someone who may not see
 * the organisation (another organisation's employer, a provider) finds no such organisation, as for
 * one that does not exist; someone of the organisation who may not see its reports (a worker, a
 * supervisor) is refused. A page of the team costs a fixed number of statements however many people
 * it holds and however much they have recorded: the organisation, the page of workers and their
 * count, then for compliance the schemes (with their parts and items), the memberships of chosen
 * schemes, the counted entries and (when a scheme has items) their claims; for supervision the
 * latest session and the sessions of the last twelve months, each in one grouped statement.
 */
@Stateless
public class TeamService {

  /** How far back the supervision figures count: twelve months ending on the day asked about. */
  public static final int SUPERVISION_MONTHS = 12;

  private static final String TEAM_FROM =
      " from Person p left join p.supervisor s where p.organisation.id = :organisation"
          + " and p.active = true"
          + " and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of p.roles";

  private static final String COUNTED =
      "select e.owner.id, e.id, e.date, e.type, e.hours, e.participatory,"
          + " case when e.reflection.what is not null and e.reflection.learned is not null"
          + " and e.reflection.change is not null then 1 else 0 end"
          + " from CpdEntry e where e.owner.id in :owners"
          + " and e.status in (org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED,"
          + " org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED)"
          + " and e.date between :from and :on";

  private static final String COUNTED_CLAIMS =
      "select e.id, c.competencyCode from CpdEntry e join e.claims c where e.owner.id in :owners"
          + " and e.status in (org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED,"
          + " org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED)"
          + " and e.date between :from and :on";

  private static final String MEMBERSHIPS =
      "select m.key.personId, m.key.schemeId from SchemeMembership m"
          + " where m.key.personId in :people";

  private static final String LAST_SESSIONS =
      "select r.owner.id, max(r.date) from SupervisionRecord r where r.owner.id in :people"
          + " and r.date <= :on group by r.owner.id";

  private static final String SESSIONS_IN_WINDOW =
      "select r.owner.id, count(r), sum(r.minutes) from SupervisionRecord r"
          + " where r.owner.id in :people and r.date between :from and :on group by r.owner.id";

  private static final String TOTALS =
      "select e.status, count(e), sum(e.hours) from CpdEntry e where e.owner.id = :owner"
          + " group by e.status";

  private static final String LATEST =
      "select e.id, e.date, e.title, e.type, e.hours, e.status from CpdEntry e"
          + " where e.owner.id = :owner order by e.date desc, e.id";

  private static final String SUPERVISORS =
      "select distinct s.username, s.displayName" + TEAM_FROM + " and s.id is not null";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject ComplianceService compliance;

  /** Which of the team to report on: on a day, under one scheme, at a stage, by a supervisor. */
  public record Filter(LocalDate on, String scheme, String stage, String supervisor) {

    /** Everyone, on today, under every scheme. */
    public static final Filter NONE = new Filter(null, null, null, null);

    public Filter {
      scheme = trimmed(scheme);
      stage = trimmed(stage);
      supervisor = trimmed(supervisor);
    }

    private static String trimmed(String value) {
      return Blank.orNull(value) == null ? null : value.strip();
    }
  }

  /** One worker of the team as the page of workers reads them. */
  private record Worker(
      String id,
      String username,
      String displayName,
      String stage,
      String supervisor,
      String supervisorName) {}

  /**
   * A page of an organisation's active link workers (by display name, then username) with their
   * compliance with every scheme they are under on the day ({@code filter.scheme}: that scheme
   * only; an unknown one is an error of the field {@code scheme}).
   */
  public Page<TeamMemberCompliance> compliance(
      Caller caller, String organisationId, Filter filter, int offset, int limit) {
    Organisation organisation = reported(caller, organisationId);
    int pageLimit = Page.checkedLimit(offset, limit);
    LocalDate day = day(filter);
    List<RequirementScheme> schemes = schemes(organisation, filter.scheme());
    List<Worker> workers = workers(organisation, filter, offset, pageLimit);
    long total = count(organisation, filter);
    return new Page<>(compliance(workers, schemes, day), total, offset, pageLimit);
  }

  /** The whole (filtered) team's compliance, for a download. */
  public List<TeamMemberCompliance> complianceOfEveryone(
      Caller caller, String organisationId, Filter filter) {
    Organisation organisation = reported(caller, organisationId);
    List<RequirementScheme> schemes = schemes(organisation, filter.scheme());
    return compliance(workers(organisation, filter, 0, null), schemes, day(filter));
  }

  /** A page of an organisation's active link workers and how often each is supervised. */
  public Page<TeamMemberSupervision> supervision(
      Caller caller, String organisationId, Filter filter, int offset, int limit) {
    Organisation organisation = reported(caller, organisationId);
    int pageLimit = Page.checkedLimit(offset, limit);
    List<Worker> workers = workers(organisation, filter, offset, pageLimit);
    long total = count(organisation, filter);
    return new Page<>(
        supervision(workers, organisation.getSupervisionWeeks(), day(filter)),
        total,
        offset,
        pageLimit);
  }

  /** The whole (filtered) team's supervision, for a download. */
  public List<TeamMemberSupervision> supervisionOfEveryone(
      Caller caller, String organisationId, Filter filter) {
    Organisation organisation = reported(caller, organisationId);
    return supervision(
        workers(organisation, filter, 0, null), organisation.getSupervisionWeeks(), day(filter));
  }

  /** Today, the default day asked about. */
  public LocalDate today() {
    return compliance.today();
  }

  /** The organisation's supervision target, for whoever may see its reports. */
  public SupervisionTarget supervisionTarget(Caller caller, String organisationId) {
    Organisation organisation = reported(caller, organisationId);
    return new SupervisionTarget(organisation.getId(), organisation.getSupervisionWeeks());
  }

  /**
   * Sets the organisation's target interval between supervision sessions: its employer and the
   * steward. Anything but a whole number of weeks from 1 to 52 is an error of the field {@code
   * weeks}.
   */
  public SupervisionTarget targetSupervision(Caller caller, String organisationId, Integer weeks) {
    Organisation organisation = visible(caller, organisationId);
    if (!policy.maySeeReportsOf(caller, organisation.getId())) {
      throw new AccessDeniedException("workforce.supervision_target_not_yours");
    }
    if (weeks == null
        || weeks < Organisation.MIN_SUPERVISION_WEEKS
        || weeks > Organisation.MAX_SUPERVISION_WEEKS) {
      throw InvalidInputException.of(
          "weeks",
          "workforce.supervision_weeks_range",
          Organisation.MIN_SUPERVISION_WEEKS,
          Organisation.MAX_SUPERVISION_WEEKS);
    }
    organisation.targetSupervisionEvery(weeks);
    em.flush();
    return new SupervisionTarget(organisation.getId(), organisation.getSupervisionWeeks());
  }

  /**
   * The supervisors of the organisation's active link workers, username to display name, by display
   * name: the choices of the team view's supervisor filter.
   */
  public Map<String, String> supervisorsOf(Caller caller, String organisationId) {
    Organisation organisation = reported(caller, organisationId);
    return em
        .createQuery(SUPERVISORS, Object[].class)
        .setParameter("organisation", organisation.getId())
        .getResultList()
        .stream()
        .sorted(
            Comparator.comparing((Object[] r) -> (String) r[1]).thenComparing(r -> (String) r[0]))
        .collect(
            Collectors.toMap(
                r -> (String) r[0], r -> (String) r[1], (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /**
   * What the caller may see of one person's portfolio on a day (today when {@code on} is null): the
   * person themself, their supervisor, their employer and the steward (who sees the figures but not
   * the entries). Anyone else finds no such person.
   */
  public PersonSummary person(Caller caller, String username, LocalDate on) {
    String name = Person.normaliseUsername(username);
    Person person =
        name == null || name.isEmpty()
            ? null
            : em.createNamedQuery(Person.FIND_BY_USERNAME_WITH_LINKS, Person.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    Owner owner = person == null ? null : owner(person);
    if (owner == null || !policy.maySeeGapReport(caller, owner)) {
      throw new NotVisibleException("person");
    }
    LocalDate day = on == null ? compliance.today() : on;
    Map<EntryStatus, PersonSummary.StatusTotal> totals = new EnumMap<>(EntryStatus.class);
    for (EntryStatus status : EntryStatus.values()) {
      totals.put(status, new PersonSummary.StatusTotal(status, 0, BigDecimal.ZERO));
    }
    for (Object[] row :
        em.createQuery(TOTALS, Object[].class)
            .setParameter("owner", person.getId())
            .getResultList()) {
      EntryStatus status = (EntryStatus) row[0];
      totals.put(
          status,
          new PersonSummary.StatusTotal(
              status,
              ((Number) row[1]).longValue(),
              ComplianceRule.plain(row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2])));
    }
    boolean entriesShown = policy.maySeePortfolio(caller, owner);
    List<PersonSummary.LatestEntry> latest = List.of();
    if (entriesShown) {
      latest =
          em
              .createQuery(LATEST, Object[].class)
              .setParameter("owner", person.getId())
              .setMaxResults(PersonSummary.LATEST)
              .getResultList()
              .stream()
              .map(
                  r ->
                      new PersonSummary.LatestEntry(
                          (String) r[0],
                          (LocalDate) r[1],
                          (String) r[2],
                          (ActivityType) r[3],
                          ComplianceRule.plain((BigDecimal) r[4]),
                          (EntryStatus) r[5]))
              .toList();
    }
    List<ComplianceReport> reports = compliance.everyScheme(caller, person.getUsername(), day);
    Person supervisor = person.getSupervisor();
    Worker worker =
        new Worker(
            person.getId(),
            person.getUsername(),
            person.getDisplayName(),
            person.getStageCode(),
            supervisor == null ? null : supervisor.getUsername(),
            supervisor == null ? null : supervisor.getDisplayName());
    int weeks =
        person.getOrganisation() == null
            ? Organisation.DEFAULT_SUPERVISION_WEEKS
            : person.getOrganisation().getSupervisionWeeks();
    TeamMemberSupervision supervision = supervision(List.of(worker), weeks, day).get(0);
    return new PersonSummary(
        person.getUsername(),
        person.getDisplayName(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getStageCode(),
        worker.supervisor(),
        worker.supervisorName(),
        person.isActive(),
        day,
        List.copyOf(totals.values()),
        entriesShown,
        latest,
        reports,
        supervision);
  }

  /** The team's compliance as CSV: one row a person and scheme, with the parts still missing. */
  public static String complianceCsv(List<TeamMemberCompliance> team) {
    List<List<Object>> rows = new ArrayList<>();
    for (TeamMemberCompliance member : team) {
      for (ComplianceReport report : member.schemes()) {
        rows.add(
            List.of(
                member.username(),
                member.displayName(),
                nullToEmpty(member.stage()),
                nullToEmpty(member.supervisor()),
                report.scheme(),
                report.window().from(),
                report.window().to(),
                report.status().name(),
                report.parts().stream()
                    .filter(p -> !p.met())
                    .map(p -> p.part() + " " + p.achieved() + " of " + p.required())
                    .collect(Collectors.joining("; "))));
      }
    }
    return Csv.write(
        List.of(
            "username",
            "name",
            "stage",
            "supervisor",
            "scheme",
            "window from",
            "window to",
            "status",
            "parts not met (achieved of required)"),
        rows);
  }

  /** The team's supervision as CSV: one row a person. */
  public static String supervisionCsv(List<TeamMemberSupervision> team) {
    List<List<Object>> rows = new ArrayList<>();
    for (TeamMemberSupervision member : team) {
      rows.add(
          List.of(
              member.username(),
              member.displayName(),
              nullToEmpty(member.stage()),
              nullToEmpty(member.supervisor()),
              member.lastSession() == null ? "" : member.lastSession(),
              member.daysSinceLast() == null ? "" : member.daysSinceLast(),
              member.sessions(),
              member.minutes(),
              member.targetWeeks(),
              member.nextDue() == null ? "" : member.nextDue(),
              member.overdue() ? "yes" : "no"));
    }
    return Csv.write(
        List.of(
            "username",
            "name",
            "stage",
            "supervisor",
            "last session",
            "days since last",
            "sessions in 12 months",
            "minutes in 12 months",
            "target weeks",
            "next due",
            "overdue"),
        rows);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private LocalDate day(Filter filter) {
    return filter.on() == null ? compliance.today() : filter.on();
  }

  private List<TeamMemberCompliance> compliance(
      List<Worker> workers, List<RequirementScheme> schemes, LocalDate day) {
    if (workers.isEmpty()) {
      return List.of();
    }
    List<String> ids = workers.stream().map(Worker::id).toList();
    Map<String, Set<String>> chosen = new HashMap<>();
    if (schemes.stream()
        .anyMatch(
            s -> s.getAppliesTo() == org.linkworker.trellis.workforce.entity.AppliesTo.CHOSEN)) {
      for (Object[] row :
          em.createQuery(MEMBERSHIPS, Object[].class).setParameter("people", ids).getResultList()) {
        chosen.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
      }
    }
    Map<String, List<CountedEntry>> counted =
        schemes.isEmpty() ? Map.of() : counted(ids, schemes, day);
    List<TeamMemberCompliance> members = new ArrayList<>();
    for (Worker worker : workers) {
      Set<String> under = chosen.getOrDefault(worker.id(), Set.of());
      List<CountedEntry> entries = counted.getOrDefault(worker.id(), List.of());
      Predicate<String> ofTheirFramework = compliance.competenciesOf(worker.stage());
      List<ComplianceReport> reports =
          schemes.stream()
              .filter(
                  s ->
                      switch (s.getAppliesTo()) {
                        case EVERY_LINK_WORKER, ORGANISATION ->
                            ComplianceRule.asksOf(s, ofTheirFramework);
                        case CHOSEN -> under.contains(s.getId());
                      })
              .map(s -> ComplianceRule.report(s, day, entries, ofTheirFramework))
              .toList();
      members.add(
          new TeamMemberCompliance(
              worker.username(),
              worker.displayName(),
              worker.stage(),
              worker.supervisor(),
              worker.supervisorName(),
              reports));
    }
    return members;
  }

  /** The counted entries of the workers, by worker id, over the widest window of the schemes. */
  private Map<String, List<CountedEntry>> counted(
      List<String> ids, List<RequirementScheme> schemes, LocalDate day) {
    LocalDate from =
        schemes.stream().map(s -> s.windowFrom(day)).min(Comparator.naturalOrder()).orElse(day);
    BiFunction<String, Class<Object[]>, TypedQuery<Object[]>> window =
        (jpql, type) ->
            em.createQuery(jpql, type)
                .setParameter("owners", ids)
                .setParameter("from", from)
                .setParameter("on", day);
    Map<String, Set<String>> claims = new HashMap<>();
    if (schemes.stream().anyMatch(s -> !s.getItems().isEmpty())) {
      for (Object[] row : window.apply(COUNTED_CLAIMS, Object[].class).getResultList()) {
        claims.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
      }
    }
    Map<String, List<CountedEntry>> counted = new HashMap<>();
    for (Object[] row : window.apply(COUNTED, Object[].class).getResultList()) {
      counted
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(
              new CountedEntry(
                  (LocalDate) row[2],
                  (ActivityType) row[3],
                  (BigDecimal) row[4],
                  Boolean.TRUE.equals(row[5]),
                  ((Number) row[6]).intValue() == 1,
                  claims.getOrDefault((String) row[1], Set.of())));
    }
    return counted;
  }

  /**
   * Supervision figures of the workers on {@code day}: PRODUCT.md's supervision frequency against a
   * target of {@code weeks}. Due on the last session plus the interval (that day is not yet
   * overdue); overdue from the day after, or when there has never been a session.
   */
  private List<TeamMemberSupervision> supervision(List<Worker> workers, int weeks, LocalDate day) {
    if (workers.isEmpty()) {
      return List.of();
    }
    List<String> ids = workers.stream().map(Worker::id).toList();
    LocalDate from = day.minusMonths(SUPERVISION_MONTHS).plusDays(1);
    Map<String, LocalDate> last = new HashMap<>();
    for (Object[] row :
        em.createQuery(LAST_SESSIONS, Object[].class)
            .setParameter("people", ids)
            .setParameter("on", day)
            .getResultList()) {
      last.put((String) row[0], (LocalDate) row[1]);
    }
    Map<String, long[]> inWindow = new HashMap<>();
    for (Object[] row :
        em.createQuery(SESSIONS_IN_WINDOW, Object[].class)
            .setParameter("people", ids)
            .setParameter("from", from)
            .setParameter("on", day)
            .getResultList()) {
      inWindow.put(
          (String) row[0],
          new long[] {
            ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()
          });
    }
    List<TeamMemberSupervision> figures = new ArrayList<>();
    for (Worker worker : workers) {
      LocalDate lastSession = last.get(worker.id());
      long[] counts = inWindow.getOrDefault(worker.id(), new long[] {0, 0});
      LocalDate nextDue = lastSession == null ? null : lastSession.plusWeeks(weeks);
      figures.add(
          new TeamMemberSupervision(
              worker.username(),
              worker.displayName(),
              worker.stage(),
              worker.supervisor(),
              worker.supervisorName(),
              lastSession,
              lastSession == null ? null : ChronoUnit.DAYS.between(lastSession, day),
              counts[0],
              counts[1],
              new ComplianceReport.Window(from, day),
              weeks,
              nextDue,
              nextDue == null || nextDue.isBefore(day)));
    }
    return figures;
  }

  /**
   * The schemes the organisation's link workers can be under: the national ones and its own, the
   * association's first; only {@code code} when one is given.
   */
  private List<RequirementScheme> schemes(Organisation organisation, String code) {
    List<RequirementScheme> schemes =
        new ArrayList<>(
            em.createNamedQuery(RequirementScheme.OF_SCOPES, RequirementScheme.class)
                .setParameter("scopes", List.of(RequirementScheme.NATIONAL, organisation.getId()))
                .getResultList());
    schemes.sort(
        Comparator.comparing((RequirementScheme s) -> s.getOrganisationId() != null)
            .thenComparing(s -> !s.getCode().equals(ComplianceService.DEFAULT_SCHEME))
            .thenComparing(RequirementScheme::getCode));
    if (code == null) {
      return schemes;
    }
    List<RequirementScheme> chosen =
        schemes.stream().filter(s -> s.getCode().equals(code)).toList();
    if (chosen.isEmpty()) {
      throw InvalidInputException.of(
          "scheme",
          "workforce.scheme_unknown",
          code,
          schemes.stream().map(RequirementScheme::getCode).collect(Collectors.joining(", ")));
    }
    return chosen;
  }

  private List<Worker> workers(
      Organisation organisation, Filter filter, int offset, Integer limit) {
    TypedQuery<Object[]> query =
        filtered(
            "select p.id, p.username, p.displayName, p.stageCode, s.username, s.displayName"
                + TEAM_FROM
                + conditions(filter)
                + " order by p.displayName, p.username",
            Object[].class,
            organisation,
            filter);
    query.setFirstResult(offset);
    if (limit != null) {
      query.setMaxResults(limit);
    }
    return query.getResultList().stream()
        .map(
            r ->
                new Worker(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]))
        .toList();
  }

  private long count(Organisation organisation, Filter filter) {
    return filtered(
            "select count(p)" + TEAM_FROM + conditions(filter), Long.class, organisation, filter)
        .getSingleResult();
  }

  // Conditions are added only when a filter is given: Derby refuses "? is null" on an untyped
  // parameter.
  private static String conditions(Filter filter) {
    return (filter.stage() == null ? "" : " and p.stageCode = :stage")
        + (filter.supervisor() == null ? "" : " and s.username = :supervisor");
  }

  private <T> TypedQuery<T> filtered(
      String jpql, Class<T> type, Organisation organisation, Filter filter) {
    TypedQuery<T> query =
        em.createQuery(jpql, type).setParameter("organisation", organisation.getId());
    if (filter.stage() != null) {
      query.setParameter("stage", filter.stage());
    }
    if (filter.supervisor() != null) {
      query.setParameter("supervisor", Person.normaliseUsername(filter.supervisor()));
    }
    return query;
  }

  /** The organisation, when the caller may see its reports; else 404 or 403 as the class says. */
  private Organisation reported(Caller caller, String organisationId) {
    Organisation organisation = visible(caller, organisationId);
    if (!policy.maySeeReportsOf(caller, organisation.getId())) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    return organisation;
  }

  /**
   * The organisation, when the caller may see it (their own; any for the steward) and it exists;
   * else there is no such organisation for them.
   */
  private Organisation visible(Caller caller, String organisationId) {
    String id = organisationId == null ? "" : organisationId.strip();
    Organisation organisation =
        id.isEmpty() || !policy.maySeeOrganisation(caller, id)
            ? null
            : em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotVisibleException("organisation");
    }
    return organisation;
  }

  private static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }
}
