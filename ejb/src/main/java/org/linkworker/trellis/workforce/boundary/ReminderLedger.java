package org.linkworker.trellis.workforce.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.workforce.entity.SentReminder;
import org.linkworker.trellis.workforce.entity.SentReminder.EmailStatus;

/**
 * Records a reminder and its notification together, in a transaction of their own: the unique key
 * on (person, kind, subject) is the last word on whether it was sent already, so when another run
 * (on this server or another sharing the database) inserted it first, this one is rolled back
 * alone, and the job carries on.
 */
@Stateless
public class ReminderLedger {

  private static final System.Logger LOG = System.getLogger(ReminderLedger.class.getName());

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject NotificationService notifications;

  @Inject Clock clock;

  @Resource SessionContext context;

  /**
   * Sends the reminder as a notification and records it, unless it was sent already.
   *
   * @return the reminder's id, or empty when it had been sent
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> record(
      String personId,
      NotificationKind kind,
      String subjectKey,
      String runId,
      EmailStatus email,
      String title) {
    SentReminder reminder =
        new SentReminder(personId, kind, subjectKey, runId, email, clock.instant());
    try {
      em.persist(reminder);
      em.flush();
    } catch (PersistenceException e) {
      // Another run inserted the same reminder first: it is sent.
      LOG.log(System.Logger.Level.DEBUG, "Reminder {0} {1} sent already", kind, subjectKey);
      context.setRollbackOnly();
      return Optional.empty();
    }
    notifications.send(
        em.getReference(Person.class, personId),
        kind,
        reminder.getId(),
        title,
        Messages.format("reminder.actor"));
    return Optional.of(reminder.getId());
  }
}
