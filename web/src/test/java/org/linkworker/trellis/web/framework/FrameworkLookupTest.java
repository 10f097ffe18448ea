package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkworker.trellis.FakeFrameworkService;
import org.linkworker.trellis.SampleFramework;

class FrameworkLookupTest {

  private final FakeFrameworkService service = new FakeFrameworkService(SampleFramework.outline());
  private final FrameworkLookup lookup = new FrameworkLookup(service);

  @Test
  void withoutCodeAndVersionThePageGetsTheCurrentFramework() {
    assertThat(lookup.choose(null, " "))
        .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("TEST"));
    assertThat(service.findCalls).isEmpty();
  }

  @Test
  void theCurrentFrameworkIsReadOncePerRequest() {
    lookup.current();
    lookup.choose(null, null);
    lookup.current();
    assertThat(service.currentReads).isEqualTo(1);
  }

  @Test
  void aNamedVersionIsLookedUpWithSurroundingSpaceRemoved() {
    assertThat(lookup.choose(" TEST ", "2 ")).isPresent();
    assertThat(service.findCalls).containsExactly("TEST/2");
  }

  @Test
  void aCodeWithoutVersionFindsNothingRatherThanFallingBackToCurrent() {
    assertThat(lookup.choose("TEST", "")).isEmpty();
    assertThat(lookup.choose("", "2")).isEmpty();
    assertThat(service.findCalls).isEmpty();
    assertThat(FrameworkLookup.isVersionNamed("TEST", null)).isTrue();
  }

  @Test
  void anUnknownVersionFindsNothing() {
    assertThat(lookup.choose("TEST", "9")).isEmpty();
  }
}
