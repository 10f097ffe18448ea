package org.linkworker.trellis.progression.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.boundary.AccessPolicy;

/** The progression services other packages' tests need, wired by hand on a test database. */
public final class ProgressionTestAccess {

  private ProgressionTestAccess() {}

  public static AttainmentService attainment(
      EntityManager em, CurrentFrameworks frameworks, Clock clock) {
    AttainmentService service = new AttainmentService();
    service.em = em;
    service.policy = new AccessPolicy();
    service.frameworks = frameworks;
    service.clock = clock;
    return service;
  }
}
