package org.linkworker.trellis.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what, when, to what. An entry is written once and
 * never changed or removed; it has no setters, and the persistence callbacks refuse an update or a
 * removal should anything try.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** Who acts when no person does: start-up, the data set. */
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false)
  private Long id;

  @NotNull(message = "{auditEntry.at.required}")
  @Column(name = "at_utc", nullable = false, updatable = false)
  private LocalDateTime atUtc;

  @NotBlank(message = "{auditEntry.actor.required}")
  @Size(max = Lengths.ACTOR, message = "{auditEntry.actor.size}")
  @Column(name = "actor", nullable = false, updatable = false, length = Lengths.ACTOR)
  private String actor;

  @NotBlank(message = "{auditEntry.action.required}")
  @Size(max = Lengths.ACTION, message = "{auditEntry.action.size}")
  @Column(name = "audit_action", nullable = false, updatable = false, length = Lengths.ACTION)
  private String action;

  @Size(max = Lengths.SUBJECT, message = "{auditEntry.subject.size}")
  @Column(name = "subject", updatable = false, length = Lengths.SUBJECT)
  private String subject;

  @Size(max = Lengths.DETAIL, message = "{auditEntry.detail.size}")
  @Column(name = "detail", updatable = false, length = Lengths.DETAIL)
  private String detail;

  protected AuditEntry() {}

  /**
   * An entry. Text longer than its column is cut short rather than lose the entry; the actor is
   * kept in lower case, as usernames are, so that filtering by actor ignores case.
   *
   * @param actor who acted: a username, {@value #SYSTEM}, or the name tried at a failed sign-in
   * @param subject what it concerned, e.g. {@code person:alex.link}; may be null
   * @param detail what changed, in words; may be null
   */
  public AuditEntry(Instant at, String actor, AuditAction action, String subject, String detail) {
    this.atUtc = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    String who = actor == null || actor.isBlank() ? "-" : actor.strip().toLowerCase(Locale.ROOT);
    this.actor = cut(who, Lengths.ACTOR);
    this.action = Objects.requireNonNull(action, "action").name();
    this.subject = cut(subject, Lengths.SUBJECT);
    this.detail = cut(detail, Lengths.DETAIL);
  }

  private static String cut(String text, int length) {
    if (text == null || text.length() <= length) {
      return text;
    }
    return text.substring(0, length - 1) + "…";
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("The audit log is append-only");
  }

  /** The entry's place in the log, given by the database; null until it is written. */
  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return atUtc.toInstant(ZoneOffset.UTC);
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }

  @Override
  public String toString() {
    return "AuditEntry[" + id + " " + action + "]";
  }
}
