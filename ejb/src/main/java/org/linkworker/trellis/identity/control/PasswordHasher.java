package org.linkworker.trellis.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 at {@value #ITERATIONS} iterations (set
 * here on purpose: the platform's own defaults are far lower), a random {@value #SALT_BYTES}-byte
 * salt per hash and a {@value #KEY_BITS}-bit key.
 *
 * <p>A hash is stored in a self-describing form, {@code pbkdf2-sha256$600000$<salt>$<key>} (salt
 * and key in standard Base64), so a hash made with another iteration count still verifies, and can
 * be recognised as weaker and replaced at the next sign-in. Thread-safe.
 */
public final class PasswordHasher {

  /** The first part of every stored hash. */
  public static final String SCHEME = "pbkdf2-sha256";

  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
  public static final int ITERATIONS = 600_000;

  public static final int SALT_BYTES = 16;
  public static final int KEY_BITS = 256;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String SEPARATOR = "$";

  // A stored count beyond this is corrupt, not strong: refuse it rather than spin for minutes.
  private static final int MAX_ITERATIONS = 10_000_000;

  private static final byte[] NO_SALT = new byte[SALT_BYTES];

  private final SecureRandom random = new SecureRandom();
  private final AtomicLong derivations = new AtomicLong();
  private final int iterations;

  /** Hashes at {@value #ITERATIONS} iterations, as the server does. */
  public PasswordHasher() {
    this(ITERATIONS);
  }

  /**
   * Hashes at another count: for tests, which check what is done with hashes rather than what one
   * costs. (Its hashes name their count, so any hasher verifies them, and the server's finds them
   * weaker than its own.)
   */
  public PasswordHasher(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations between 1 and " + MAX_ITERATIONS);
    }
    this.iterations = iterations;
  }

  /** The stored form, taken apart. */
  public record StoredHash(String scheme, int iterations, byte[] salt, byte[] key) {}

  /** A new hash of the password, with a fresh salt. */
  public String hash(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("An empty password cannot be hashed");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BITS);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        SEPARATOR,
        SCHEME,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(key));
  }

  /**
   * Whether the password is the one the stored hash was made from. Compares in constant time. A
   * malformed stored hash verifies nothing, but costs the same as a real check.
   */
  public boolean verify(String password, String stored) {
    Optional<StoredHash> parsed = parse(stored);
    if (parsed.isEmpty() || password == null || password.isEmpty()) {
      spendOneVerification();
      return false;
    }
    StoredHash hash = parsed.get();
    byte[] key = derive(password, hash.salt(), hash.iterations(), hash.key().length * 8);
    return MessageDigest.isEqual(key, hash.key());
  }

  /**
   * Costs what one verification costs and checks nothing: for a sign-in with an unknown username,
   * so that how long a refusal takes does not reveal whether the name exists.
   */
  public void spendOneVerification() {
    derive("no such password", NO_SALT, iterations, KEY_BITS);
  }

  /** Whether the stored hash is weaker than what {@link #hash} makes now, and worth replacing. */
  public boolean isWeakerThanCurrent(String stored) {
    return parse(stored).map(h -> h.iterations() < iterations).orElse(false);
  }

  /** How many keys this hasher has derived: a sign-in answered from memory derives none. */
  public long derivations() {
    return derivations.get();
  }

  /** The parts of a stored hash, or empty when it is not in the form {@link #hash} writes. */
  public static Optional<StoredHash> parse(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
      return Optional.empty();
    }
    int iterations = Integer.parseInt(parts[1]);
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] key = Base64.getDecoder().decode(parts[3]);
      if (iterations > MAX_ITERATIONS || salt.length == 0 || key.length < 16) {
        return Optional.empty();
      }
      return Optional.of(new StoredHash(parts[0], iterations, salt, key));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private byte[] derive(String password, byte[] salt, int iterations, int keyBits) {
    char[] characters = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(characters, salt, iterations, keyBits);
    try {
      derivations.incrementAndGet();
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide PBKDF2WithHmacSHA256.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(characters, '\0');
    }
  }
}
