package org.linkworker.trellis.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

class ServerPresenceTest {

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
  private final List<ServerGone> gone = new ArrayList<>();
  private final List<SharedRevisionMoved> moved = new ArrayList<>();

  @AfterEach
  void close() {
    database.close();
  }

  /** A server of the given name, its presence kept in the test database. */
  private ServerPresence server(String name) {
    ServerPresence server = new ServerPresence();
    server.server = name;
    server.clock = clock;
    server.gone = new Recording<>(gone);
    server.moved = new Recording<>(moved);
    return server;
  }

  private <T> T on(ServerPresence server, Function<ServerPresence, T> call) {
    return database.inTransaction(
        em -> {
          server.em = em;
          return call.apply(server);
        });
  }

  private void arrive(ServerPresence server) {
    run(server, ServerPresence::arrive);
  }

  private void beat(ServerPresence server) {
    run(server, ServerPresence::beat);
  }

  private void run(ServerPresence server, java.util.function.Consumer<ServerPresence> call) {
    on(
        server,
        s -> {
          call.accept(s);
          return null;
        });
  }

  @Test
  void aSecondServerStartingLeavesTheFirstOnesBootLive() {
    ServerPresence i1 = server("i1");
    ServerPresence i2 = server("i2");
    arrive(i1);
    arrive(i2);

    assertThat(on(i2, ServerPresence::liveBoots)).containsExactlyInAnyOrder(i1.boot(), i2.boot());
    assertThat(on(i1, ServerPresence::liveBoots)).containsExactlyInAnyOrder(i1.boot(), i2.boot());
  }

  @Test
  void theSameServerStartedAgainHasANewBootAndItsOldOneIsNoLongerLive() {
    ServerPresence before = server("server");
    arrive(before);
    ServerPresence after = server("server");
    arrive(after);

    assertThat(after.boot()).isNotEqualTo(before.boot());
    assertThat(on(after, ServerPresence::liveBoots)).containsExactly(after.boot());
  }

  @Test
  void aServerThatKeepsBeatingStaysLive() {
    ServerPresence i1 = server("i1");
    ServerPresence i2 = server("i2");
    arrive(i1);
    arrive(i2);
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(ServerPresence.BEAT_SECONDS));
      beat(i1);
      beat(i2);
    }

    assertThat(gone).isEmpty();
    assertThat(on(i2, ServerPresence::liveBoots)).contains(i1.boot());
  }

  @Test
  void aServerSilentForLongerThanGoneAfterIsLetGoByTheNextBeatOfAnother() {
    ServerPresence i1 = server("i1");
    ServerPresence i2 = server("i2");
    arrive(i1);
    arrive(i2);
    clock.advance(ServerPresence.GONE_AFTER.minusSeconds(5));
    beat(i2);
    assertThat(gone).isEmpty();
    assertThat(on(i2, ServerPresence::liveBoots)).contains(i1.boot());

    clock.advance(Duration.ofSeconds(10));
    beat(i2);

    assertThat(gone).containsExactly(new ServerGone("i1", i1.boot()));
    assertThat(on(i2, ServerPresence::liveBoots)).containsExactly(i2.boot());
    // Once let go, it is not announced again.
    clock.advance(Duration.ofSeconds(ServerPresence.BEAT_SECONDS));
    beat(i2);
    assertThat(gone).hasSize(1);
  }

  @Test
  void aServerTakenForGoneAfterALongPauseComesBackAtItsNextBeat() {
    ServerPresence i1 = server("i1");
    ServerPresence i2 = server("i2");
    arrive(i1);
    arrive(i2);
    clock.advance(ServerPresence.GONE_AFTER.plusSeconds(10));
    beat(i2);
    assertThat(on(i2, ServerPresence::liveBoots)).doesNotContain(i1.boot());

    beat(i1);

    assertThat(on(i2, ServerPresence::liveBoots)).isEqualTo(Set.of(i1.boot(), i2.boot()));
  }

  @Test
  void aRevisionMovedOnOneServerIsAnnouncedAtTheOthersNextBeatOnce() {
    ServerPresence i1 = server("i1");
    ServerPresence i2 = server("i2");
    arrive(i1);
    arrive(i2);
    beat(i2);
    assertThat(moved).isEmpty();

    database.inTransaction(
        em -> {
          SharedRevisions revisions = new SharedRevisions();
          revisions.em = em;
          revisions.move(SharedRevisions.FRAMEWORKS);
          return null;
        });
    beat(i2);
    beat(i2);

    assertThat(moved).containsExactly(new SharedRevisionMoved(SharedRevisions.FRAMEWORKS));
  }

  /** An event that records what is fired. */
  private static final class Recording<T> implements Event<T> {
    private final List<T> fired;

    Recording(List<T> fired) {
      this.fired = fired;
    }

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
