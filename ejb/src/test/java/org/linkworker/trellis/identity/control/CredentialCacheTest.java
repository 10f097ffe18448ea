package org.linkworker.trellis.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

  private final CredentialCache cache = new CredentialCache(3, Duration.ofMinutes(5));

  @Test
  void remembersAVerifiedPasswordForItsTimeToLive() {
    cache.remember("alex.link", "stamp-1", "secret password", NOW);

    assertThat(cache.remembers("alex.link", "stamp-1", "secret password", NOW.plusSeconds(299)))
        .isTrue();
    assertThat(cache.remembers("alex.link", "stamp-1", "secret password", NOW.plusSeconds(300)))
        .isFalse();
  }

  @Test
  void aNewStampOrAnotherPasswordOrUsernameMatchesNothing() {
    cache.remember("alex.link", "stamp-1", "secret password", NOW);

    assertThat(cache.remembers("alex.link", "stamp-2", "secret password", NOW)).isFalse();
    assertThat(cache.remembers("alex.link", "stamp-1", "secret passwore", NOW)).isFalse();
    assertThat(cache.remembers("alex.lin", "kstamp-1", "secret password", NOW)).isFalse();
  }

  @Test
  void beyondItsCapacityTheOldestEntryGoes() {
    cache.remember("a", "s", "password-a", NOW);
    cache.remember("b", "s", "password-b", NOW.plusSeconds(1));
    cache.remember("c", "s", "password-c", NOW.plusSeconds(2));

    cache.remember("d", "s", "password-d", NOW.plusSeconds(3));

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.remembers("a", "s", "password-a", NOW.plusSeconds(4))).isFalse();
    assertThat(cache.remembers("b", "s", "password-b", NOW.plusSeconds(4))).isTrue();
    assertThat(cache.remembers("d", "s", "password-d", NOW.plusSeconds(4))).isTrue();
  }

  @Test
  void expiredEntriesAreDroppedAsNewOnesArrive() {
    cache.remember("a", "s", "password-a", NOW);
    cache.remember("b", "s", "password-b", NOW.plusSeconds(60));

    cache.remember("c", "s", "password-c", NOW.plusSeconds(330));

    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void theDefaultsAreFiveMinutesAndTenThousandEntries() {
    assertThat(CredentialCache.DEFAULT_TIME_TO_LIVE).isEqualTo(Duration.ofMinutes(5));
    assertThat(CredentialCache.DEFAULT_CAPACITY).isEqualTo(10_000);
  }
}
