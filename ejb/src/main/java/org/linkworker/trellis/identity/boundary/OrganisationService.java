package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
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
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.control.PasswordPolicy;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Lengths;
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
 * Organisations and their people. The steward manages organisations and anyone's account; an
 * employer manages the people of its own organisation. Every change is audited. Every method asks
 * the {@link AccessPolicy} first.
 *
 * <p>Refusals follow API.md: what the caller may not see is not there ({@link NotVisibleException},
 * 404, the same as for something that does not exist); what they may see but not change is refused
 * ({@link AccessDeniedException}, 403). Bad input is an {@link InvalidInputException} naming the
 * fields: {@code name}, {@code kind}, {@code username}, {@code displayName}, {@code password},
 * {@code roles}, {@code stage}, {@code supervisor}.
 */
@Stateless
public class OrganisationService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject FrameworkService frameworks;

  PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy passwords = new PasswordPolicy();

  /** Creates an organisation (steward only, else AccessDeniedException). */
  public OrganisationView create(Caller caller, NewOrganisation organisation) {
    if (!policy.mayManageOrganisations(caller)) {
      throw new AccessDeniedException("identity.organisations_steward_only");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String name = text(organisation == null ? null : organisation.name());
    if (name.isEmpty()) {
      errors.put("name", Messages.format("identity.organisation_name_required"));
    } else if (name.length() > Lengths.ORGANISATION_NAME) {
      errors.put(
          "name",
          Messages.format("identity.organisation_name_too_long", Lengths.ORGANISATION_NAME));
    }
    if (organisation == null || organisation.kind() == null) {
      errors.put("kind", Messages.format("identity.organisation_kind_required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Organisation created = Organisation.create(name, organisation.kind());
    em.persist(created);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.ORGANISATION_CREATED,
        AuditLog.organisation(created.getId()),
        "name " + quoted(name) + ", kind " + created.getKind());
    return view(created);
  }

  /** The organisations the caller may see: all for the steward, else their own. */
  public List<OrganisationView> list(Caller caller) {
    if (policy.mayManageOrganisations(caller)) {
      return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList().stream()
          .map(OrganisationService::view)
          .toList();
    }
    return find(caller, caller.organisationId()).stream().toList();
  }

  /** One organisation, or empty when it does not exist or the caller may not see it. */
  public Optional<OrganisationView> find(Caller caller, String organisationId) {
    return visibleOrganisation(caller, organisationId).map(OrganisationService::view);
  }

  private Optional<Organisation> visibleOrganisation(Caller caller, String organisationId) {
    if (organisationId == null || !policy.maySeeOrganisation(caller, organisationId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Organisation.class, organisationId));
  }

  /** The organisation, when the caller may see it and manage its people. */
  private Organisation managedOrganisation(Caller caller, String organisationId) {
    Organisation organisation =
        visibleOrganisation(caller, organisationId)
            .orElseThrow(() -> new NotVisibleException("organisation"));
    if (!policy.mayManagePeopleOf(caller, organisationId)) {
      throw new AccessDeniedException("identity.may_not_manage_people");
    }
    return organisation;
  }

  /**
   * Adds a person to an organisation (its employer or the steward). Throws NotVisibleException when
   * the caller may not see the organisation, AccessDeniedException when they may see it but not
   * manage its people, InvalidInputException naming the fields.
   *
   * <p>A link worker given no stage starts at the current framework's first stage (or has none
   * while no framework is current).
   */
  public PersonView addPerson(Caller caller, String organisationId, NewPerson person) {
    Organisation organisation = managedOrganisation(caller, organisationId);
    NewPerson given = person == null ? new NewPerson(null, null, null, null, null, null) : person;
    Map<String, String> errors = new LinkedHashMap<>();
    String username = Person.normaliseUsername(given.username());
    if (username == null || username.isEmpty()) {
      errors.put("username", Messages.format("identity.username_required"));
    } else if (!Person.isWellFormedUsername(username)) {
      errors.put(
          "username",
          Messages.format("identity.username_form", Lengths.USERNAME_MIN, Lengths.USERNAME));
    } else if (usernameTaken(username)) {
      errors.put("username", Messages.format("identity.username_taken"));
    }
    String displayName = checkDisplayName(given.displayName(), errors);
    passwords.problem(username, given.password()).ifPresent(p -> errors.put("password", p));
    Set<Role> roles = checkRoles(given.roles(), organisation, errors);
    boolean linkWorker = roles != null && roles.contains(Role.LINK_WORKER);
    CurrentStages stages = new CurrentStages(frameworks);
    String stage = null;
    if (!isBlank(given.stage())) {
      stage = checkStage(given.stage(), linkWorker, roles != null, stages, errors);
    } else if (linkWorker) {
      stage = stages.first().orElse(null);
    }
    Person supervisor =
        isBlank(given.supervisor())
            ? null
            : checkSupervisor(
                given.supervisor(), linkWorker, roles != null, organisation, null, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    Person added =
        Person.create(username, displayName, organisation, roles, hasher.hash(given.password()));
    if (stage != null) {
      added.placeAtStage(stage);
    }
    if (supervisor != null) {
      added.assignSupervisor(supervisor);
    }
    em.persist(added);
    em.flush();
    audit.record(
        caller.username(), AuditAction.PERSON_ADDED, AuditLog.person(username), describe(added));
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
    return findByUsername(username).map(OrganisationService::view).filter(v -> maySee(caller, v));
  }

  private boolean maySee(Caller caller, PersonView person) {
    return policy.maySeePerson(caller, person);
  }

  /**
   * Changes a person (their employer or the steward); a stale version is refused. A person who
   * stops being a link worker loses their stage and supervisor; one who becomes a link worker
   * without a stage given starts at the current framework's first stage. A blank supervisor removes
   * the supervisor; a blank stage is refused for a link worker.
   */
  public PersonView updatePerson(Caller caller, String username, PersonChange change) {
    Person person = managedPerson(caller, username);
    if (change.version() != person.getLockVersion()) {
      throw new StaleVersionException("person");
    }
    PersonView before = view(person);
    Map<String, String> errors = new LinkedHashMap<>();
    String displayName =
        change.displayName() == null ? null : checkDisplayName(change.displayName(), errors);
    Set<Role> roles =
        change.roles() == null
            ? person.getRoles()
            : checkRoles(change.roles(), person.getOrganisation(), errors);
    if (roles != null
        && person.has(Role.SUPERVISOR)
        && !roles.contains(Role.SUPERVISOR)
        && supervisedCount(person) > 0) {
      errors.put("roles", Messages.format("identity.still_supervising", person.getUsername()));
    }
    boolean linkWorker = roles != null && roles.contains(Role.LINK_WORKER);
    CurrentStages stages = new CurrentStages(frameworks);
    String stage = null;
    if (change.stage() != null) {
      stage =
          isBlank(change.stage())
              ? requireNoStage(linkWorker, errors)
              : checkStage(change.stage(), linkWorker, roles != null, stages, errors);
    } else if (linkWorker && !person.has(Role.LINK_WORKER)) {
      stage = stages.first().orElse(null);
    }
    Person supervisor = null;
    boolean supervisorGiven = change.supervisor() != null && !isBlank(change.supervisor());
    if (supervisorGiven) {
      supervisor =
          checkSupervisor(
              change.supervisor(),
              linkWorker,
              roles != null,
              person.getOrganisation(),
              person,
              errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }

    if (displayName != null) {
      person.rename(displayName);
    }
    person.assignRoles(roles);
    if (linkWorker && stage != null) {
      person.placeAtStage(stage);
    }
    if (linkWorker && change.supervisor() != null) {
      person.assignSupervisor(supervisor);
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

  private String requireNoStage(boolean linkWorker, Map<String, String> errors) {
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

  /** The caller's own account. */
  public PersonView me(Caller caller) {
    return findByUsername(caller.username())
        .map(OrganisationService::view)
        .orElseThrow(() -> new NotVisibleException("person"));
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

  /** The person, when the caller may see them and manage their account. */
  private Person managedPerson(Caller caller, String username) {
    Person person = findByUsername(username).orElseThrow(() -> new NotVisibleException("person"));
    PersonView seen = view(person);
    if (!maySee(caller, seen)) {
      throw new NotVisibleException("person");
    }
    if (!policy.mayManagePerson(caller, seen)) {
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

  private static String checkDisplayName(String given, Map<String, String> errors) {
    String name = text(given);
    if (name.isEmpty()) {
      errors.put("displayName", Messages.format("identity.display_name_required"));
    } else if (name.length() > Lengths.DISPLAY_NAME) {
      errors.put(
          "displayName", Messages.format("identity.display_name_too_long", Lengths.DISPLAY_NAME));
    }
    return name;
  }

  /** The roles, or null (with an error on {@code roles}) when they will not do. */
  private static Set<Role> checkRoles(
      Set<Role> requested, Organisation organisation, Map<String, String> errors) {
    if (requested == null || requested.isEmpty()) {
      errors.put("roles", Messages.format("identity.roles_required"));
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : requested) {
      if (role == null) {
        errors.put("roles", Messages.format("identity.roles_required"));
        return null;
      }
      if (!Person.admits(organisation, role)) {
        errors.put(
            "roles",
            organisation == null
                ? Messages.format("identity.roles_without_organisation")
                : Messages.format("identity.role_unsuitable", organisation.getName(), role));
        return null;
      }
      roles.add(role);
    }
    return roles;
  }

  /**
   * A stage code as the framework spells it, or null with an error on {@code stage}.
   *
   * @param rolesKnown whether the roles were valid (if not, whether this is a link worker is moot)
   */
  private static String checkStage(
      String given,
      boolean linkWorker,
      boolean rolesKnown,
      CurrentStages stages,
      Map<String, String> errors) {
    if (!linkWorker) {
      if (rolesKnown) {
        errors.put("stage", Messages.format("identity.stage_only_link_workers"));
      }
      return null;
    }
    Optional<String> stage = stages.find(given);
    if (stage.isEmpty()) {
      errors.put(
          "stage",
          stages.codes().isEmpty()
              ? Messages.format("identity.stage_no_framework")
              : Messages.format(
                  "identity.stage_unknown", given.strip(), String.join(", ", stages.codes())));
      return null;
    }
    return stage.get();
  }

  /**
   * The supervisor named, or null with an error on {@code supervisor}: an active person with the
   * SUPERVISOR role in the same organisation, and not the person themselves. Whether there is such
   * a person elsewhere is not said.
   */
  private Person checkSupervisor(
      String given,
      boolean linkWorker,
      boolean rolesKnown,
      Organisation organisation,
      Person subject,
      Map<String, String> errors) {
    if (!linkWorker) {
      if (rolesKnown) {
        errors.put("supervisor", Messages.format("identity.supervisor_only_link_workers"));
      }
      return null;
    }
    Optional<Person> found =
        findByUsername(given)
            .filter(Person::canSupervise)
            .filter(
                s ->
                    s.getOrganisation() != null
                        && s.getOrganisation().getId().equals(organisation.getId()))
            .filter(s -> subject == null || !s.getId().equals(subject.getId()));
    if (found.isEmpty()) {
      errors.put("supervisor", Messages.format("identity.supervisor_unknown", given.strip()));
      return null;
    }
    return found.get();
  }

  /** What changed between two views of a person, in words; empty when nothing did. */
  private static String differences(PersonView before, PersonView after) {
    List<String> changes = new ArrayList<>();
    change(changes, "displayName", quoted(before.displayName()), quoted(after.displayName()));
    change(changes, "roles", before.roles().toString(), after.roles().toString());
    change(changes, "stage", orNone(before.stage()), orNone(after.stage()));
    change(changes, "supervisor", orNone(before.supervisor()), orNone(after.supervisor()));
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
        + quoted(view.organisationName())
        + ", displayName "
        + quoted(view.displayName())
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

  private static String quoted(String value) {
    return value == null ? "none" : "\"" + value + "\"";
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  static OrganisationView view(Organisation organisation) {
    return new OrganisationView(
        organisation.getId(),
        organisation.getName(),
        organisation.getKind(),
        organisation.getLockVersion());
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
        person.getLockVersion());
  }
}
