package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.FakeFrameworkService;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.web.security.CurrentCaller;

class FrameworkLookupTest {

  private final FakeFrameworkService service = new FakeFrameworkService(SampleFramework.outline());
  private final FrameworkLookup lookup = nobodySignedIn(service);

  /** A lookup for a request without a signed-in person: the default framework's pages. */
  static FrameworkLookup nobodySignedIn(FrameworkService service) {
    return new FrameworkLookup(service, null, new SignedIn(null));
  }

  @Test
  void aSignedInPersonGetsTheFrameworkOfTheirStageAndSomeoneWithoutAStageTheDefault() {
    FrameworkOutline coaches = SampleFramework.outline();
    List<String> stagesAsked = new ArrayList<>();
    FakeFrameworkService frameworks =
        new FakeFrameworkService(SampleFramework.outline()) {
          @Override
          public Optional<FrameworkOutline> findCurrentForStage(String stageCode) {
            stagesAsked.add(stageCode);
            return Optional.of(coaches);
          }
        };

    FrameworkLookup coach =
        new FrameworkLookup(frameworks, new Stages("COACH"), new SignedIn(caller("kofi")));
    assertThat(coach.choose(null, null)).containsSame(coaches);
    assertThat(coach.current()).containsSame(coaches);
    assertThat(stagesAsked).containsExactly("COACH");
    assertThat(frameworks.currentReads).isZero();

    FrameworkLookup steward =
        new FrameworkLookup(frameworks, new Stages(null), new SignedIn(caller("steward")));
    assertThat(steward.current().orElseThrow()).isNotSameAs(coaches);
    assertThat(frameworks.currentReads).isEqualTo(1);
    assertThat(stagesAsked).containsExactly("COACH");

    assertThat(coach.choose("TEST", "2")).isPresent();
    assertThat(frameworks.findCalls).containsExactly("TEST/2");
  }

  private static Caller caller(String username) {
    return new Caller(username, username, Set.of(Role.LINK_WORKER), "org-1");
  }

  /** The signed-in caller of a request, or nobody. */
  private static final class SignedIn extends CurrentCaller {
    private final Caller caller;

    SignedIn(Caller caller) {
      this.caller = caller;
    }

    @Override
    public Optional<Caller> find() {
      return Optional.ofNullable(caller);
    }
  }

  /** Everyone's account, at one stage (or none). */
  private static final class Stages extends PeopleService {
    private final String stage;

    Stages(String stage) {
      this.stage = stage;
    }

    @Override
    public Optional<String> stageOf(Caller caller) {
      return Optional.ofNullable(stage);
    }
  }

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
