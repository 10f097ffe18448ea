package org.linkworker.trellis.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password were verified, so that an API client
 * sending HTTP Basic on every request pays the slow password hash once rather than every time.
 *
 * <p>An entry is keyed by the username, the account's credential stamp and the password offered.
 * The stamp changes when the password changes and when the account is deactivated or reactivated,
 * so from then on no remembered entry can match: the change takes effect at once, with nothing to
 * evict. The key is an HMAC under a random key held only in memory, so neither the map nor a heap
 * dump holds a fast, unsalted hash of anyone's password.
 *
 * <p>Bounded: beyond its capacity the oldest entry goes. Thread-safe.
 */
public final class CredentialCache {

  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
  public static final int DEFAULT_CAPACITY = 10_000;

  private static final String MAC = "HmacSHA256";

  private final int capacity;
  private final Duration timeToLive;
  private final Mac mac;

  // In insertion order, which is also expiry order: every entry lives equally long.
  private final LinkedHashMap<String, Instant> expiries;

  public CredentialCache() {
    this(DEFAULT_CAPACITY, DEFAULT_TIME_TO_LIVE);
  }

  public CredentialCache(int capacity, Duration timeToLive) {
    if (capacity < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("A cache holds something for some time");
    }
    this.capacity = capacity;
    this.timeToLive = timeToLive;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    try {
      mac = Mac.getInstance(MAC);
      mac.init(new SecretKeySpec(secret, MAC));
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA256.
      throw new IllegalStateException(e);
    }
    this.expiries =
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CredentialCache.this.capacity;
          }
        };
  }

  /**
   * Whether this password was verified for this username and stamp less than the time to live ago.
   */
  public synchronized boolean remembers(
      String username, String credentialStamp, String password, Instant now) {
    String key = key(username, credentialStamp, password);
    Instant expiry = expiries.get(key);
    if (expiry == null) {
      return false;
    }
    if (!now.isBefore(expiry)) {
      expiries.remove(key);
      return false;
    }
    return true;
  }

  /** Remembers a verified password for the time to live from {@code now}. */
  public synchronized void remember(
      String username, String credentialStamp, String password, Instant now) {
    dropExpired(now);
    String key = key(username, credentialStamp, password);
    // Re-inserted, so that it moves to the young end of the order.
    expiries.remove(key);
    expiries.put(key, now.plus(timeToLive));
  }

  /** How many entries are held (expired ones included until they are next seen). */
  public synchronized int size() {
    return expiries.size();
  }

  public synchronized void clear() {
    expiries.clear();
  }

  private void dropExpired(Instant now) {
    Iterator<Instant> oldestFirst = expiries.values().iterator();
    while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next())) {
      oldestFirst.remove();
    }
  }

  private String key(String username, String credentialStamp, String password) {
    // NUL cannot occur in a username or a stamp, so the parts cannot run into each other.
    mac.update(username.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    mac.update(credentialStamp.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
  }
}
