package org.linkworker.trellis.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A person's account: who they are, which organisation they belong to, the roles they hold, and for
 * a link worker their career stage and supervisor. It also keeps what signing in needs: the
 * password hash, the failed attempts that lead to a lockout, and a credential stamp, a random value
 * renewed whenever a credential stops being good (a new password, a deactivation, a reactivation),
 * so that anything remembered about the old credential no longer matches.
 *
 * <p>A deactivated person cannot sign in but keeps the account and everything recorded against it.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.FIND_BY_USERNAME,
    query = "select p from Person p where p.username = :username")
// With who a report's reader is checked against (organisation, supervisor) in the same statement.
@NamedQuery(
    name = Person.FIND_BY_USERNAME_WITH_LINKS,
    query =
        "select p from Person p left join fetch p.organisation left join fetch p.supervisor"
            + " where p.username = :username")
@NamedQuery(
    name = Person.COUNT_BY_USERNAME,
    query = "select count(p) from Person p where p.username = :username")
@NamedQuery(
    name = Person.STAGE_OF,
    query = "select p.stageCode from Person p where p.username = :username")
@NamedQuery(
    name = Person.SIGN_IN_STATE,
    query =
        "select p.id, p.username, p.displayName, o.id, p.active, p.lockedUntilUtc,"
            + " p.credentialStamp, p.passwordHash, p.failedSignIns, r from Person p"
            + " left join p.organisation o"
            + " left join p.roles r where p.username = :username")
@NamedQuery(
    name = Person.PAGE_IN_ORGANISATION,
    query =
        "select p.id, p.username, p.displayName, p.stageCode, s.username, p.active,"
            + " p.lockVersion from Person p left join p.supervisor s"
            + " where p.organisation = :organisation order by p.displayName, p.username")
@NamedQuery(
    name = Person.COUNT_IN_ORGANISATION,
    query = "select count(p) from Person p where p.organisation = :organisation")
@NamedQuery(
    name = Person.ROLES_OF,
    query = "select p.id, r from Person p join p.roles r where p.id in :ids")
@NamedQuery(
    name = Person.COUNT_SUPERVISED_BY,
    query = "select count(p) from Person p where p.supervisor = :supervisor and p.active = true")
public class Person {

  public static final String FIND_BY_USERNAME = "Person.findByUsername";
  public static final String FIND_BY_USERNAME_WITH_LINKS = "Person.findByUsernameWithLinks";
  public static final String COUNT_BY_USERNAME = "Person.countByUsername";

  /** The career stage's code of one person, by username (null for no stage). */
  public static final String STAGE_OF = "Person.stageOf";

  /**
   * Everything signing in reads, in one statement and without loading the entity: one row per role
   * of {@code :username} (id, username, display name, organisation id, active, locked until,
   * credential stamp, password hash, failed sign-ins, role).
   */
  public static final String SIGN_IN_STATE = "Person.signInState";

  /**
   * The people of {@code :organisation} by display name, without loading the entities: id,
   * username, display name, stage code, supervisor's username, active, version. Page it.
   */
  public static final String PAGE_IN_ORGANISATION = "Person.pageInOrganisation";

  public static final String COUNT_IN_ORGANISATION = "Person.countInOrganisation";

  /** (person id, role) pairs of the people whose ids are {@code :ids}. */
  public static final String ROLES_OF = "Person.rolesOf";

  /** How many active people {@code :supervisor} supervises. */
  public static final String COUNT_SUPERVISED_BY = "Person.countSupervisedBy";

  /**
   * The characters of a username: lower case, so that names differing only in case are the same
   * name. Its length is {@link Lengths#USERNAME_MIN} to {@link Lengths#USERNAME}.
   */
  public static final String USERNAME_PATTERN = "[a-z0-9._-]*";

  /**
   * What an email address must look like beyond Bean Validation's own check: a dot in the domain,
   * so that a typing slip such as {@code alex@nhs} is caught.
   */
  public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  /** Failed sign-ins, within {@link #FAILURE_WINDOW} of the first, that lock the account. */
  public static final int MAX_FAILED_SIGN_INS = 5;

  /** The window in which failed sign-ins are counted towards a lockout. */
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

  /** How long a lockout lasts. */
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  private static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile(USERNAME_PATTERN);

  @Id
  @Size(max = Lengths.IDENTIFIER, message = "{person.id.size}")
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotBlank(message = "{person.username.required}")
  @Size(min = Lengths.USERNAME_MIN, max = Lengths.USERNAME, message = "{person.username.size}")
  @Pattern(regexp = USERNAME_PATTERN, message = "{person.username.pattern}")
  @Column(name = "username", nullable = false, updatable = false, length = Lengths.USERNAME)
  private String username;

  @NotBlank(message = "{person.displayName.required}")
  @Size(max = Lengths.DISPLAY_NAME, message = "{person.displayName.size}")
  @SingleLine
  @Column(name = "display_name", nullable = false, length = Lengths.DISPLAY_NAME)
  private String displayName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @NotEmpty(message = "{person.roles.required}")
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = Lengths.ENUM)
  private Set<Role> roles = new HashSet<>();

  @Size(max = Lengths.STAGE_CODE, message = "{person.stageCode.size}")
  @SingleLine
  @Column(name = "stage_code", length = Lengths.STAGE_CODE)
  private String stageCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervisor_id")
  private Person supervisor;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  /** Where reminders are emailed; none means they are shown in the application only. */
  @Size(max = Lengths.EMAIL, message = "{person.email.size}")
  @Email(message = "{person.email.invalid}")
  @Pattern(regexp = EMAIL_PATTERN, message = "{person.email.invalid}")
  @Column(name = "email", length = Lengths.EMAIL)
  private String email;

  /** Whether the person wants reminders by email as well (on unless they turn it off). */
  @Column(name = "email_reminders", nullable = false)
  private boolean emailReminders = true;

  @NotBlank(message = "{person.passwordHash.required}")
  @Size(max = Lengths.PASSWORD_HASH, message = "{person.passwordHash.size}")
  @Column(name = "password_hash", nullable = false, length = Lengths.PASSWORD_HASH)
  private String passwordHash;

  @NotBlank(message = "{person.credentialStamp.required}")
  @Size(max = Lengths.CREDENTIAL_STAMP, message = "{person.credentialStamp.size}")
  @Column(name = "credential_stamp", nullable = false, length = Lengths.CREDENTIAL_STAMP)
  private String credentialStamp;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  // Times are kept as UTC wall time: TIMESTAMP has no zone on Derby, and an Instant is not a JPA
  // 3.1 type.
  @Column(name = "first_failure_utc")
  private LocalDateTime firstFailureUtc;

  @Column(name = "locked_until_utc")
  private LocalDateTime lockedUntilUtc;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Person() {}

  /**
   * A new, active account.
   *
   * @param id a lower-case UUID: fixed for data-set people, random for new ones
   * @param username already normalised (see {@link #normaliseUsername}) and well-formed
   * @param organisation the person's organisation, or null for the steward
   * @param roles at least one, each admitted by the organisation (only {@link Role#STEWARD} without
   *     one)
   * @param passwordHash the hash of the first password, never the password
   * @throws InvalidInputException on {@code username} when it is not well-formed, on {@code roles}
   *     when there are none or one does not suit the organisation
   */
  public Person(
      String id,
      String username,
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      String passwordHash) {
    if (!isWellFormedUsername(username)) {
      throw InvalidInputException.of(
          "username", "identity.username_form", Lengths.USERNAME_MIN, Lengths.USERNAME);
    }
    this.id = Objects.requireNonNull(id, "id");
    this.username = username;
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.organisation = organisation;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.credentialStamp = newStamp();
    assignRoles(roles);
  }

  /** A new account with a random identifier. */
  public static Person create(
      String username,
      String displayName,
      Organisation organisation,
      Set<Role> roles,
      String passwordHash) {
    return new Person(
        UUID.randomUUID().toString(), username, displayName, organisation, roles, passwordHash);
  }

  /** A username as it is stored and compared: trimmed and in lower case; null stays null. */
  public static String normaliseUsername(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether an (already normalised) username has the allowed form. */
  public static boolean isWellFormedUsername(String username) {
    return username != null
        && username.length() >= Lengths.USERNAME_MIN
        && username.length() <= Lengths.USERNAME
        && USERNAME.matcher(username).matches();
  }

  /** Whether a person of {@code organisation} (null: of none) may hold the role. */
  public static boolean admits(Organisation organisation, Role role) {
    return organisation == null ? role == Role.STEWARD : organisation.admits(role);
  }

  /** Gives the address reminders are emailed to, or none (null). */
  public void changeEmail(String newEmail) {
    this.email = newEmail;
  }

  /** Turns reminders by email on or off; notifications in the application stay. */
  public void chooseEmailReminders(boolean wanted) {
    this.emailReminders = wanted;
  }

  public void rename(String newDisplayName) {
    this.displayName = Objects.requireNonNull(newDisplayName, "displayName");
  }

  /**
   * Replaces the roles. Someone who is no longer a link worker has no career stage and no
   * supervisor.
   *
   * @throws InvalidInputException on {@code roles} when there are none, or one does not suit the
   *     organisation
   */
  public void assignRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty() || newRoles.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of("roles", "identity.roles_required");
    }
    for (Role role : newRoles) {
      if (!admits(organisation, role)) {
        throw organisation == null
            ? InvalidInputException.of("roles", "identity.roles_without_organisation")
            : InvalidInputException.of(
                "roles", "identity.role_unsuitable", organisation.getName(), role);
      }
    }
    // Only what differs is touched, so an unchanged set of roles writes nothing.
    roles.retainAll(newRoles);
    roles.addAll(newRoles);
    if (!roles.contains(Role.LINK_WORKER)) {
      stageCode = null;
      supervisor = null;
    }
  }

  /**
   * Places a link worker at a career stage of a current framework, which makes it their framework
   * (the caller checks the code).
   *
   * @throws InvalidInputException on {@code stage} when the person is not a link worker
   */
  public void placeAtStage(String newStageCode) {
    requireLinkWorker("stage", "identity.stage_only_link_workers");
    this.stageCode = Objects.requireNonNull(newStageCode, "stageCode");
  }

  /**
   * Gives a link worker a supervisor, or none.
   *
   * @throws InvalidInputException on {@code supervisor} when the person is not a link worker, or
   *     the supervisor is this person, not an active supervisor, or of another organisation
   */
  public void assignSupervisor(Person newSupervisor) {
    requireLinkWorker("supervisor", "identity.supervisor_only_link_workers");
    if (newSupervisor != null) {
      if (newSupervisor == this || newSupervisor.id.equals(id)) {
        throw InvalidInputException.of("supervisor", "identity.supervisor_self");
      }
      boolean sameOrganisation =
          organisation != null
              && newSupervisor.organisation != null
              && organisation.getId().equals(newSupervisor.organisation.getId());
      if (!newSupervisor.canSupervise() || !sameOrganisation) {
        // Whether there is such a person elsewhere is not said.
        throw InvalidInputException.of(
            "supervisor", "identity.supervisor_unknown", newSupervisor.username);
      }
    }
    this.supervisor = newSupervisor;
  }

  private void requireLinkWorker(String field, String key) {
    if (!roles.contains(Role.LINK_WORKER)) {
      throw InvalidInputException.of(field, key);
    }
  }

  /** Whether this person can be given link workers to supervise. */
  public boolean canSupervise() {
    return active && roles.contains(Role.SUPERVISOR);
  }

  /**
   * Sets a new password (its hash). The credential stamp changes, so a credential remembered for
   * the old password no longer matches.
   */
  public void changePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
    this.credentialStamp = newStamp();
  }

  /**
   * Stores a stronger hash of the same password (more iterations than it was made with); nothing
   * remembered about the password stops being true, so the stamp stays.
   */
  public void upgradePasswordHash(String strongerHash) {
    this.passwordHash = Objects.requireNonNull(strongerHash, "passwordHash");
  }

  /**
   * The person can no longer sign in; their account and records stay.
   *
   * @return whether anything changed (false when already inactive)
   */
  public boolean deactivate() {
    if (!active) {
      return false;
    }
    active = false;
    credentialStamp = newStamp();
    return true;
  }

  /**
   * The person can sign in again, with a clean slate of failed attempts.
   *
   * @return whether anything changed (false when already active)
   */
  public boolean reactivate() {
    if (active) {
      return false;
    }
    active = true;
    credentialStamp = newStamp();
    clearFailures();
    return true;
  }

  /**
   * Counts a sign-in with a wrong password. The {@value #MAX_FAILED_SIGN_INS}th failure less than
   * {@link #FAILURE_WINDOW} after the first locks the account for {@link #LOCKOUT}; a failure after
   * the window starts a new count. Failures while locked are not counted (they are refused before
   * the password is looked at).
   *
   * @return whether this failure locked the account
   */
  public boolean recordFailedSignIn(Instant now) {
    if (isLocked(now)) {
      return false;
    }
    Instant first = instant(firstFailureUtc);
    if (first == null || !now.isBefore(first.plus(FAILURE_WINDOW))) {
      failedSignIns = 1;
      firstFailureUtc = utc(now);
    } else {
      failedSignIns++;
    }
    if (failedSignIns >= MAX_FAILED_SIGN_INS) {
      lockedUntilUtc = utc(now.plus(LOCKOUT));
      failedSignIns = 0;
      firstFailureUtc = null;
      return true;
    }
    return false;
  }

  /**
   * A sign-in succeeded: earlier failures no longer count.
   *
   * @return whether anything changed (false when there was nothing to forget)
   */
  public boolean recordSignIn() {
    if (failedSignIns == 0 && firstFailureUtc == null && lockedUntilUtc == null) {
      return false;
    }
    clearFailures();
    return true;
  }

  private void clearFailures() {
    failedSignIns = 0;
    firstFailureUtc = null;
    lockedUntilUtc = null;
  }

  /** Whether sign-ins are refused at {@code now} because of too many failures. */
  public boolean isLocked(Instant now) {
    return isLockedAt(instant(lockedUntilUtc), now);
  }

  /** The lockout rule, for a locked-until time read without the entity. */
  public static boolean isLockedAt(Instant lockedUntil, Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** A stored UTC wall time as an instant; null stays null. */
  public static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private static LocalDateTime utc(Instant instant) {
    // Milliseconds: what every supported database keeps exactly.
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  private static String newStamp() {
    return UUID.randomUUID().toString();
  }

  public String getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public boolean wantsEmailReminders() {
    return emailReminders;
  }

  /** The person's organisation, or null (the steward belongs to none). */
  public Organisation getOrganisation() {
    return organisation;
  }

  /** The roles, in their declared order. */
  public Set<Role> getRoles() {
    Set<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(roles);
    return Collections.unmodifiableSet(copy);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The code of a link worker's current career stage, or null. */
  public String getStageCode() {
    return stageCode;
  }

  /** A link worker's supervisor, or null. */
  public Person getSupervisor() {
    return supervisor;
  }

  public boolean isActive() {
    return active;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getCredentialStamp() {
    return credentialStamp;
  }

  /** Failed sign-ins counted in the current window. */
  public int getFailedSignIns() {
    return failedSignIns;
  }

  /** Until when sign-ins are refused, if a lockout was ever set. */
  public Optional<Instant> getLockedUntil() {
    return Optional.ofNullable(instant(lockedUntilUtc));
  }

  public long getLockVersion() {
    return lockVersion;
  }

  @Override
  public String toString() {
    // The identifier only: usernames and names are personal data and stay out of logs.
    return "Person[" + id + "]";
  }
}
