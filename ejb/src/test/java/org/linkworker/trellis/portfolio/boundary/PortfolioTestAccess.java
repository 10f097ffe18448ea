package org.linkworker.trellis.portfolio.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;

/** The portfolio services other packages' tests need, wired by hand on a test database. */
public final class PortfolioTestAccess {

  private PortfolioTestAccess() {}

  public static PortfolioService portfolio(
      EntityManager em, CurrentFrameworks frameworks, Clock clock) {
    PortfolioService service = new PortfolioService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = new AccessPolicy();
    service.frameworks = frameworks;
    service.clock = clock;
    service.courses = CatalogueTestAccess.courses(em, service.policy, frameworks, clock);
    service.notifications = NotificationTestAccess.notifications(em, clock);
    return service;
  }
}
