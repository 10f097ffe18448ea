package org.linkworker.trellis.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.identity.entity.Person;

/**
 * One thing the application tells one person. It names its subject (an entry's id and, as it was
 * then, its title) and who acted, so it reads the same later whatever became of the subject; it is
 * unread until the person opens it.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.UNREAD_COUNT,
    query =
        "select count(n) from Notification n where n.recipient.username = :recipient"
            + " and n.readUtc is null")
@NamedQuery(
    name = Notification.UNREAD_ABOUT,
    query =
        "select n from Notification n where n.recipient.username = :recipient"
            + " and n.readUtc is null and n.subjectId = :subject")
@NamedQuery(
    name = Notification.MARK_ALL_READ,
    query =
        "update Notification n set n.readUtc = :now where n.readUtc is null"
            + " and n.recipient = (select p from Person p where p.username = :recipient)")
public class Notification {

  public static final String UNREAD_COUNT = "Notification.unreadCount";
  public static final String UNREAD_ABOUT = "Notification.unreadAbout";
  public static final String MARK_ALL_READ = "Notification.markAllRead";

  /** The longest subject title kept (an entry's title is at most 200 characters). */
  public static final int TITLE_LENGTH = 200;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Person recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private NotificationKind kind;

  @Column(name = "subject_id", nullable = false, updatable = false, length = 36)
  private String subjectId;

  @Column(name = "subject_title", nullable = false, updatable = false, length = TITLE_LENGTH)
  private String subjectTitle;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 120)
  private String actorName;

  @Column(name = "created_utc", nullable = false, updatable = false)
  private LocalDateTime createdUtc;

  @Column(name = "read_utc")
  private LocalDateTime readUtc;

  protected Notification() {}

  public Notification(
      Person recipient,
      NotificationKind kind,
      String subjectId,
      String subjectTitle,
      String actorName,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.recipient = Objects.requireNonNull(recipient);
    this.kind = Objects.requireNonNull(kind);
    this.subjectId = Objects.requireNonNull(subjectId);
    this.subjectTitle = cut(Objects.requireNonNull(subjectTitle), TITLE_LENGTH);
    this.actorName = cut(Objects.requireNonNull(actorName), 120);
    this.createdUtc = utc(now);
  }

  /** Marks it read, once: reading it again keeps the first time. */
  public void markRead(Instant now) {
    if (readUtc == null) {
      readUtc = utc(now);
    }
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
  }

  public Person getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getSubjectTitle() {
    return subjectTitle;
  }

  public String getActorName() {
    return actorName;
  }

  public Instant getCreatedAt() {
    return createdUtc.toInstant(ZoneOffset.UTC);
  }

  public boolean isRead() {
    return readUtc != null;
  }

  public Instant getReadAt() {
    return readUtc == null ? null : readUtc.toInstant(ZoneOffset.UTC);
  }
}
