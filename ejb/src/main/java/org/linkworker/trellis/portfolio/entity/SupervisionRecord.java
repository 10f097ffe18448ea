package org.linkworker.trellis.portfolio.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A dated supervision session in a worker's portfolio (PRODUCT.md's Supervision record): how long
 * it was, what kind, and who gave it. Its private notes are the worker's alone; the boundary shows
 * them to nobody else, not even whoever gave the supervision. Employers report on how often workers
 * are supervised, so the record is kept by the worker and may also be entered by their supervisor.
 */
@Entity
@Table(name = "supervision_record")
@NamedQuery(
    name = SupervisionRecord.PAGE_OF,
    query =
        "select r from SupervisionRecord r where r.owner = :owner"
            + " order by r.date desc, r.recordedUtc desc, r.id")
@NamedQuery(
    name = SupervisionRecord.COUNT_OF,
    query = "select count(r) from SupervisionRecord r where r.owner = :owner")
public class SupervisionRecord {

  /** The supervision records of {@code :owner}, newest first. Page it. */
  public static final String PAGE_OF = "SupervisionRecord.pageOf";

  /** How many supervision records {@code :owner} has. */
  public static final String COUNT_OF = "SupervisionRecord.countOf";

  /** The shortest and longest session, in minutes. */
  public static final int MIN_MINUTES = 1;

  public static final int MAX_MINUTES = 600;

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Person owner;

  @NotNull(message = "{supervisionRecord.date.required}")
  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Min(value = MIN_MINUTES, message = "{supervisionRecord.minutes.range}")
  @Max(value = MAX_MINUTES, message = "{supervisionRecord.minutes.range}")
  @Column(name = "minutes", nullable = false)
  private int minutes;

  @NotNull(message = "{supervisionRecord.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = Lengths.ENUM)
  private SupervisionKind kind;

  @NotBlank(message = "{supervisionRecord.supervisor.required}")
  @Size(max = Lengths.USERNAME, message = "{supervisionRecord.supervisor.size}")
  @SingleLine
  @Column(name = "supervisor", nullable = false, length = Lengths.USERNAME)
  private String supervisor;

  @Size(max = Lengths.SUPERVISION_NOTES, message = "{supervisionRecord.notes.size}")
  @MultiLine
  @Column(name = "notes", length = Lengths.SUPERVISION_NOTES)
  private String notes;

  @NotBlank
  @Size(max = Lengths.USERNAME)
  @Column(name = "recorded_by", nullable = false, updatable = false, length = Lengths.USERNAME)
  private String recordedBy;

  @Column(name = "recorded_utc", nullable = false, updatable = false)
  private LocalDateTime recordedUtc;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected SupervisionRecord() {}

  /**
   * A new record in the owner's portfolio, with a random identifier.
   *
   * @param supervisor the username of whoever gave the supervision
   * @param notes the worker's private notes, or null
   * @param recordedBy the username of whoever entered it: the worker or their supervisor
   */
  public SupervisionRecord(
      Person owner,
      LocalDate date,
      int minutes,
      SupervisionKind kind,
      String supervisor,
      String notes,
      String recordedBy,
      Instant now) {
    this(
        UUID.randomUUID().toString(),
        owner,
        date,
        minutes,
        kind,
        supervisor,
        notes,
        recordedBy,
        now);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set records, random for new ones
   */
  public SupervisionRecord(
      String id,
      Person owner,
      LocalDate date,
      int minutes,
      SupervisionKind kind,
      String supervisor,
      String notes,
      String recordedBy,
      Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedUtc = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    describe(date, minutes, kind, supervisor, notes);
  }

  /** Rewrites what the record says. Reports whether anything changed. */
  public boolean describe(
      LocalDate date, int minutes, SupervisionKind kind, String supervisor, String notes) {
    boolean changed =
        !Objects.equals(this.date, date)
            || this.minutes != minutes
            || this.kind != kind
            || !Objects.equals(this.supervisor, supervisor)
            || !Objects.equals(this.notes, notes);
    this.date = date;
    this.minutes = minutes;
    this.kind = kind;
    this.supervisor = supervisor;
    this.notes = notes;
    return changed;
  }

  public String getId() {
    return id;
  }

  public Person getOwner() {
    return owner;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getMinutes() {
    return minutes;
  }

  public SupervisionKind getKind() {
    return kind;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public String getNotes() {
    return notes;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedUtc.toInstant(ZoneOffset.UTC);
  }

  public long getLockVersion() {
    return lockVersion;
  }

  @Override
  public String toString() {
    return "SupervisionRecord[" + id + "]";
  }
}
