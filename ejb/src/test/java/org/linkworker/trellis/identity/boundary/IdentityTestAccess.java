package org.linkworker.trellis.identity.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The identity services other components' tests need, wired by hand on a test database. */
public final class IdentityTestAccess {

  private IdentityTestAccess() {}

  /** The audit log on a persistence context, reading the given clock. */
  public static AuditLog auditLog(EntityManager em, Clock clock) {
    AuditLog log = new AuditLog();
    log.em = em;
    log.clock = clock;
    return log;
  }
}
