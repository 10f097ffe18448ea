package org.linkworker.trellis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void theSourceIsAskedOnlyWhenTheValueIsWantedAndThenOnlyOnce() {
    AtomicInteger asked = new AtomicInteger();
    Lazy<String> hash = Lazy.of(() -> "hash " + asked.incrementAndGet());

    assertThat(asked).hasValue(0);
    assertThat(hash.get()).isEqualTo("hash 1");
    assertThat(hash.get()).isEqualTo("hash 1");
    assertThat(asked).hasValue(1);
  }

  @Test
  void aNullValueIsRememberedToo() {
    AtomicInteger asked = new AtomicInteger();
    Lazy<String> nothing =
        Lazy.of(
            () -> {
              asked.incrementAndGet();
              return null;
            });

    assertThat(nothing.get()).isNull();
    assertThat(nothing.get()).isNull();
    assertThat(asked).hasValue(1);
  }
}
