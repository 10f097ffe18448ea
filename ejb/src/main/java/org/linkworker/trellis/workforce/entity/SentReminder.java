package org.linkworker.trellis.workforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.notification.entity.NotificationKind;

/**
 * A reminder sent to a person, kept so that it is sent once: the table holds one row per person,
 * kind and subject under a unique key (the subject names what the reminder is about, such as a
 * scheme's window and part or a competency's lapse day), so a second run, at once or on another
 * server, finds it there or fails to insert it.
 */
@Entity
@Table(name = "sent_reminder")
@NamedQuery(
    name = SentReminder.KEYS_OF,
    query =
        "select r.personId, r.kind, r.subjectKey from SentReminder r where r.personId in :people")
@NamedQuery(
    name = SentReminder.COUNT_BY_RUN,
    query =
        "select r.emailStatus, count(r) from SentReminder r where r.runId = :run"
            + " group by r.emailStatus")
@NamedQuery(
    name = SentReminder.SET_EMAIL_STATUS,
    query = "update SentReminder r set r.emailStatus = :status where r.id = :id")
public class SentReminder {

  /** (person id, kind, subject key) of the reminders sent to {@code :people}. */
  public static final String KEYS_OF = "SentReminder.keysOf";

  /** (email status, count) of the reminders a run ({@code :run}) sent. */
  public static final String COUNT_BY_RUN = "SentReminder.countByRun";

  public static final String SET_EMAIL_STATUS = "SentReminder.setEmailStatus";

  /** A subject key's longest form. */
  public static final int SUBJECT_KEY_LENGTH = 200;

  /** What became of a reminder's email. */
  public enum EmailStatus {
    /** Not emailed: no SMTP server, no address, or the person turned email off. */
    NONE,
    /** Waiting to be sent. */
    PENDING,
    SENT,
    /** The SMTP server refused it or could not be reached; it is not tried again. */
    FAILED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "person_id", nullable = false, updatable = false, length = 36)
  private String personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private NotificationKind kind;

  @Column(name = "subject_key", nullable = false, updatable = false, length = SUBJECT_KEY_LENGTH)
  private String subjectKey;

  @Column(name = "run_id", nullable = false, updatable = false, length = 36)
  private String runId;

  @Column(name = "sent_utc", nullable = false, updatable = false)
  private LocalDateTime sentUtc;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_status", nullable = false, length = 16)
  private EmailStatus emailStatus;

  protected SentReminder() {}

  public SentReminder(
      String personId,
      NotificationKind kind,
      String subjectKey,
      String runId,
      EmailStatus emailStatus,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.personId = Objects.requireNonNull(personId);
    this.kind = Objects.requireNonNull(kind);
    this.subjectKey = Objects.requireNonNull(subjectKey);
    this.runId = Objects.requireNonNull(runId);
    this.emailStatus = Objects.requireNonNull(emailStatus);
    this.sentUtc = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
  }

  public String getPersonId() {
    return personId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getRunId() {
    return runId;
  }

  public EmailStatus getEmailStatus() {
    return emailStatus;
  }
}
