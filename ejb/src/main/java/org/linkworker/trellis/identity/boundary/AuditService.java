package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;

/** Reads the append-only audit log (steward only). Entries are written by the other services. */
@Stateless
public class AuditService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  /**
   * Entries matching the filter, newest first, paged. The actor matches exactly, ignoring case; the
   * action exactly (e.g. {@code LOCKED_OUT}); the dates are inclusive days in UTC.
   *
   * @throws AccessDeniedException when the caller is not the steward
   * @throws InvalidInputException field {@code to} when it is before {@code from}; {@code offset}
   *     or {@code limit} when out of range (a limit above {@link Page#MAX_LIMIT} is capped)
   */
  public Page<AuditEntryView> find(Caller caller, AuditFilter filter, int offset, int limit) {
    if (!policy.maySeeAudit(caller)) {
      throw new AccessDeniedException("identity.audit_steward_only");
    }
    int pageLimit = Page.checkedLimit(offset, limit);
    AuditFilter narrowing = filter == null ? new AuditFilter(null, null, null, null) : filter;
    if (narrowing.from() != null
        && narrowing.to() != null
        && narrowing.to().isBefore(narrowing.from())) {
      throw new InvalidInputException(
          Map.of("to", Messages.format("identity.audit_dates_reversed")));
    }

    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (narrowing.actor() != null && !narrowing.actor().isBlank()) {
      // Actors are stored in lower case (see AuditEntry), so the index on them serves this.
      conditions.add("e.actor = :actor");
      parameters.put("actor", narrowing.actor().strip().toLowerCase(Locale.ROOT));
    }
    if (narrowing.action() != null && !narrowing.action().isBlank()) {
      conditions.add("e.action = :action");
      parameters.put("action", narrowing.action().strip().toUpperCase(Locale.ROOT));
    }
    if (narrowing.from() != null) {
      conditions.add("e.atUtc >= :from");
      parameters.put("from", narrowing.from().atStartOfDay());
    }
    if (narrowing.to() != null) {
      conditions.add("e.atUtc < :before");
      parameters.put("before", narrowing.to().plusDays(1).atStartOfDay());
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

    TypedQuery<AuditEntry> page =
        em.createQuery(
            "select e from AuditEntry e" + where + " order by e.atUtc desc, e.id desc",
            AuditEntry.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<AuditEntryView> items =
        page.setFirstResult(offset).setMaxResults(pageLimit).getResultList().stream()
            .map(AuditService::view)
            .toList();
    return new Page<>(items, count.getSingleResult(), offset, pageLimit);
  }

  /**
   * Who other than the worker read the worker's reflections or opened their evidence, newest first,
   * paged (PRODUCT.md: reflections and evidence are the worker's and their supervisor's; every read
   * by someone else is the worker's to see). Three statements: the page, the count, the readers'
   * names.
   *
   * @throws NotVisibleException for anyone but the worker themself and the steward
   */
  public Page<ReadView> readsOf(Caller caller, String username, int offset, int limit) {
    if (username == null || !policy.maySeeReadsOf(caller, username)) {
      throw new NotVisibleException("person");
    }
    int pageLimit = Page.checkedLimit(offset, limit);
    List<String> actions =
        List.of(AuditAction.REFLECTIONS_READ.name(), AuditAction.EVIDENCE_READ.name());
    String subject = AuditLog.person(username.strip().toLowerCase(Locale.ROOT));
    List<AuditEntry> entries =
        em.createQuery(
                "select e from AuditEntry e where e.subject = :subject and e.action in :actions"
                    + " order by e.atUtc desc, e.id desc",
                AuditEntry.class)
            .setParameter("subject", subject)
            .setParameter("actions", actions)
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList();
    long total =
        em.createQuery(
                "select count(e) from AuditEntry e where e.subject = :subject"
                    + " and e.action in :actions",
                Long.class)
            .setParameter("subject", subject)
            .setParameter("actions", actions)
            .getSingleResult();
    Map<String, String> names = new java.util.HashMap<>();
    List<String> readers = entries.stream().map(AuditEntry::getActor).distinct().toList();
    if (!readers.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select p.username, p.displayName from Person p where p.username in :readers",
                  Object[].class)
              .setParameter("readers", readers)
              .getResultList()) {
        names.put(((String) row[0]).toLowerCase(Locale.ROOT), (String) row[1]);
      }
    }
    List<ReadView> items =
        entries.stream()
            .map(
                e ->
                    new ReadView(
                        e.getAt(),
                        e.getActor(),
                        names.get(e.getActor()),
                        AuditAction.EVIDENCE_READ.name().equals(e.getAction())
                            ? "EVIDENCE"
                            : "REFLECTIONS",
                        e.getDetail()))
            .toList();
    return new Page<>(items, total, offset, pageLimit);
  }

  private static AuditEntryView view(AuditEntry entry) {
    return new AuditEntryView(
        entry.getId(),
        entry.getAt(),
        entry.getActor(),
        entry.getAction(),
        entry.getSubject(),
        entry.getDetail());
  }
}
