package org.linkworker.trellis.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.notification.entity.Notification;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;

/**
 * Sends notifications (for other boundaries, inside their transaction, so a notification exists
 * exactly when what it reports was saved) and lets each person read and mark their own. A person
 * only ever reaches their own notifications: another's is not there.
 */
@Stateless
public class NotificationService {

  /** The prefix of each kind's sentence in the message bundle. */
  static final String MESSAGE_PREFIX = "notification.";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Clock clock;

  /** Tells the recipient that the actor did something to the subject. */
  public void send(
      Person recipient, NotificationKind kind, String subjectId, String title, String actor) {
    em.persist(new Notification(recipient, kind, subjectId, title, actor, clock.instant()));
  }

  /** How many of the caller's notifications are unread. One statement. */
  public long unreadCount(Caller caller) {
    return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
        .setParameter("recipient", caller.username())
        .getSingleResult();
  }

  /** The caller's notifications, newest first, a page at a time. Two statements. */
  public Page<NotificationView> list(Caller caller, boolean unreadOnly, int offset, int limit) {
    int pageLimit = Page.checkedLimit(offset, limit);
    String where =
        " from Notification n where n.recipient.username = :recipient"
            + (unreadOnly ? " and n.readUtc is null" : "");
    List<Notification> rows =
        em.createQuery("select n" + where + " order by n.createdUtc desc, n.id", Notification.class)
            .setParameter("recipient", caller.username())
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList();
    long total =
        em.createQuery("select count(n)" + where, Long.class)
            .setParameter("recipient", caller.username())
            .getSingleResult();
    return new Page<>(
        rows.stream().map(NotificationService::view).toList(), total, offset, pageLimit);
  }

  /** Marks one of the caller's notifications read and returns it. */
  public NotificationView markRead(Caller caller, String id) {
    Notification notification = id == null ? null : em.find(Notification.class, id);
    if (notification == null
        || !notification.getRecipient().getUsername().equals(caller.username())) {
      throw new NotVisibleException("notification");
    }
    notification.markRead(clock.instant());
    return view(notification);
  }

  /**
   * Marks every unread notification of the caller about this subject read (they opened it). Read
   * first and changed one by one: this runs each time someone opens an entry and usually finds
   * none, and the bulk update it replaces was sent with its values written into the SQL
   * (EclipseLink binds no parameters of an update with a subquery on Derby), so Derby compiled it
   * afresh every time.
   */
  public int markReadAbout(Caller caller, String subjectId) {
    List<Notification> unread =
        em.createNamedQuery(Notification.UNREAD_ABOUT, Notification.class)
            .setParameter("recipient", caller.username())
            .setParameter("subject", subjectId)
            .getResultList();
    Instant now = clock.instant();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  /** Marks all of the caller's notifications read. */
  public int markAllRead(Caller caller) {
    return em.createNamedQuery(Notification.MARK_ALL_READ)
        .setParameter("now", now())
        .setParameter("recipient", caller.username())
        .executeUpdate();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  static NotificationView view(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getKind(),
        n.getSubjectId(),
        n.getSubjectTitle(),
        n.getActorName(),
        Messages.format(MESSAGE_PREFIX + n.getKind().name(), n.getActorName(), n.getSubjectTitle()),
        n.getCreatedAt(),
        n.isRead());
  }
}
