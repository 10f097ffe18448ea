package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.control.PasswordPolicy;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;

/**
 * The people of organisations: an employer adds, lists, changes, deactivates and reactivates the
 * people of its own organisation; the steward anyone's. Every change is audited; every method asks
 * the {@link AccessPolicy} first.
 *
 * <p>Refusals follow API.md: what the caller may not see is not there ({@link NotVisibleException},
 * 404); what they may see but not change is refused ({@link AccessDeniedException}, 403). Input is
 * checked in one style: what a field says about itself by the constraints of {@link NewPerson} and
 * {@link PersonChange} ({@code ConstraintViolationException}); the rules that need the database,
 * the framework or another field (a username already taken, the password policy, a role the
 * organisation cannot hold, a stage, a supervisor) by one {@link InvalidInputException} naming each
 * field: {@code username}, {@code password}, {@code roles}, {@code stage}, {@code supervisor}. The
 * rules that hold for every person whoever changes them live on {@link Person}.
 */
@Stateless
public class PeopleService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject CurrentFrameworks frameworks;

  PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy passwords = new PasswordPolicy();

  /**
   * Adds a person to an organisation (its employer or the steward). A link worker given no stage
   * starts at the first stage of the organisation's framework (the one most of its link workers are
   * on; the default framework for an organisation with none), or has none while no framework is
   * current.
   */
  public PersonView addPerson(
      Caller caller,
      String organisationId,
      @NotNull(message = "{person.username.required}") @Valid NewPerson person) {
    Organisation organisation = managedOrganisation(caller, organisationId);
    Map<String, String> errors = new LinkedHashMap<>();
    if (usernameTaken(person.username())) {
      errors.put("username", Messages.format("identity.username_taken"));
    }
    passwords
        .problem(person.username(), person.password())
        .ifPresent(p -> errors.put("password", p));
    boolean linkWorker = person.roles().contains(Role.LINK_WORKER);
    CurrentStages stages = new CurrentStages(frameworks);
    String stage = null;
    if (person.stage() != null) {
      stage = checkStage(person.stage(), linkWorker, stages, errors);
    } else if (linkWorker) {
      stage = stages.first(workersByStage(organisation.getId())).orElse(null);
    }
    Person supervisor =
        person.supervisor() == null
            ? null
            : checkSupervisor(person.supervisor(), linkWorker, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    Person added =
        Person.create(
            person.username(),
            person.displayName(),
            organisation,
            person.roles(),
            hasher.hash(person.password()));
    if (stage != null) {
      added.placeAtStage(stage);
    }
    if (supervisor != null) {
      added.assignSupervisor(supervisor);
    }
    added.changeEmail(person.email());
    em.persist(added);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.PERSON_ADDED,
        AuditLog.person(added.getUsername()),
        describe(added));
    return view(added);
  }

  /**
   * The organisation's people, ordered by display name, paged (its employer or the steward). Reads
   * in a fixed number of statements however long the page: the page, its people's roles and the
   * count.
   */
  public Page<PersonView> people(Caller caller, String organisationId, int offset, int limit) {
    Organisation organisation = managedOrganisation(caller, organisationId);
    int pageLimit = Page.checkedLimit(offset, limit);
    List<Object[]> rows =
        em.createNamedQuery(Person.PAGE_IN_ORGANISATION, Object[].class)
            .setParameter("organisation", organisation)
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList();
    long total =
        em.createNamedQuery(Person.COUNT_IN_ORGANISATION, Long.class)
            .setParameter("organisation", organisation)
            .getSingleResult();
    Map<String, Set<Role>> roles = rolesOf(rows.stream().map(row -> (String) row[0]).toList());
    List<PersonView> items =
        rows.stream()
            .map(
                row ->
                    new PersonView(
                        (String) row[1],
                        (String) row[2],
                        Collections.unmodifiableSet(
                            roles.getOrDefault((String) row[0], EnumSet.noneOf(Role.class))),
                        organisation.getId(),
                        organisation.getName(),
                        (String) row[3],
                        (String) row[4],
                        (Boolean) row[5],
                        ((Number) row[6]).longValue()))
            .toList();
    return new Page<>(items, total, offset, pageLimit);
  }

  private Map<String, Set<Role>> rolesOf(List<String> personIds) {
    Map<String, Set<Role>> roles = new HashMap<>();
    if (personIds.isEmpty()) {
      return roles;
    }
    // A page is at most Page.MAX_LIMIT people: one IN list of that size is fine for Derby.
    for (Object[] row :
        em.createNamedQuery(Person.ROLES_OF, Object[].class)
            .setParameter("ids", personIds)
            .getResultList()) {
      roles.computeIfAbsent((String) row[0], id -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
    }
    return roles;
  }

  /** One person, when the caller may see them (see AccessPolicy). */
  public Optional<PersonView> findPerson(Caller caller, String username) {
    return findByUsername(username).map(PeopleService::view).filter(v -> maySee(caller, v));
  }

  private boolean maySee(Caller caller, PersonView person) {
    return policy.maySeePerson(caller, Owner.of(person));
  }

  /**
   * Changes a person (their employer or the steward); a stale version is refused. A person who
   * stops being a link worker loses their stage and supervisor; one who becomes a link worker
   * without a stage given starts at the first stage of their organisation's framework. A blank
   * supervisor removes the supervisor; a blank stage is refused for a link worker.
   */
  public PersonView updatePerson(
      Caller caller, String username, @NotNull @Valid PersonChange change) {
    Person person = managedPerson(caller, username);
    if (change.version() != person.getLockVersion()) {
      throw new StaleVersionException("person");
    }
    PersonView before = view(person);
    Set<Role> roles = change.roles() == null ? person.getRoles() : change.roles();
    Map<String, String> errors = new LinkedHashMap<>();
    if (person.has(Role.SUPERVISOR)
        && !roles.contains(Role.SUPERVISOR)
        && supervisedCount(person) > 0) {
      errors.put("roles", Messages.format("identity.still_supervising", person.getUsername()));
    }
    boolean linkWorker = roles.contains(Role.LINK_WORKER);
    CurrentStages stages = new CurrentStages(frameworks);
    String stage = null;
    if (change.stage() != null) {
      stage =
          change.stage().isEmpty()
              ? requireNoStage(linkWorker, errors)
              : checkStage(change.stage(), linkWorker, stages, errors);
    } else if (linkWorker && !person.has(Role.LINK_WORKER)) {
      stage =
          stages
              .first(
                  person.getOrganisation() == null
                      ? Map.of()
                      : workersByStage(person.getOrganisation().getId()))
              .orElse(null);
    }
    Person supervisor = null;
    if (change.supervisor() != null && !change.supervisor().isEmpty()) {
      supervisor = checkSupervisor(change.supervisor(), linkWorker, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    if (change.displayName() != null) {
      person.rename(change.displayName());
    }
    person.assignRoles(roles);
    if (linkWorker && stage != null) {
      person.placeAtStage(stage);
    }
    if (linkWorker && change.supervisor() != null) {
      person.assignSupervisor(supervisor);
    }
    if (change.email() != null) {
      person.changeEmail(change.email().isEmpty() ? null : change.email());
    }
    if (change.emailReminders() != null) {
      person.chooseEmailReminders(change.emailReminders());
    }
    PersonView after = view(person);
    String changes = differences(before, after);
    if (changes.isEmpty()) {
      return before;
    }
    flushChecked();
    audit.record(
        caller.username(),
        AuditAction.PERSON_CHANGED,
        AuditLog.person(person.getUsername()),
        changes);
    return view(person);
  }

  private static String requireNoStage(boolean linkWorker, Map<String, String> errors) {
    if (linkWorker) {
      errors.put("stage", Messages.format("identity.stage_required"));
    }
    return null;
  }

  /** Deactivates a person: they can no longer sign in, and keep their records. */
  public PersonView deactivate(Caller caller, String username) {
    Person person = managedPerson(caller, username);
    if (person.getUsername().equals(caller.username())) {
      throw new AccessDeniedException("identity.not_yourself");
    }
    if (person.deactivate()) {
      flushChecked();
      audit.record(
          caller.username(),
          AuditAction.PERSON_DEACTIVATED,
          AuditLog.person(person.getUsername()),
          null);
    }
    return view(person);
  }

  /** Reactivates a deactivated person. */
  public PersonView reactivate(Caller caller, String username) {
    Person person = managedPerson(caller, username);
    if (person.reactivate()) {
      flushChecked();
      audit.record(
          caller.username(),
          AuditAction.PERSON_REACTIVATED,
          AuditLog.person(person.getUsername()),
          null);
    }
    return view(person);
  }

  /** Where the caller's reminders are emailed, and whether they want them by email. */
  public ReminderSettings reminderSettings(Caller caller) {
    Person person =
        findByUsername(caller.username()).orElseThrow(() -> new NotVisibleException("person"));
    return new ReminderSettings(person.getEmail(), person.wantsEmailReminders());
  }

  /**
   * The caller changes their own email address (blank: none) and whether they want reminders by
   * email; null leaves each as it is.
   */
  public ReminderSettings changeReminderSettings(
      Caller caller, @NotNull @Valid ReminderSettingsChange change) {
    Person person =
        findByUsername(caller.username()).orElseThrow(() -> new NotVisibleException("person"));
    PersonView before = view(person);
    if (change.email() != null) {
      person.changeEmail(change.email().isEmpty() ? null : change.email());
    }
    if (change.emailReminders() != null) {
      person.chooseEmailReminders(change.emailReminders());
    }
    String changes = differences(before, view(person));
    if (!changes.isEmpty()) {
      flushChecked();
      audit.record(
          caller.username(),
          AuditAction.PERSON_CHANGED,
          AuditLog.person(person.getUsername()),
          changes);
    }
    return new ReminderSettings(person.getEmail(), person.wantsEmailReminders());
  }

  /** The caller's own account. */
  public PersonView me(Caller caller) {
    return findByUsername(caller.username())
        .map(PeopleService::view)
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  /**
   * The caller's career stage, read alone (every page's layout asks it to find the caller's
   * framework, where {@link #me} would read their organisation, roles and supervisor as well);
   * empty for no stage.
   */
  public Optional<String> stageOf(Caller caller) {
    return em.createNamedQuery(Person.STAGE_OF, String.class)
        .setParameter("username", Person.normaliseUsername(caller.username()))
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private Optional<Person> findByUsername(String username) {
    String name = Person.normaliseUsername(username);
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", name)
        .getResultStream()
        .findFirst();
  }

  /** The organisation, when the caller may see it and manage its people. */
  /** How many of an organisation's active link workers are at each stage. One statement. */
  private Map<String, Long> workersByStage(String organisationId) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select p.stageCode, count(p) from Person p where p.organisation.id ="
                    + " :organisation and p.active = true and p.stageCode is not null"
                    + " group by p.stageCode",
                Object[].class)
            .setParameter("organisation", organisationId)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private Organisation managedOrganisation(Caller caller, String organisationId) {
    Organisation organisation =
        OrganisationService.visible(em, policy, caller, organisationId)
            .orElseThrow(() -> new NotVisibleException("organisation"));
    if (!policy.mayManagePeopleOf(caller, organisationId)) {
      throw new AccessDeniedException("identity.may_not_manage_people");
    }
    return organisation;
  }

  /** The person, when the caller may see them and manage their account. */
  private Person managedPerson(Caller caller, String username) {
    Person person = findByUsername(username).orElseThrow(() -> new NotVisibleException("person"));
    PersonView seen = view(person);
    if (!maySee(caller, seen)) {
      throw new NotVisibleException("person");
    }
    if (!policy.mayManagePerson(caller, Owner.of(seen))) {
      throw new AccessDeniedException("identity.may_not_manage_person");
    }
    return person;
  }

  private void flushChecked() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException("person");
    }
  }

  private boolean usernameTaken(String username) {
    // The audit log's name for the system must never also be a person's.
    if (AuditEntry.SYSTEM.equals(username)) {
      return true;
    }
    return em.createNamedQuery(Person.COUNT_BY_USERNAME, Long.class)
            .setParameter("username", username)
            .getSingleResult()
        > 0;
  }

  private long supervisedCount(Person supervisor) {
    return em.createNamedQuery(Person.COUNT_SUPERVISED_BY, Long.class)
        .setParameter("supervisor", supervisor)
        .getSingleResult();
  }

  /** A stage code as its framework spells it, or null with an error on {@code stage}. */
  private static String checkStage(
      String given, boolean linkWorker, CurrentStages stages, Map<String, String> errors) {
    if (!linkWorker) {
      errors.put("stage", Messages.format("identity.stage_only_link_workers"));
      return null;
    }
    Optional<String> stage = stages.find(given);
    if (stage.isEmpty()) {
      List<String> codes = stages.codes();
      errors.put(
          "stage",
          codes.isEmpty()
              ? Messages.format("identity.stage_no_framework")
              : Messages.format("identity.stage_unknown", given, String.join(", ", codes)));
      return null;
    }
    return stage.get();
  }

  /**
   * The supervisor named, or null with an error on {@code supervisor} when there is no such person
   * or the subject is not a link worker. Whether they may supervise in this organisation is {@link
   * Person#assignSupervisor}'s rule.
   */
  private Person checkSupervisor(String given, boolean linkWorker, Map<String, String> errors) {
    if (!linkWorker) {
      errors.put("supervisor", Messages.format("identity.supervisor_only_link_workers"));
      return null;
    }
    Optional<Person> found = findByUsername(given);
    if (found.isEmpty()) {
      errors.put("supervisor", Messages.format("identity.supervisor_unknown", given));
      return null;
    }
    return found.get();
  }

  /** What changed between two views of a person, in words; empty when nothing did. */
  private static String differences(PersonView before, PersonView after) {
    List<String> changes = new ArrayList<>();
    change(
        changes,
        "displayName",
        AuditLog.quoted(before.displayName()),
        AuditLog.quoted(after.displayName()));
    change(changes, "roles", before.roles().toString(), after.roles().toString());
    change(changes, "stage", orNone(before.stage()), orNone(after.stage()));
    change(changes, "supervisor", orNone(before.supervisor()), orNone(after.supervisor()));
    change(changes, "email", orNone(before.email()), orNone(after.email()));
    change(
        changes,
        "emailReminders",
        Boolean.toString(before.emailReminders()),
        Boolean.toString(after.emailReminders()));
    return String.join("; ", changes);
  }

  private static void change(List<String> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(field + " " + before + " → " + after);
    }
  }

  private static String describe(Person person) {
    PersonView view = view(person);
    return "organisation "
        + AuditLog.quoted(view.organisationName())
        + ", displayName "
        + AuditLog.quoted(view.displayName())
        + ", roles "
        + view.roles()
        + ", stage "
        + orNone(view.stage())
        + ", supervisor "
        + orNone(view.supervisor());
  }

  private static String orNone(String value) {
    return value == null ? "none" : value;
  }

  static PersonView view(Person person) {
    Organisation organisation = person.getOrganisation();
    Person supervisor = person.getSupervisor();
    return new PersonView(
        person.getUsername(),
        person.getDisplayName(),
        person.getRoles(),
        organisation == null ? null : organisation.getId(),
        organisation == null ? null : organisation.getName(),
        person.getStageCode(),
        supervisor == null ? null : supervisor.getUsername(),
        person.isActive(),
        person.getLockVersion(),
        person.getEmail(),
        person.wantsEmailReminders());
  }
}
