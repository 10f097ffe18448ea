package org.linkworker.trellis.notification.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The notification service other components' tests need, wired by hand on a test database. */
public final class NotificationTestAccess {

  private NotificationTestAccess() {}

  public static NotificationService notifications(EntityManager em, Clock clock) {
    NotificationService service = new NotificationService();
    service.em = em;
    service.clock = clock;
    return service;
  }
}
