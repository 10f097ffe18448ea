package org.linkworker.trellis.portfolio.boundary;

import static org.linkworker.trellis.portfolio.boundary.PortfolioService.owner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.EvidenceRevision;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;

/**
 * What a worker's supervision adds to their portfolio: a supervisor's direct assessments of a
 * competency at a level, and the log of supervision sessions.
 *
 * <p>An assessment is made, and withdrawn, only by the worker's supervisor (never of themself); it
 * is never changed, since attainment on past dates is derived from it. A supervision record is
 * entered by the worker, with private notes only they will read, or by their supervisor, without
 * notes; afterwards only the worker changes it. The worker, their supervisor and their employer
 * read both; the steward and providers see no portfolio.
 *
 * <p>Refusals follow {@link PortfolioService}: a person, assessment or record the caller may not
 * see is not there ({@link NotVisibleException}, 404); one they may see but not change is refused
 * ({@link AccessDeniedException}, 403). What a field says about itself is checked by the
 * constraints of {@link AssessmentInput} and {@link SupervisionInput}; what needs the clock, the
 * framework or the worker's organisation by an {@link InvalidInputException} naming the field.
 */
@Stateless
public class SupervisionService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  /**
   * The day of each given person's latest supervision session up to and including {@code day}, for
   * a job that was allowed when it started (the reminders): person id to day; someone with none is
   * left out. One statement.
   */
  public Map<String, LocalDate> lastSessions(Collection<String> personIds, LocalDate day) {
    Map<String, LocalDate> last = new HashMap<>();
    if (personIds.isEmpty()) {
      return last;
    }
    for (Object[] row :
        em.createQuery(
                "select r.owner.id, max(r.date) from SupervisionRecord r"
                    + " where r.owner.id in :ids and r.date <= :day group by r.owner.id",
                Object[].class)
            .setParameter("ids", List.copyOf(personIds))
            .setParameter("day", day)
            .getResultList()) {
      last.put((String) row[0], (LocalDate) row[1]);
    }
    return last;
  }

  /** What the caller may do in a worker's supervision records and assessments. */
  public SupervisionAccess access(Caller caller, String username) {
    Person owner = visibleOwner(caller, username);
    Owner facts = owner(owner);
    return new SupervisionAccess(
        owner.getDisplayName(),
        policy.mayRecordSupervision(caller, facts),
        policy.maySeePrivateNotes(caller, facts) && policy.mayChangePortfolio(caller, facts),
        policy.mayAssess(caller, facts));
  }

  // --- assessments ---

  /**
   * The worker's supervisor judges that the worker performs a competency of their framework at one
   * of its levels, on a date that has come (today when left out).
   */
  public AssessmentView assess(
      Caller caller,
      String username,
      @NotNull(message = "{assessment.competency.required}") @Valid AssessmentInput input) {
    Person owner = visibleOwner(caller, username);
    if (!policy.mayAssess(caller, owner(owner))) {
      throw new AccessDeniedException("portfolio.assess_not_your_worker");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = pastOrToday(input.date(), "portfolio.assessment_date_future", errors);
    Optional<FrameworkSnapshot> framework =
        frameworks.forStage(owner.getStageCode()).or(frameworks::current);
    Optional<CompetencyView> competency = Optional.empty();
    if (framework.isEmpty()) {
      errors.put("competency", Messages.format("portfolio.no_framework_to_assess"));
    } else {
      FrameworkSnapshot f = framework.get();
      competency = f.competency(input.competency());
      if (competency.isEmpty()) {
        errors.put(
            "competency",
            Messages.format(
                "catalogue.competency_unknown", input.competency(), f.code(), f.version()));
      }
      if (input.level() == null || !f.hasLevel(input.level())) {
        errors.put(
            "level",
            Messages.format(
                "catalogue.level_outside", String.valueOf(input.level()), f.code(), f.topLevel()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Assessment assessment =
        new Assessment(
            owner,
            competency.get().id(),
            competency.get().code(),
            input.level(),
            date,
            caller.username(),
            input.note(),
            clock.instant());
    em.persist(assessment);
    em.flush();
    EvidenceRevision.advance(em, PortfolioService.organisationOf(owner));
    return view(assessment, owner.getUsername());
  }

  /**
   * A worker's standing assessments, newest first, a page at a time (the worker, their supervisor,
   * their employer). Withdrawn ones are left out. Two statements whatever the page's length.
   */
  public Page<AssessmentView> assessments(Caller caller, String username, int offset, int limit) {
    Person owner = visibleOwner(caller, username);
    int pageLimit = Page.checkedLimit(offset, limit);
    List<AssessmentView> views =
        em
            .createNamedQuery(Assessment.PAGE_OF, Assessment.class)
            .setParameter("owner", owner)
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList()
            .stream()
            .map(a -> view(a, owner.getUsername()))
            .toList();
    long total =
        em.createNamedQuery(Assessment.COUNT_OF, Long.class)
            .setParameter("owner", owner)
            .getSingleResult();
    return new Page<>(views, total, offset, pageLimit);
  }

  /** One standing assessment, when the caller may see its worker's portfolio. */
  public Optional<AssessmentView> findAssessment(Caller caller, String assessmentId) {
    return visibleAssessment(caller, assessmentId)
        .filter(a -> !a.isWithdrawn())
        .map(a -> view(a, a.getOwner().getUsername()));
  }

  /**
   * The supervisor who made an assessment takes it back: it stays on record, stamped, and no longer
   * counts or shows.
   */
  public void withdraw(Caller caller, String assessmentId) {
    Assessment assessment =
        visibleAssessment(caller, assessmentId)
            .orElseThrow(() -> new NotVisibleException("assessment"));
    if (!policy.mayAssess(caller, owner(assessment.getOwner()))) {
      throw new AccessDeniedException("portfolio.withdraw_not_yours");
    }
    assessment.withdraw(caller.username(), clock.instant());
    em.flush();
    EvidenceRevision.advance(em, PortfolioService.organisationOf(assessment.getOwner()));
  }

  private Optional<Assessment> visibleAssessment(Caller caller, String assessmentId) {
    if (assessmentId == null || assessmentId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Assessment.class, assessmentId))
        .filter(a -> policy.maySeePortfolio(caller, owner(a.getOwner())));
  }

  static AssessmentView view(Assessment assessment, String username) {
    return new AssessmentView(
        assessment.getId(),
        username,
        assessment.getCompetencyCode(),
        assessment.getLevel(),
        assessment.getDate(),
        assessment.getAssessedBy(),
        assessment.getNote());
  }

  // --- supervision records ---

  /**
   * Records a supervision session in a worker's portfolio. The worker themself may add private
   * notes, and whoever gave it defaults to their supervisor; their supervisor may not write notes,
   * and whoever gave it defaults to the supervisor.
   */
  public SupervisionView record(
      Caller caller,
      String username,
      @NotNull(message = "{supervisionRecord.minutes.required}") @Valid SupervisionInput input) {
    Person owner = visibleOwner(caller, username);
    Owner facts = owner(owner);
    if (!policy.mayRecordSupervision(caller, facts)) {
      throw new AccessDeniedException("portfolio.supervision_not_yours");
    }
    boolean byWorker = policy.mayChangePortfolio(caller, facts);
    String supervisor =
        byWorker
            ? (owner.getSupervisor() == null ? null : owner.getSupervisor().getUsername())
            : caller.username();
    Checked checked = check(owner, input, supervisor, byWorker);
    SupervisionRecord record =
        new SupervisionRecord(
            owner,
            checked.date(),
            input.minutes(),
            input.kind(),
            checked.supervisor(),
            byWorker ? input.notes() : null,
            caller.username(),
            clock.instant());
    em.persist(record);
    em.flush();
    return view(record, owner.getUsername(), policy.maySeePrivateNotes(caller, facts));
  }

  /**
   * Rewrites a supervision record of the caller's own portfolio, whoever entered it; a stale
   * version is refused. Left out, whoever gave it stays as recorded.
   */
  public SupervisionView update(
      Caller caller,
      String recordId,
      long version,
      @NotNull(message = "{supervisionRecord.minutes.required}") @Valid SupervisionInput input) {
    SupervisionRecord record =
        visibleRecord(caller, recordId)
            .orElseThrow(() -> new NotVisibleException("supervision record"));
    Person owner = record.getOwner();
    if (!policy.mayChangePortfolio(caller, owner(owner))) {
      throw new AccessDeniedException("portfolio.supervision_change_not_yours");
    }
    if (version != record.getLockVersion()) {
      throw new StaleVersionException("supervision record");
    }
    Checked checked = check(owner, input, record.getSupervisor(), true);
    boolean changed =
        record.describe(
            checked.date(), input.minutes(), input.kind(), checked.supervisor(), input.notes());
    if (changed) {
      try {
        em.flush();
      } catch (OptimisticLockException e) {
        throw new StaleVersionException("supervision record");
      }
    }
    return view(record, owner.getUsername(), true);
  }

  /**
   * A worker's supervision records, newest first, a page at a time (the worker, their supervisor,
   * their employer); the private notes for the worker alone. Two statements whatever the page's
   * length.
   */
  public Page<SupervisionView> supervisionRecords(
      Caller caller, String username, int offset, int limit) {
    Person owner = visibleOwner(caller, username);
    int pageLimit = Page.checkedLimit(offset, limit);
    boolean notes = policy.maySeePrivateNotes(caller, owner(owner));
    List<SupervisionView> views =
        em
            .createNamedQuery(SupervisionRecord.PAGE_OF, SupervisionRecord.class)
            .setParameter("owner", owner)
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList()
            .stream()
            .map(r -> view(r, owner.getUsername(), notes))
            .toList();
    long total =
        em.createNamedQuery(SupervisionRecord.COUNT_OF, Long.class)
            .setParameter("owner", owner)
            .getSingleResult();
    return new Page<>(views, total, offset, pageLimit);
  }

  /** One supervision record, when the caller may see its worker's portfolio. */
  public Optional<SupervisionView> findSupervisionRecord(Caller caller, String recordId) {
    return visibleRecord(caller, recordId)
        .map(
            r ->
                view(
                    r,
                    r.getOwner().getUsername(),
                    policy.maySeePrivateNotes(caller, owner(r.getOwner()))));
  }

  private Optional<SupervisionRecord> visibleRecord(Caller caller, String recordId) {
    if (recordId == null || recordId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(SupervisionRecord.class, recordId))
        .filter(r -> policy.maySeePortfolio(caller, owner(r.getOwner())));
  }

  /** What the input becomes once the rules that need the clock and the organisation hold. */
  private record Checked(LocalDate date, String supervisor) {}

  /**
   * @param supervisor whoever gave the session when the input names nobody, or null
   * @param notesAllowed whether the caller may write the worker's private notes
   */
  private Checked check(
      Person owner, SupervisionInput input, String supervisor, boolean notesAllowed) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = pastOrToday(input.date(), "portfolio.supervision_date_future", errors);
    String given =
        input.supervisor() == null ? supervisor : Person.normaliseUsername(input.supervisor());
    if (given == null) {
      errors.put("supervisor", Messages.format("portfolio.supervisor_required"));
    } else if (given.equals(owner.getUsername())) {
      errors.put("supervisor", Messages.format("portfolio.supervisor_self"));
    } else if (!isActiveColleague(owner, given)) {
      errors.put("supervisor", Messages.format("portfolio.supervisor_unknown", given));
    }
    if (!notesAllowed && input.notes() != null) {
      errors.put("notes", Messages.format("portfolio.notes_workers_own"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(date, given);
  }

  /** Whether the username names an active person of the worker's organisation. */
  private boolean isActiveColleague(Person owner, String username) {
    if (owner.getOrganisation() == null) {
      return false;
    }
    String organisationId = owner.getOrganisation().getId();
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .filter(Person::isActive)
        .filter(p -> p.getOrganisation() != null)
        .filter(p -> organisationId.equals(p.getOrganisation().getId()))
        .isPresent();
  }

  static SupervisionView view(SupervisionRecord record, String username, boolean withNotes) {
    return new SupervisionView(
        record.getId(),
        username,
        record.getDate(),
        record.getMinutes(),
        record.getKind(),
        record.getSupervisor(),
        withNotes ? record.getNotes() : null,
        record.getLockVersion());
  }

  // --- shared ---

  private LocalDate pastOrToday(LocalDate date, String futureKey, Map<String, String> errors) {
    LocalDate today = LocalDate.now(clock);
    if (date == null) {
      return today;
    }
    if (date.isAfter(today)) {
      errors.put("date", Messages.format(futureKey, today));
    }
    return date;
  }

  private Person visibleOwner(Caller caller, String username) {
    return PortfolioService.visibleOwner(em, policy, caller, username);
  }
}
