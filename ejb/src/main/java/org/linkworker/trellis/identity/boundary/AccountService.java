package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.control.PasswordPolicy;
import org.linkworker.trellis.identity.control.TokenSecrets;
import org.linkworker.trellis.identity.entity.AccessToken;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * Signing in and the caller's own credentials: passwords, personal access tokens. Every sign-in,
 * failure and lockout is audited. Messages never reveal whether a username exists.
 */
@Stateless
public class AccountService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject VerifiedCredentials verified;

  // One per pooled instance: each holds its own SecureRandom, so instances never contend.
  PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();
  private final TokenSecrets secrets = new TokenSecrets();

  /**
   * Checks a username and password (web form or HTTP Basic). Counts failures: the fifth within 15
   * minutes locks the account for 15 minutes, during which even the right password is refused. A
   * verified credential is remembered for a few minutes (keyed so that a password change or a
   * deactivation ends it at once), so API clients do not pay the full hash on every request.
   *
   * <p>Every refusal costs one password hash, whatever its reason (no such username, deactivated,
   * locked, wrong password), so its timing gives away nothing either. A sign-in answered from
   * memory reads the account once (to see that it is still active and not locked) and is not
   * audited again: the log records verifications, not every API request.
   *
   * @param origin where the attempt came from (remote address), for the audit log
   * @return the caller, or empty when refused for any reason
   */
  public Optional<Caller> signIn(String username, String password, String origin) {
    Instant now = clock.instant();
    String name = Person.normaliseUsername(username);
    if (name == null || name.isEmpty() || password == null || password.isEmpty()) {
      hasher.spendOneVerification();
      return refused(name, "no username or no password", origin);
    }
    Optional<AccountState> found = accountState(name);
    if (found.isEmpty()) {
      hasher.spendOneVerification();
      return refused(name, "no such username", origin);
    }
    AccountState account = found.get();
    if (!account.active()) {
      hasher.spendOneVerification();
      return refused(name, "account deactivated", origin);
    }
    if (Person.isLockedAt(account.lockedUntil(), now)) {
      // The password is not looked at: a guess made during a lockout learns nothing.
      hasher.spendOneVerification();
      return refused(name, "account locked", origin);
    }
    if (verified.remembers(name, account.credentialStamp(), password, now)) {
      return Optional.of(account.caller());
    }
    if (!hasher.verify(password, account.passwordHash())) {
      countFailure(account, origin, now);
      return Optional.empty();
    }
    if (account.hasFailuresToForget() || hasher.isWeakerThanCurrent(account.passwordHash())) {
      // Locked like a failure is, so that sign-ins arriving together wait rather than collide.
      Person person = em.find(Person.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
      person.recordSignIn();
      if (hasher.isWeakerThanCurrent(account.passwordHash())) {
        person.upgradePasswordHash(hasher.hash(password));
      }
    }
    audit.record(name, AuditAction.SIGN_IN, AuditLog.person(name), from(origin));
    verified.remember(name, account.credentialStamp(), password, now);
    return Optional.of(account.caller());
  }

  private Optional<Caller> refused(String name, String reason, String origin) {
    String detail = origin == null || origin.isBlank() ? reason : reason + ", from " + origin;
    audit.record(name, AuditAction.SIGN_IN_FAILED, null, detail);
    return Optional.empty();
  }

  /**
   * Counts a wrong password. The row is locked first, so that failures arriving together are all
   * counted rather than one overwriting another.
   */
  private void countFailure(AccountState account, String origin, Instant now) {
    Person person = em.find(Person.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
    boolean lockedNow = person.recordFailedSignIn(now);
    refused(account.username(), "wrong password", origin);
    if (lockedNow) {
      audit.record(
          account.username(),
          AuditAction.LOCKED_OUT,
          AuditLog.person(account.username()),
          "after "
              + Person.MAX_FAILED_SIGN_INS
              + " failed sign-ins; locked until "
              + person.getLockedUntil().orElseThrow());
    }
  }

  private static String from(String origin) {
    return origin == null || origin.isBlank() ? null : "from " + origin;
  }

  private Optional<AccountState> accountState(String username) {
    return AccountState.of(
        em.createNamedQuery(Person.SIGN_IN_STATE, Object[].class)
            .setParameter("username", username)
            .getResultList());
  }

  /**
   * The caller for a bearer token's secret, or empty when unknown, revoked, expired or inactive.
   */
  public Optional<Caller> signInWithToken(String secret) {
    if (secret == null || !secret.startsWith(TokenSecrets.PREFIX)) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createNamedQuery(AccessToken.SIGN_IN_STATE, Object[].class)
            .setParameter("secretHash", TokenSecrets.hash(secret))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    boolean active = (Boolean) first[4];
    Instant expiresAt = Person.instant((LocalDateTime) first[5]);
    Instant revokedAt = Person.instant((LocalDateTime) first[6]);
    // A lockout guards the password against guessing; a token proves itself, so it still works.
    if (!active || !AccessToken.isUsable(expiresAt, revokedAt, clock.instant())) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object[] row : rows) {
      if (row[7] != null) {
        roles.add((Role) row[7]);
      }
    }
    return Optional.of(new Caller((String) first[1], (String) first[2], roles, (String) first[3]));
  }

  /**
   * The caller a web session belongs to, re-read for each request so that a deactivation takes
   * effect at once; empty when the account is gone or inactive.
   */
  public Optional<Caller> findActiveCaller(String username) {
    String name = Person.normaliseUsername(username);
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    return accountState(name).filter(AccountState::active).map(AccountState::caller);
  }

  /** Records a sign-out in the audit log. */
  public void signedOut(Caller caller) {
    audit.record(caller.username(), AuditAction.SIGN_OUT, AuditLog.person(caller.username()), null);
  }

  /**
   * Changes the caller's own password.
   *
   * @throws org.linkworker.trellis.platform.InvalidInputException field {@code currentPassword}
   *     when the current password is wrong, field {@code newPassword} when the new one is shorter
   *     than 12 characters, equals the username or is a common password
   */
  public void changePassword(Caller caller, String currentPassword, String newPassword) {
    Person person = activePerson(caller);
    Map<String, String> errors = new LinkedHashMap<>();
    boolean currentIsRight =
        currentPassword != null
            && !currentPassword.isEmpty()
            && hasher.verify(currentPassword, person.getPasswordHash());
    if (!currentIsRight) {
      errors.put("currentPassword", Messages.format("identity.current_password_wrong"));
    }
    Optional<String> problem = policy.problem(person.getUsername(), newPassword);
    if (problem.isPresent()) {
      errors.put("newPassword", problem.get());
    } else if (currentIsRight && newPassword.equals(currentPassword)) {
      errors.put("newPassword", Messages.format("identity.password_unchanged"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    person.changePassword(hasher.hash(newPassword));
    audit.record(
        caller.username(),
        AuditAction.PASSWORD_CHANGED,
        AuditLog.person(person.getUsername()),
        null);
  }

  /** Issues a personal access token for the caller, valid for {@code days} days (1 to 365). */
  public IssuedToken issueToken(
      Caller caller,
      @NotBlank(message = "{accessToken.name.required}")
          @Size(max = Lengths.TOKEN_NAME, message = "{accessToken.name.size}")
          @SingleLine
          String name,
      @Min(value = 1, message = "{accessToken.days.min}")
          @Max(value = AccessToken.MAX_DAYS, message = "{accessToken.days.max}")
          int days) {
    String tokenName = name.strip();
    Person owner = activePerson(caller);
    Instant now = clock.instant();
    String secret = secrets.newSecret();
    AccessToken token =
        new AccessToken(
            owner, tokenName, TokenSecrets.hash(secret), now, now.plus(Duration.ofDays(days)));
    em.persist(token);
    audit.record(
        caller.username(),
        AuditAction.TOKEN_ISSUED,
        AuditLog.token(token.getId()),
        "\"" + tokenName + "\", expires " + token.getExpiresAt().atOffset(ZoneOffset.UTC));
    return new IssuedToken(view(token), secret);
  }

  /** The caller's own tokens, newest first. */
  public List<TokenView> tokens(Caller caller) {
    Person owner = activePerson(caller);
    return em
        .createNamedQuery(AccessToken.FIND_BY_OWNER, AccessToken.class)
        .setParameter("owner", owner)
        .getResultList()
        .stream()
        .map(AccountService::view)
        .toList();
  }

  /** Revokes one of the caller's own tokens; another person's token is not visible. */
  public void revokeToken(Caller caller, String tokenId) {
    AccessToken token =
        em.createNamedQuery(AccessToken.FIND_OWN, AccessToken.class)
            .setParameter("id", tokenId)
            .setParameter("username", caller.username())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("token"));
    if (token.revoke(clock.instant())) {
      audit.record(
          caller.username(),
          AuditAction.TOKEN_REVOKED,
          AuditLog.token(token.getId()),
          "\"" + token.getName() + "\"");
    }
  }

  private Person activePerson(Caller caller) {
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", caller.username())
        .getResultStream()
        .filter(Person::isActive)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  private static TokenView view(AccessToken token) {
    return new TokenView(
        token.getId(),
        token.getName(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getRevokedAt());
  }
}
