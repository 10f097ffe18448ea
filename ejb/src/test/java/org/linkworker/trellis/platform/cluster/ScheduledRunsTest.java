package org.linkworker.trellis.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

class ScheduledRunsTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T02:30:00Z"));

  @AfterEach
  void close() {
    database.close();
  }

  private boolean claim(String server, String job, LocalDate day) {
    return database.inTransaction(
        em -> {
          ServerPresence presence = new ServerPresence();
          presence.server = server;
          ScheduledRuns runs = new ScheduledRuns();
          runs.em = em;
          runs.clock = clock;
          runs.presence = presence;
          return runs.claim(job, day);
        });
  }

  @Test
  void theFirstServerToClaimANightsRunStartsItAndTheOthersLeaveIt() {
    assertThat(claim("i1", "reminders", NIGHT)).isTrue();
    assertThat(claim("i2", "reminders", NIGHT)).isFalse();
    assertThat(claim("i1", "reminders", NIGHT)).isFalse();
  }

  @Test
  void anotherNightOrAnotherJobIsClaimedAfresh() {
    assertThat(claim("i1", "reminders", NIGHT)).isTrue();

    assertThat(claim("i2", "reminders", NIGHT.plusDays(1))).isTrue();
    assertThat(claim("i2", "another-job", NIGHT)).isTrue();
  }

  @Test
  void serversClaimingTheSameNightAtOnceStartItOnceBetweenThem() throws Exception {
    int servers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    CountDownLatch ready = new CountDownLatch(servers);
    List<Future<Boolean>> claims = new ArrayList<>();
    try {
      for (int i = 0; i < servers; i++) {
        String server = "i" + i;
        Callable<Boolean> claimAtOnce =
            () -> {
              ready.countDown();
              ready.await();
              return claim(server, "reminders", NIGHT);
            };
        claims.add(pool.submit(claimAtOnce));
      }
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
