package org.linkworker.trellis.portfolio.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.EvidenceRevision;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.portfolio.entity.Reflection;

/**
 * A link worker's CPD entries: the worker records, edits and submits their own; their supervisor
 * verifies or returns them; the worker, their supervisor and their employer read them (the employer
 * without the reflection). The steward and providers see no portfolio.
 *
 * <p>Refusals follow API.md: an entry or a person the caller may not see is not there ({@link
 * NotVisibleException}, 404); one they may see but not change is refused ({@link
 * AccessDeniedException}, 403); a transition the entry cannot make is a conflict (409). What a
 * field says about itself is checked by the constraints of {@link EntryInput}; what needs the
 * clock, the framework or the catalogue (a date in the future, an unknown competency or level, a
 * course the worker cannot see, an unknown standard) by an {@link InvalidInputException} naming the
 * field.
 */
@Stateless
public class PortfolioService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject CourseService courses;

  @Inject Clock clock;

  @Inject NotificationService notifications;

  @Inject AuditLog audit;

  /** Records a new draft entry in the caller's own portfolio. */
  public EntryView create(
      Caller caller,
      String username,
      @NotNull(message = "{cpdEntry.title.required}") @Valid EntryInput input) {
    Person owner = visibleOwner(caller, username);
    if (!policy.mayChangePortfolio(caller, owner(owner))) {
      throw new AccessDeniedException("portfolio.not_yours");
    }
    Checked checked = check(caller, owner, input);
    CpdEntry entry =
        new CpdEntry(
            owner, checked.date, input.title(), input.type(), checked.hours, clock.instant());
    entry.describe(
        checked.date,
        input.title(),
        input.type(),
        checked.hours,
        input.participatory(),
        input.course(),
        input.standard(),
        checked.reflection);
    entry.claim(checked.claims);
    em.persist(entry);
    em.flush();
    return view(entry, true);
  }

  /** Rewrites a draft or returned entry of the caller's own; a stale version is refused. */
  public EntryView update(
      Caller caller,
      String entryId,
      long version,
      @NotNull(message = "{cpdEntry.title.required}") @Valid EntryInput input) {
    CpdEntry entry = changeable(caller, entryId);
    requireVersion(entry, version);
    Checked checked = check(caller, entry.getOwner(), input);
    boolean changed =
        entry.describe(
            checked.date,
            input.title(),
            input.type(),
            checked.hours,
            input.participatory(),
            input.course(),
            input.standard(),
            checked.reflection);
    changed |= entry.claim(checked.claims);
    if (changed) {
      flushChecked();
    }
    return view(entry, true);
  }

  /**
   * Sends the caller's own draft or returned entry to their supervisor. Acting on an entry marks
   * the actor's notifications about it read, as opening it does.
   */
  public EntryView submit(Caller caller, String entryId) {
    CpdEntry entry = changeable(caller, entryId);
    entry.submit(clock.instant());
    flushChecked();
    notifications.markReadAbout(caller, entry.getId());
    Person supervisor = entry.getOwner().getSupervisor();
    if (supervisor != null) {
      notifications.send(
          supervisor,
          NotificationKind.ENTRY_SUBMITTED,
          entry.getId(),
          entry.getTitle(),
          caller.displayName());
    }
    return view(entry, true);
  }

  /** The owner's supervisor accepts a submitted entry, with an optional note. */
  public EntryView verify(Caller caller, String entryId, String note) {
    CpdEntry entry = decidable(caller, entryId);
    entry.verify(
        caller.username(), note == null || note.isBlank() ? null : note.strip(), clock.instant());
    flushChecked();
    EvidenceRevision.advance(em, organisationOf(entry.getOwner()));
    notifications.markReadAbout(caller, entry.getId());
    notifications.send(
        entry.getOwner(),
        NotificationKind.ENTRY_VERIFIED,
        entry.getId(),
        entry.getTitle(),
        caller.displayName());
    return view(entry, true);
  }

  /** The owner's supervisor sends a submitted entry back with a reason. */
  public EntryView returnEntry(Caller caller, String entryId, String reason) {
    CpdEntry entry = decidable(caller, entryId);
    entry.returnWith(caller.username(), reason, clock.instant());
    flushChecked();
    notifications.markReadAbout(caller, entry.getId());
    notifications.send(
        entry.getOwner(),
        NotificationKind.ENTRY_RETURNED,
        entry.getId(),
        entry.getTitle(),
        caller.displayName());
    return view(entry, true);
  }

  /**
   * A worker's entries, newest first, narrowed by the filter, a page at a time, with the total
   * hours of all that match (the worker, their supervisor, their employer). Three statements
   * whatever the page's length: the page, its claims, the count with the hours.
   */
  public EntryPage entries(
      Caller caller, String username, @NotNull EntryFilter filter, int offset, int limit) {
    Person owner = visibleOwner(caller, username);
    int pageLimit = Page.checkedLimit(offset, limit);
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw InvalidInputException.of("to", "portfolio.dates_reversed");
    }
    StringBuilder where = new StringBuilder(" from CpdEntry e where e.owner = :owner");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("owner", owner);
    if (filter.from() != null) {
      where.append(" and e.date >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and e.date <= :to");
      parameters.put("to", filter.to());
    }
    if (filter.status() != null) {
      where.append(" and e.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.type() != null) {
      where.append(" and e.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.competency() != null) {
      where.append(
          " and e.id in (select e2.id from CpdEntry e2 join e2.claims c"
              + " where e2.owner = :owner and c.competencyCode = :competency)");
      parameters.put("competency", filter.competency());
    }
    TypedQuery<CpdEntry> rows =
        em.createQuery("select e" + where + " order by e.date desc, e.id", CpdEntry.class);
    parameters.forEach(rows::setParameter);
    List<CpdEntry> page = rows.setFirstResult(offset).setMaxResults(pageLimit).getResultList();
    TypedQuery<Object[]> totals =
        em.createQuery("select count(e), sum(e.hours)" + where, Object[].class);
    parameters.forEach(totals::setParameter);
    Object[] total = totals.getSingleResult();
    boolean reflections = policy.maySeeReflectionsAndEvidence(caller, owner(owner));
    Map<String, List<EntryView.ClaimView>> claims = claimsOf(page);
    if (reflections) {
      recordReflectionsRead(caller, page);
    }
    List<EntryView> views =
        page.stream()
            .map(e -> view(e, reflections, claims.getOrDefault(e.getId(), List.of())))
            .toList();
    BigDecimal hours = total[1] == null ? BigDecimal.ZERO : (BigDecimal) total[1];
    return new EntryPage(
        new Page<>(views, ((Number) total[0]).longValue(), offset, pageLimit), plain(hours));
  }

  /**
   * The supervisor's queue: the submitted entries of the active workers they supervise in their
   * organisation, oldest submission first. Two statements.
   */
  public List<EntryView> queue(Caller caller) {
    if (caller.organisationId() == null) {
      return List.of();
    }
    List<CpdEntry> entries =
        em
            .createNamedQuery(CpdEntry.QUEUE_OF, CpdEntry.class)
            .setParameter("supervisor", caller.username())
            .setParameter("organisation", caller.organisationId())
            .getResultList()
            .stream()
            .filter(e -> policy.mayVerify(caller, owner(e.getOwner())))
            .toList();
    Map<String, List<EntryView.ClaimView>> claims =
        entries.isEmpty()
            ? Map.of()
            : claims(
                em.createNamedQuery(CpdEntry.CLAIMS_IN_QUEUE_OF, Object[].class)
                    .setParameter("supervisor", caller.username())
                    .setParameter("organisation", caller.organisationId())
                    .getResultList());
    recordReflectionsRead(caller, entries);
    return entries.stream()
        .map(e -> view(e, true, claims.getOrDefault(e.getId(), List.of())))
        .toList();
  }

  private Map<String, List<EntryView.ClaimView>> claimsOf(List<CpdEntry> entries) {
    if (entries.isEmpty()) {
      return new java.util.HashMap<>();
    }
    return claims(
        em.createNamedQuery(CpdEntry.CLAIMS_OF, Object[].class)
            .setParameter("ids", entries.stream().map(CpdEntry::getId).toList())
            .getResultList());
  }

  /** Rows of entry id, competency and level, as each entry's claims in competency order. */
  private static Map<String, List<EntryView.ClaimView>> claims(List<Object[]> rows) {
    Map<String, List<EntryView.ClaimView>> claims = new java.util.HashMap<>();
    for (Object[] row : rows) {
      claims
          .computeIfAbsent((String) row[0], id -> new ArrayList<>())
          .add(new EntryView.ClaimView((String) row[1], ((Number) row[2]).intValue()));
    }
    claims
        .values()
        .forEach(
            list -> list.sort(java.util.Comparator.comparing(EntryView.ClaimView::competency)));
    return claims;
  }

  /** One entry, when the caller may see its owner's portfolio. */
  public Optional<EntryView> find(Caller caller, String entryId) {
    return visible(caller, entryId).map(e -> view(e, reflectionsShown(caller, e)));
  }

  /**
   * Whether the caller is shown the entry's reflection; when it is someone other than the worker
   * and there is something written, the read goes into the audit log, for the worker to see.
   */
  private boolean reflectionsShown(Caller caller, CpdEntry entry) {
    boolean shown = policy.maySeeReflectionsAndEvidence(caller, owner(entry.getOwner()));
    if (shown) {
      recordReflectionsRead(caller, List.of(entry));
    }
    return shown;
  }

  /**
   * Records, in one statement, the reflections of other people's entries shown to the caller: one
   * audit entry per worker, naming the entries by date and id (never their words). Entries with no
   * reflection written are not a read of one.
   */
  private void recordReflectionsRead(Caller caller, List<CpdEntry> shown) {
    Map<String, StringJoiner> read = new LinkedHashMap<>();
    for (CpdEntry entry : shown) {
      Reflection r = entry.getReflection();
      if (r != null && !r.isBlank()) {
        read.computeIfAbsent(
                entry.getOwner().getUsername(), o -> new StringJoiner("; ", "entries ", ""))
            .add(entry.getDate() + " " + entry.getId());
      }
    }
    if (!read.isEmpty()) {
      // AuditLog leaves out the caller's own entries: reading one's own reflections is no event.
      Map<String, String> details = new LinkedHashMap<>();
      read.forEach((owner, entries) -> details.put(owner, entries.toString()));
      audit.recordReads(caller.username(), AuditAction.REFLECTIONS_READ, details);
    }
  }

  /** Today, the latest date an entry may have. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** One entry with what the caller may do to it now, for a page's buttons. */
  public Optional<EntryAccess> access(Caller caller, String entryId) {
    return visible(caller, entryId)
        .map(
            e -> {
              Owner owner = owner(e.getOwner());
              return new EntryAccess(
                  view(e, reflectionsShown(caller, e)),
                  e.getOwner().getDisplayName(),
                  e.getStatus().isEditable() && policy.mayChangePortfolio(caller, owner),
                  e.getStatus() == EntryStatus.SUBMITTED && policy.mayVerify(caller, owner));
            });
  }

  /**
   * The framework a worker's entries claim competencies of (their stage's framework, or the current
   * one), when the caller may see that worker's portfolio.
   */
  public Optional<FrameworkSnapshot> frameworkOf(Caller caller, String username) {
    Person owner = visibleOwner(caller, username);
    return frameworks.forStage(owner.getStageCode()).or(frameworks::current);
  }

  /** The display name of a worker whose portfolio the caller may see. */
  public String ownerName(Caller caller, String username) {
    return visibleOwner(caller, username).getDisplayName();
  }

  private Optional<CpdEntry> visible(Caller caller, String entryId) {
    if (entryId == null || entryId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(CpdEntry.class, entryId))
        .filter(e -> policy.maySeePortfolio(caller, owner(e.getOwner())));
  }

  private CpdEntry changeable(Caller caller, String entryId) {
    CpdEntry entry = visible(caller, entryId).orElseThrow(() -> new NotVisibleException("entry"));
    if (!policy.mayChangePortfolio(caller, owner(entry.getOwner()))) {
      throw new AccessDeniedException("portfolio.not_yours");
    }
    return entry;
  }

  private CpdEntry decidable(Caller caller, String entryId) {
    CpdEntry entry = visible(caller, entryId).orElseThrow(() -> new NotVisibleException("entry"));
    if (!policy.mayVerify(caller, owner(entry.getOwner()))) {
      throw new AccessDeniedException("portfolio.not_your_worker");
    }
    return entry;
  }

  private Person visibleOwner(Caller caller, String username) {
    return visibleOwner(em, policy, caller, username);
  }

  /**
   * The worker by username when the caller may see their portfolio; otherwise not there, whether or
   * not they exist (404). One statement.
   */
  static Person visibleOwner(
      EntityManager em, AccessPolicy policy, Caller caller, String username) {
    String name = Person.normaliseUsername(username);
    Optional<Person> person =
        name == null || name.isEmpty()
            ? Optional.empty()
            : em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    return person
        .filter(p -> policy.maySeePortfolio(caller, owner(p)))
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }

  private static void requireVersion(CpdEntry entry, long version) {
    if (version != entry.getLockVersion()) {
      throw new StaleVersionException("entry");
    }
  }

  private void flushChecked() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException("entry");
    }
  }

  /** What the input becomes once the rules that need the clock, framework and catalogue hold. */
  private record Checked(
      LocalDate date, BigDecimal hours, Reflection reflection, List<Claim> claims) {}

  private Checked check(Caller caller, Person owner, EntryInput input) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = EntryRules.date(input.date(), LocalDate.now(clock), errors);
    BigDecimal hours = input.hours();
    if (input.course() != null) {
      Optional<CourseView> course = courses.find(caller, input.course());
      if (course.isEmpty()) {
        errors.put("course", Messages.format("portfolio.course_unknown", input.course()));
      } else if (hours == null) {
        hours = course.get().cpdHours().min(new BigDecimal(CpdEntry.MAX_HOURS));
      }
    }
    if (hours == null) {
      hours = BigDecimal.ONE;
    }
    Optional<FrameworkSnapshot> framework =
        frameworks.forStage(owner.getStageCode()).or(frameworks::current);
    EntryRules.standard(framework, input.standard(), errors);
    List<Claim> claims = EntryRules.claims(framework, input.claims(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(date, hours, EntryRules.reflection(input.reflection()), claims);
  }

  static EntryView view(CpdEntry entry, boolean withReflection) {
    return view(
        entry,
        withReflection,
        entry.getClaims().stream()
            .map(c -> new EntryView.ClaimView(c.getCompetencyCode(), c.getLevel()))
            .sorted(java.util.Comparator.comparing(EntryView.ClaimView::competency))
            .toList());
  }

  private static BigDecimal plain(BigDecimal hours) {
    BigDecimal stripped = hours.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static EntryView view(CpdEntry entry, boolean withReflection, List<EntryView.ClaimView> claims) {
    Reflection r = entry.getReflection();
    return new EntryView(
        entry.getId(),
        entry.getOwner().getUsername(),
        entry.getDate(),
        entry.getTitle(),
        entry.getType(),
        plain(entry.getHours()),
        entry.isParticipatory(),
        entry.getCourseId(),
        entry.getStandardCode(),
        // Those who may read reflections get one even when nothing is written yet (its parts
        // null); for everyone else it is absent.
        !withReflection
            ? null
            : r == null
                ? new EntryView.ReflectionView(null, null, null)
                : new EntryView.ReflectionView(r.getWhat(), r.getLearned(), r.getChange()),
        claims,
        entry.getStatus(),
        entry.getSubmittedAt(),
        entry.getDecidedBy(),
        entry.getDecidedAt(),
        entry.getDecisionNote(),
        entry.getLockVersion());
  }

  /** The organisation of a person, or null for none. */
  static String organisationOf(Person person) {
    return person.getOrganisation() == null ? null : person.getOrganisation().getId();
  }
}
