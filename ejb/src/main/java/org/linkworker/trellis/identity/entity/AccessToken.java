package org.linkworker.trellis.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A personal access token: a bearer credential its owner issued for an API client. Only the SHA-256
 * of its secret is kept; the secret itself was shown once. It works until it expires or is revoked,
 * and only while its owner is active.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
    name = AccessToken.FIND_BY_OWNER,
    query = "select t from AccessToken t where t.owner = :owner order by t.createdUtc desc, t.id")
@NamedQuery(
    name = AccessToken.FIND_OWN,
    query = "select t from AccessToken t where t.id = :id and t.owner.username = :username")
// The joins are written out in FROM (access_token first) rather than the inner one in WHERE: Derby
// otherwise joins every person to their roles before it looks at the one token (≈ 13 ms a request
// with 13,000 people; 0.2 ms this way).
@NamedQuery(
    name = AccessToken.SIGN_IN_STATE,
    query =
        "select p.id, p.username, p.displayName, o.id, p.active, t.expiresUtc, t.revokedUtc, r"
            + " from AccessToken t join t.owner p left join p.organisation o"
            + " left join p.roles r where t.secretHash = :secretHash",
    hints = @QueryHint(name = "eclipselink.inner-join-in-where-clause", value = "false"))
public class AccessToken {

  public static final String FIND_BY_OWNER = "AccessToken.findByOwner";

  /** The token {@code :id} if it belongs to {@code :username}. */
  public static final String FIND_OWN = "AccessToken.findOwn";

  /**
   * What signing in with a secret reads, in one statement: one row per role of the owner (owner id,
   * username, display name, organisation id, active, expires, revoked, role).
   */
  public static final String SIGN_IN_STATE = "AccessToken.signInState";

  /** The longest a token may be issued for. */
  public static final int MAX_DAYS = 365;

  @Id
  @Size(max = Lengths.IDENTIFIER, message = "{accessToken.id.size}")
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull(message = "{accessToken.owner.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person owner;

  @NotBlank(message = "{accessToken.name.required}")
  @Size(max = Lengths.TOKEN_NAME, message = "{accessToken.name.size}")
  @SingleLine
  @Column(name = "name", nullable = false, updatable = false, length = Lengths.TOKEN_NAME)
  private String name;

  @NotBlank(message = "{accessToken.secretHash.required}")
  @Size(max = Lengths.SECRET_HASH, message = "{accessToken.secretHash.size}")
  @Column(name = "secret_hash", nullable = false, updatable = false, length = Lengths.SECRET_HASH)
  private String secretHash;

  @NotNull(message = "{accessToken.createdAt.required}")
  @Column(name = "created_utc", nullable = false, updatable = false)
  private LocalDateTime createdUtc;

  @NotNull(message = "{accessToken.expiresAt.required}")
  @Column(name = "expires_utc", nullable = false, updatable = false)
  private LocalDateTime expiresUtc;

  @Column(name = "revoked_utc")
  private LocalDateTime revokedUtc;

  protected AccessToken() {}

  /**
   * @param secretHash the SHA-256 of the secret in lower-case hexadecimal, never the secret
   */
  public AccessToken(
      Person owner, String name, String secretHash, Instant createdAt, Instant expiresAt) {
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A token expires after it is created");
    }
    this.id = UUID.randomUUID().toString();
    this.owner = Objects.requireNonNull(owner, "owner");
    this.name = Objects.requireNonNull(name, "name");
    this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    this.createdUtc = utc(createdAt);
    this.expiresUtc = utc(expiresAt);
  }

  /**
   * Stops the token working from {@code now}.
   *
   * @return whether anything changed (false when it was already revoked)
   */
  public boolean revoke(Instant now) {
    if (revokedUtc != null) {
      return false;
    }
    revokedUtc = utc(now);
    return true;
  }

  /** Whether the token is good at {@code now}, as far as the token itself goes. */
  public boolean isUsable(Instant now) {
    return isUsable(getExpiresAt(), getRevokedAt(), now);
  }

  /** The token rule, for times read without the entity. */
  public static boolean isUsable(Instant expiresAt, Instant revokedAt, Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
  }

  public Person getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public Instant getCreatedAt() {
    return Person.instant(createdUtc);
  }

  public Instant getExpiresAt() {
    return Person.instant(expiresUtc);
  }

  /** When it was revoked, or null. */
  public Instant getRevokedAt() {
    return Person.instant(revokedUtc);
  }

  @Override
  public String toString() {
    return "AccessToken[" + id + "]";
  }
}
