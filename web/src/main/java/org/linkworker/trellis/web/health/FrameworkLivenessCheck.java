package org.linkworker.trellis.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.linkworker.trellis.framework.boundary.FrameworkService;

/** Reports under {@code /health/live} that the application answers, and what framework it found. */
@Liveness
@ApplicationScoped
public class FrameworkLivenessCheck implements HealthCheck {

  @Inject private FrameworkService frameworks;

  @Override
  public HealthCheckResponse call() {
    return FrameworkHealth.liveness(frameworks::findCurrent);
  }
}
