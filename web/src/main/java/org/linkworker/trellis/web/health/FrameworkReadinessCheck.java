package org.linkworker.trellis.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.linkworker.trellis.framework.boundary.FrameworkService;

/** Reports under {@code /health/ready} whether a current framework is loaded. */
@Readiness
@ApplicationScoped
public class FrameworkReadinessCheck implements HealthCheck {

  @Inject private FrameworkService frameworks;

  @Override
  public HealthCheckResponse call() {
    return FrameworkHealth.readiness(frameworks::findCurrent);
  }
}
