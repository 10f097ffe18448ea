package org.linkworker.trellis.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;

class FrameworkHealthTest {

  @Test
  void readyWhenACurrentFrameworkIsLoadedAndSaysWhichAndHowBig() {
    HealthCheckResponse response =
        FrameworkHealth.readiness(() -> Optional.of(SampleFramework.outline()));

    assertThat(response.getName()).isEqualTo("trellis-framework");
    assertThat(response.getStatus()).isEqualTo(Status.UP);
    assertThat(response.getData().orElseThrow())
        .containsEntry("code", "TEST")
        .containsEntry("version", "2")
        .containsEntry("competencies", 3L);
  }

  @Test
  void notReadyWithoutACurrentFramework() {
    HealthCheckResponse response = FrameworkHealth.readiness(Optional::empty);

    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsEntry("loaded", false);
  }

  @Test
  void stillAliveWithoutAFrameworkBecauseARestartWouldNotLoadOne() {
    assertThat(FrameworkHealth.liveness(Optional::empty).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void notReadyButStillAliveWhenTheFrameworkServiceFails() {
    HealthCheckResponse ready =
        FrameworkHealth.readiness(
            () -> {
              throw new IllegalStateException("database gone");
            });
    HealthCheckResponse live =
        FrameworkHealth.liveness(
            () -> {
              throw new IllegalStateException("database gone");
            });

    assertThat(ready.getStatus()).isEqualTo(Status.DOWN);
    assertThat(live.getStatus()).isEqualTo(Status.UP);
    assertThat(live.getData().orElseThrow()).containsEntry("loaded", false);
    assertThat(ready.getData().orElseThrow().toString()).doesNotContain("database gone");
  }
}
