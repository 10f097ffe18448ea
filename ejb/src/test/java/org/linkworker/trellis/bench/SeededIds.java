package org.linkworker.trellis.bench;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers that depend only on the seed, the table and a row's number, so that the same seed
 * writes the same rows. They are shaped like the application's time-ordered identifiers (UUID
 * version 7: milliseconds in the first 48 bits, then a 12-bit counter), with the row's number in
 * place of the clock, so that rows written in order go at the right-hand end of every index that
 * leads with their identifier, as the CPD import's do.
 */
final class SeededIds {

  private final long base;
  private final long salt;

  /**
   * @param seed the dataset's seed
   * @param table what the identifiers are for (each table has a sequence of its own)
   * @param baseMillis the "time" of the first row, in epoch milliseconds
   */
  SeededIds(long seed, String table, long baseMillis) {
    this.base = baseMillis;
    this.salt = mix(seed ^ mix(hash(table)));
  }

  /** The identifier of row {@code n} (from 0). */
  String id(long n) {
    long millis = base + (n >>> 12);
    long high = (millis << 16) | 0x7000L | (n & 0xFFF);
    long low = (mix(salt + n) & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE;
    return new UUID(high, low).toString();
  }

  /** A random-looking version 4 UUID for row {@code n} (a credential stamp, say). */
  String random(long n) {
    long high = (mix(salt ^ (n * 0x9E37_79B9_7F4A_7C15L)) & 0xFFFF_FFFF_FFFF_0FFFL) | 0x4000L;
    long low = (mix(salt + ~n) & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE;
    return new UUID(high, low).toString();
  }

  /** SplitMix64's finaliser: a fixed, well-spread function of its argument. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** A stable 64-bit hash of a name (FNV-1a), the same on every JVM. */
  static long hash(String name) {
    long h = 0xCBF2_9CE4_8422_2325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x1000_0000_01B3L;
    }
    return h;
  }
}
