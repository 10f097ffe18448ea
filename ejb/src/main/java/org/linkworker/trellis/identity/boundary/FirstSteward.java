package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.control.PasswordPolicy;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;

/**
 * Creates the first steward of a fresh installation from the {@value #USER_VARIABLE} and {@value
 * #PASSWORD_VARIABLE} environment variables (read by {@link FirstStewardStartup}), so an operator
 * can sign in and create everything else. Once an account of that name exists, nothing happens: the
 * variables never overwrite an account, and can stay set.
 *
 * <p>An account of that name that the variables do not describe (another password, or no steward
 * role: the demo data set's {@code steward}, say) is left as it is too, but with a warning in the
 * log, because the operator who set the variables expects to sign in with them and cannot.
 */
@Stateless
public class FirstSteward {

  public static final String USER_VARIABLE = "TRELLIS_STEWARD_USER";
  public static final String PASSWORD_VARIABLE = "TRELLIS_STEWARD_PASSWORD";

  private static final System.Logger LOG = System.getLogger(FirstSteward.class.getName());

  /** What {@link #create} did. */
  public enum Outcome {
    /** The steward account now exists. */
    CREATED,
    /**
     * An account of that username was already there, a steward with that password (the variables'
     * own account, from an earlier start), and is left as it is.
     */
    ALREADY_PRESENT,
    /**
     * An account of that username was already there, but not a steward with that password: it is
     * left as it is, no steward is created, and the log says so.
     */
    NAME_TAKEN,
    /** One of the variables is not set: there is nothing to do. */
    NOT_CONFIGURED,
    /** The username is malformed or the password too weak; the log says which. */
    REFUSED
  }

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AuditLog audit;

  PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();

  /**
   * Creates a steward (role STEWARD, no organisation) unless an account of that username exists.
   * The username and password are never logged.
   *
   * @param username the value of {@value #USER_VARIABLE}, or null
   * @param password the value of {@value #PASSWORD_VARIABLE}, or null
   */
  public Outcome create(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Outcome.NOT_CONFIGURED;
    }
    String name = Person.normaliseUsername(username);
    if (!Person.isWellFormedUsername(name) || AuditEntry.SYSTEM.equals(name)) {
      LOG.log(
          Level.ERROR,
          "No steward created: {0} must be 3 to 60 characters of a-z, 0-9, '.', '_' and '-'",
          USER_VARIABLE);
      return Outcome.REFUSED;
    }
    Optional<Person> existing =
        em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return leaveAsItIs(existing.get(), password);
    }
    Optional<String> weak = policy.problem(name, password);
    if (weak.isPresent()) {
      LOG.log(
          Level.ERROR, "No steward created: {0} is refused: {1}", PASSWORD_VARIABLE, weak.get());
      return Outcome.REFUSED;
    }
    Person steward =
        Person.create(name, "Steward", null, Set.of(Role.STEWARD), hasher.hash(password));
    em.persist(steward);
    audit.record(
        AuditEntry.SYSTEM,
        AuditAction.PERSON_ADDED,
        AuditLog.person(name),
        "roles " + steward.getRoles() + ", the first steward, from " + USER_VARIABLE);
    LOG.log(Level.INFO, "Created the steward account named by {0}", USER_VARIABLE);
    return Outcome.CREATED;
  }

  // Checking the password costs one hash (a fraction of a second) once per start; it is what tells
  // the operator's own account, kept from an earlier start, from a name someone else already owns.
  private Outcome leaveAsItIs(Person account, String password) {
    boolean theirs =
        account.isActive()
            && account.has(Role.STEWARD)
            && hasher.verify(password, account.getPasswordHash());
    if (theirs) {
      LOG.log(Level.DEBUG, "The steward named by {0} exists; left as it is", USER_VARIABLE);
      return Outcome.ALREADY_PRESENT;
    }
    LOG.log(
        Level.WARNING,
        "No steward created: the username in {0} is already taken by an account that is not an"
            + " active steward with the password in {1} (such as \"steward\" from the demo"
            + " data set). That account is left as it is, and the variables are ignored: choose"
            + " another username, or start on an empty database with TRELLIS_DEMO=false.",
        USER_VARIABLE,
        PASSWORD_VARIABLE);
    return Outcome.NAME_TAKEN;
  }
}
