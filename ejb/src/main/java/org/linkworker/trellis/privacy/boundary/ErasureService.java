package org.linkworker.trellis.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.EvidenceRevision;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.privacy.entity.ErasureRequest;
import org.linkworker.trellis.privacy.entity.ErasureStatus;

/**
 * Erasure on request (UK GDPR article 17), in two hands: the person's employer confirms that the
 * person asked ({@link #confirm}), and the steward erases ({@link #erase}). Erasing deletes the
 * person's account, entries with their reflections and claims, evidence rows and files,
 * assessments, supervision records, declarations, imports, notifications, scheme choices, reminders
 * sent and access tokens; what must stay for other people's records or for counts (a gap-report
 * snapshot's row, another worker's entry they verified, the audit log) keeps a pseudonym instead of
 * their name. Aggregates stay as they were: a snapshot's counts are not recounted.
 *
 * <p>This class is the one list of every place a person's data lies; {@code ErasureServiceTest}
 * scans every column of every table after an erasure and fails on anything left that names them.
 */
@Stateless
public class ErasureService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject EvidenceService evidence;

  @Inject Clock clock;

  /** Statements deleting what is the person's alone, in an order the foreign keys allow. */
  private static final List<String> DELETIONS =
      List.of(
          "delete from notification where recipient_id = ?",
          "delete from notification where subject_id in"
              + " (select id from cpd_entry where owner_id = ?)",
          "delete from evidence_file where entry_id in"
              + " (select id from cpd_entry where owner_id = ?)",
          "delete from cpd_claim where entry_id in (select id from cpd_entry where owner_id = ?)",
          "delete from cpd_entry where owner_id = ?",
          "delete from assessment where owner_id = ?",
          "delete from supervision_record where owner_id = ?",
          "delete from declaration where owner_id = ?",
          "delete from file_import_error where import_id in"
              + " (select id from file_import where owner_id = ?)",
          "delete from file_import where owner_id = ?",
          "delete from scheme_member where person_id = ?",
          "delete from sent_reminder where person_id = ?",
          "delete from access_token where person_id = ?",
          "update person set supervisor_id = null where supervisor_id = ?",
          "delete from person_role where person_id = ?",
          "delete from person where id = ?");

  /**
   * Where the person's username stays in other people's records (they verified, assessed,
   * supervised, uploaded, started a job): the pseudonym takes its place. Each statement takes the
   * pseudonym, then the username.
   */
  private static final List<String> USERNAME_REPLACEMENTS =
      List.of(
          "update cpd_entry set decided_by = ? where decided_by = ?",
          "update assessment set assessed_by = ? where assessed_by = ?",
          "update supervision_record set supervisor = ? where supervisor = ?",
          "update supervision_record set recorded_by = ? where recorded_by = ?",
          "update evidence_file set uploaded_by = ? where uploaded_by = ?",
          "update file_import set started_by = ? where started_by = ?",
          "update gap_snapshot set started_by = ? where started_by = ?",
          "update audit_entry set actor = ? where actor = ?");

  /**
   * An employer confirms that one of their people asked for their data to be erased.
   *
   * @throws NotVisibleException when there is no such person or the caller may not see them
   * @throws AccessDeniedException when the caller is not the person's employer (or is the person)
   * @throws StateConflictException when a confirmed request for the person is waiting already
   * @throws InvalidInputException field {@code reason} when longer than {@value
   *     ErasureRequest#REASON} characters
   */
  public ErasureView confirm(Caller caller, String username, String reason) {
    Person person = person(username).orElseThrow(() -> new NotVisibleException("person"));
    Owner owner = owner(person);
    // Whoever confirms (the employer) sees the organisation's requests: anyone who cannot is told
    // nothing of the person.
    if (!policy.maySeeErasuresOf(caller, owner.organisationId())) {
      throw new NotVisibleException("person");
    }
    if (!policy.mayConfirmErasure(caller, owner)) {
      throw new AccessDeniedException("privacy.confirm_employer_only");
    }
    String given = reason == null || reason.isBlank() ? null : reason.strip();
    if (given != null && given.length() > ErasureRequest.REASON) {
      throw InvalidInputException.of("reason", "privacy.reason_too_long", ErasureRequest.REASON);
    }
    if (open(person.getId()).isPresent()) {
      throw new StateConflictException("privacy.erasure_waiting", person.getUsername());
    }
    ErasureRequest request =
        ErasureRequest.confirmed(
            person.getId(),
            person.getUsername(),
            person.getDisplayName(),
            owner.organisationId(),
            given,
            caller.username(),
            clock.instant());
    em.persist(request);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.ERASURE_CONFIRMED,
        AuditLog.person(person.getUsername()),
        "request " + request.getId());
    return view(request);
  }

  /**
   * The requests the caller may see (all for the steward, their organisation's for an employer),
   * newest first, narrowed to one status when given.
   *
   * @throws AccessDeniedException for anyone else
   */
  public Page<ErasureView> list(Caller caller, ErasureStatus status, int offset, int limit) {
    if (!policy.maySeeErasuresOf(caller, caller.organisationId())) {
      throw new AccessDeniedException("privacy.erasures_hidden");
    }
    int pageLimit = Page.checkedLimit(offset, limit);
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!caller.has(Role.STEWARD)) {
      conditions.add("r.organisationId = :organisation");
      parameters.put("organisation", caller.organisationId());
    }
    if (status != null) {
      conditions.add("r.status = :status");
      parameters.put("status", status);
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<ErasureRequest> page =
        em.createQuery(
            "select r from ErasureRequest r" + where + " order by r.confirmedUtc desc, r.id",
            ErasureRequest.class);
    TypedQuery<Long> count =
        em.createQuery("select count(r) from ErasureRequest r" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<ErasureView> items =
        page.setFirstResult(offset).setMaxResults(pageLimit).getResultList().stream()
            .map(ErasureService::view)
            .toList();
    return new Page<>(items, count.getSingleResult(), offset, pageLimit);
  }

  /** One request, when the caller may see it. */
  public Optional<ErasureView> find(Caller caller, String id) {
    return visible(caller, id).map(ErasureService::view);
  }

  /**
   * Withdraws a request the steward has not acted on (its employer or the steward).
   *
   * @throws NotVisibleException when the caller may not see it
   * @throws StateConflictException when it is erased or withdrawn already
   */
  public ErasureView withdraw(Caller caller, String id) {
    ErasureRequest request = visible(caller, id).orElseThrow(() -> notVisible());
    if (request.getStatus() != ErasureStatus.CONFIRMED) {
      throw new StateConflictException("privacy.erasure_not_waiting", request.getStatus());
    }
    request.withdraw();
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.ERASURE_WITHDRAWN,
        AuditLog.person(request.getUsername()),
        "request " + request.getId());
    return view(request);
  }

  /**
   * The steward erases the person of a confirmed request, in one transaction: everything of theirs
   * goes or keeps only the pseudonym, the evidence files are deleted once that commits, and the
   * audit log records the erasure under the pseudonym.
   *
   * @throws NotVisibleException when the request is not there (or the caller may not see it)
   * @throws AccessDeniedException when the caller is not the steward
   * @throws StateConflictException when the request is not waiting, or the person still supervises
   *     active link workers (their employer gives them another supervisor first)
   */
  public ErasureView erase(Caller caller, String id) {
    ErasureRequest request = visible(caller, id).orElseThrow(() -> notVisible());
    if (!policy.mayErase(caller)) {
      throw new AccessDeniedException("privacy.erase_steward_only");
    }
    if (request.getStatus() != ErasureStatus.CONFIRMED) {
      throw new StateConflictException("privacy.erasure_not_waiting", request.getStatus());
    }
    Person person = em.find(Person.class, request.getPersonId());
    if (person == null) {
      throw new StateConflictException("privacy.erasure_person_gone", request.getUsername());
    }
    long supervised =
        em.createNamedQuery(Person.COUNT_SUPERVISED_BY, Long.class)
            .setParameter("supervisor", person)
            .getSingleResult();
    if (supervised > 0) {
      throw new StateConflictException(
          "privacy.erasure_supervises", person.getDisplayName(), supervised);
    }
    String personId = person.getId();
    String username = person.getUsername();
    String displayName = person.getDisplayName();
    String organisationId =
        person.getOrganisation() == null ? null : person.getOrganisation().getId();
    String pseudonym = request.pseudonym();
    em.flush();
    em.detach(person);

    int files = evidence.deleteFilesOnCommit(personId);
    int rows = 0;
    Connection connection = em.unwrap(Connection.class);
    try {
      rows +=
          update(
              connection,
              "update notification set actor_name = ? where actor_name = ? and subject_id in"
                  + " (select id from cpd_entry where decided_by = ?)",
              pseudonym,
              displayName,
              username);
      for (String replacement : USERNAME_REPLACEMENTS) {
        rows += update(connection, replacement, pseudonym, username);
      }
      rows +=
          update(
              connection,
              "update gap_snapshot_worker set person_id = ?, username = ?, display_name = ?"
                  + " where person_id = ?",
              pseudonym,
              pseudonym,
              pseudonym,
              personId);
      rows +=
          update(
              connection,
              "update audit_entry set subject = ? where subject = ?",
              AuditLog.person(pseudonym),
              AuditLog.person(username));
      rows += forgetInAuditDetails(connection, username, displayName, pseudonym);
      // Earlier requests for the same person (withdrawn ones) name them too.
      rows +=
          update(
              connection,
              "update erasure_request set person_id = ?, username = ?, display_name = ?,"
                  + " reason = null where person_id = ? and id <> ?",
              pseudonym,
              pseudonym,
              pseudonym,
              personId,
              request.getId());
      for (String deletion : DELETIONS) {
        rows += update(connection, deletion, personId);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The erasure could not be completed", e);
    }
    EvidenceRevision.advance(em, organisationId);
    em.getEntityManagerFactory().getCache().evictAll();
    request.erased(caller.username(), clock.instant(), rows, files);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.PERSON_ERASED,
        AuditLog.person(pseudonym),
        "request " + request.getId() + ": " + rows + " rows, " + files + " evidence files");
    return view(request);
  }

  /**
   * Audit lines about other things may name the person in their detail (an account changed, a
   * supervisor named): the name gives way to the pseudonym there too. Few rows, rewritten one by
   * one (the database has no portable text replacement).
   */
  private static int forgetInAuditDetails(
      Connection connection, String username, String displayName, String pseudonym)
      throws SQLException {
    Map<Long, String> rewritten = new LinkedHashMap<>();
    try (PreparedStatement find =
        connection.prepareStatement(
            "select id, detail from audit_entry where detail like ? or detail like ?")) {
      find.setString(1, "%" + username + "%");
      find.setString(2, "%" + displayName + "%");
      try (ResultSet row = find.executeQuery()) {
        while (row.next()) {
          rewritten.put(
              row.getLong(1),
              row.getString(2).replace(username, pseudonym).replace(displayName, pseudonym));
        }
      }
    }
    if (rewritten.isEmpty()) {
      return 0;
    }
    try (PreparedStatement update =
        connection.prepareStatement("update audit_entry set detail = ? where id = ?")) {
      for (Map.Entry<Long, String> entry : rewritten.entrySet()) {
        update.setString(1, entry.getValue());
        update.setLong(2, entry.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    return rewritten.size();
  }

  private static int update(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }

  private Optional<ErasureRequest> visible(Caller caller, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ErasureRequest.class, id))
        .filter(r -> policy.maySeeErasuresOf(caller, r.getOrganisationId()));
  }

  private Optional<ErasureRequest> open(String personId) {
    return em.createNamedQuery(ErasureRequest.OPEN_FOR, ErasureRequest.class)
        .setParameter("person", personId)
        .setParameter("status", ErasureStatus.CONFIRMED)
        .getResultStream()
        .findFirst();
  }

  private Optional<Person> person(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Person.FIND_BY_USERNAME_WITH_LINKS, Person.class)
        .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }

  private static NotVisibleException notVisible() {
    return new NotVisibleException("erasure");
  }

  private static ErasureView view(ErasureRequest r) {
    return new ErasureView(
        r.getId(),
        r.getUsername(),
        r.getDisplayName(),
        r.getOrganisationId(),
        r.getStatus().name(),
        r.getReason(),
        r.getConfirmedBy(),
        r.getConfirmedAt(),
        r.getErasedBy(),
        r.getErasedAt(),
        r.getErasedRows(),
        r.getErasedFiles());
  }
}
