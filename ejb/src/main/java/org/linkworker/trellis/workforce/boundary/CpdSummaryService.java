package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.portfolio.entity.Reflection;
import org.linkworker.trellis.workforce.control.CpdSummary;
import org.linkworker.trellis.workforce.control.CpdSummaryDocument;

/**
 * A link worker's CPD over a period as a PDF to print or keep: every entry dated in it, the hours
 * by activity type, verification, and where they stand with each requirement scheme. The worker,
 * their supervisor and their employer may have it, like the portfolio it summarises; reflections
 * are in it only for the worker and their supervisor. Anyone else finds no such person (404).
 *
 * <p>It reads the same few statements however many entries the period holds: the worker, the
 * entries, their claims, and the names of those who verified them (each a query over the period,
 * never a list of ids), then the compliance with every scheme the worker is under on the period's
 * last day (or today, if that is later), from {@link ComplianceService}.
 */
@Stateless
public class CpdSummaryService {

  /** The longest period a summary covers. */
  public static final int MAX_YEARS = 10;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  @Inject ComplianceService compliance;

  @Inject AuditLog audit;

  /**
   * The summary of the worker's CPD dated from one day to another, both inclusive.
   *
   * @throws InvalidInputException fields {@code from} and {@code to}: a day missing, the last
   *     before the first, or a period longer than {@value #MAX_YEARS} years
   * @throws NotVisibleException when the caller may not see the worker's portfolio, or there is no
   *     such worker
   */
  public CpdSummaryFile summary(Caller caller, String username, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    Person worker = visibleWorker(caller, username);
    Owner owner = owner(worker);
    boolean reflections = policy.maySeeReflectionsAndEvidence(caller, owner);
    List<CpdSummary.Entry> entries = entries(worker, from, to, reflections);
    if (entries.stream().map(CpdSummary.Entry::reflection).anyMatch(CpdSummaryService::written)) {
      // Reflections shown to someone else are a read the worker sees (AuditLog skips the worker).
      audit.recordReads(
          caller.username(),
          AuditAction.REFLECTIONS_READ,
          Map.of(worker.getUsername(), "CPD summary " + from + " to " + to));
    }
    LocalDate today = today();
    LocalDate on = to.isAfter(today) ? today : to;
    CpdSummary summary =
        new CpdSummary(
            new CpdSummary.Worker(
                worker.getUsername(),
                worker.getDisplayName(),
                worker.getOrganisation() == null ? null : worker.getOrganisation().getName(),
                stageTitle(worker.getStageCode()).orElse(null)),
            from,
            to,
            today,
            caller.displayName(),
            reflections,
            entries,
            on,
            compliance.everyScheme(caller, worker.getUsername(), on).stream()
                .map(CpdSummaryService::scheme)
                .toList());
    return new CpdSummaryFile(
        "cpd-summary-" + worker.getUsername() + "-" + from + "-" + to + ".pdf",
        CpdSummaryDocument.render(summary));
  }

  /** Today, the last day of a summary by default. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The first day of the membership year (1 April to 31 March) that contains today, the first day
   * of a summary by default.
   */
  public LocalDate membershipYearStart() {
    return membershipYearStart(today());
  }

  static LocalDate membershipYearStart(LocalDate day) {
    LocalDate april = LocalDate.of(day.getYear(), Month.APRIL, 1);
    return day.isBefore(april) ? april.minusYears(1) : april;
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (from == null) {
      errors.put("from", Messages.format("cpd_summary.from_required"));
    }
    if (to == null) {
      errors.put("to", Messages.format("cpd_summary.to_required"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.put("to", Messages.format("cpd_summary.dates_reversed"));
      } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
        errors.put("to", Messages.format("cpd_summary.too_long", MAX_YEARS));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The worker, when the caller may see their portfolio; one statement. */
  private Person visibleWorker(Caller caller, String username) {
    String name = Person.normaliseUsername(username);
    if (name == null || name.isEmpty()) {
      throw new NotVisibleException("person");
    }
    return em.createQuery(
            "select p from Person p left join fetch p.organisation left join fetch p.supervisor"
                + " where p.username = :username",
            Person.class)
        .setParameter("username", name)
        .getResultStream()
        .findFirst()
        .filter(p -> policy.maySeePortfolio(caller, owner(p)))
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  private static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }

  private Optional<String> stageTitle(String code) {
    return code == null
        ? Optional.empty()
        : frameworks.forStage(code).flatMap(f -> f.stage(code)).map(StageView::title);
  }

  /** The worker's entries dated in the period, as every query of the summary narrows them. */
  private static final String IN_PERIOD =
      " where e.owner = :owner and e.date >= :from and e.date <= :to";

  /** The entries of the period, oldest first, with their claims and verifiers: three statements. */
  private List<CpdSummary.Entry> entries(
      Person worker, LocalDate from, LocalDate to, boolean reflections) {
    List<CpdEntry> entries =
        em.createQuery(
                "select e from CpdEntry e" + IN_PERIOD + " order by e.date, e.id", CpdEntry.class)
            .setParameter("owner", worker)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<String, List<CpdSummary.Claim>> claims = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, c.competencyCode, c.level from CpdEntry e join e.claims c"
                    + IN_PERIOD,
                Object[].class)
            .setParameter("owner", worker)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      claims
          .computeIfAbsent((String) row[0], id -> new ArrayList<>())
          .add(new CpdSummary.Claim((String) row[1], ((Number) row[2]).intValue()));
    }
    claims.values().forEach(list -> list.sort(Comparator.comparing(CpdSummary.Claim::competency)));
    Map<String, String> verifiers = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.username, p.displayName from Person p where p.username in"
                    + " (select e.decidedBy from CpdEntry e"
                    + IN_PERIOD
                    + " and e.status = :verified)",
                Object[].class)
            .setParameter("owner", worker)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("verified", EntryStatus.VERIFIED)
            .getResultList()) {
      verifiers.put((String) row[0], (String) row[1]);
    }
    return entries.stream()
        .map(
            e -> {
              boolean verified = e.getStatus() == EntryStatus.VERIFIED;
              return new CpdSummary.Entry(
                  e.getDate(),
                  e.getTitle(),
                  e.getType(),
                  e.getHours(),
                  e.isParticipatory(),
                  e.getStatus(),
                  verified ? verifiers.getOrDefault(e.getDecidedBy(), e.getDecidedBy()) : null,
                  verified ? LocalDate.ofInstant(e.getDecidedAt(), clock.getZone()) : null,
                  claims.getOrDefault(e.getId(), List.of()),
                  reflections ? reflection(e.getReflection()) : null);
            })
        .toList();
  }

  /** Whether a reflection the summary shows has anything written in it (null: not shown). */
  private static boolean written(CpdSummary.Reflection reflection) {
    return reflection != null
        && Stream.of(reflection.what(), reflection.learned(), reflection.change())
            .anyMatch(part -> part != null && !part.isBlank());
  }

  private static CpdSummary.Reflection reflection(Reflection reflection) {
    return reflection == null
        ? new CpdSummary.Reflection(null, null, null)
        : new CpdSummary.Reflection(
            reflection.getWhat(), reflection.getLearned(), reflection.getChange());
  }

  /** A scheme's report as the summary prints it. */
  static CpdSummary.Scheme scheme(ComplianceReport report) {
    return new CpdSummary.Scheme(
        report.title(),
        report.window().from(),
        report.window().to(),
        switch (report.status()) {
          case MET -> CpdSummary.Standing.MET;
          case AT_RISK -> CpdSummary.Standing.AT_RISK;
          case NOT_MET -> CpdSummary.Standing.NOT_MET;
        },
        report.parts().stream()
            .map(
                p ->
                    new CpdSummary.Part(p.part(), p.required(), p.achieved(), p.missing(), p.met()))
            .toList());
  }
}
