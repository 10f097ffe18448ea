package org.linkworker.trellis.platform.persistence;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers for rows written in bulk: lower-case UUIDs of version 7 (RFC 9562), whose first 48
 * bits are the time in milliseconds and the next 12 a counter, so that each one is greater than the
 * last this server made. A batch of rows keyed by them goes at the right-hand end of their primary
 * key's index (and of every index that leads with it) instead of at random pages of it, which is
 * what made random UUIDs the slowest part of a bulk insert into Derby. They are as unique as random
 * UUIDs (62 random bits per millisecond and counter value) and look the same to every other reader.
 */
public final class TimeOrderedIds {

  private static long lastMillis;
  private static int counter;

  private TimeOrderedIds() {}

  /** The next identifier. */
  public static String next() {
    long millis;
    int sequence;
    synchronized (TimeOrderedIds.class) {
      long now = System.currentTimeMillis();
      if (now > lastMillis) {
        lastMillis = now;
        counter = 0;
      } else if (++counter > 0xFFF) {
        // More than 4,096 in one millisecond (or the clock went back): borrow the next one.
        lastMillis++;
        counter = 0;
      }
      millis = lastMillis;
      sequence = counter;
    }
    long high = (millis << 16) | 0x7000L | sequence;
    long low = (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE;
    return new UUID(high, low).toString();
  }
}
