package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * One piece of learning a link worker records (PRODUCT.md's CPD entry), with its reflection and its
 * claims of competencies at levels. Its life is DRAFT → SUBMITTED → VERIFIED, or RETURNED with a
 * reason and then submitted again; the worker changes it only while it is a draft or returned, and
 * a verified entry is never changed by anyone. The transitions live here, so that no caller can
 * skip one: a refused transition is a {@link StateConflictException} saying what the entry is.
 */
@Entity
@Table(name = "cpd_entry")
@NamedQuery(
    name = CpdEntry.QUEUE_OF,
    query =
        "select e from CpdEntry e join fetch e.owner o where o.supervisor.username = :supervisor"
            + " and o.organisation.id = :organisation and o.active = true"
            + " and e.status = org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED"
            + " order by e.submittedUtc, e.id")
@NamedQuery(
    name = CpdEntry.CLAIMS_IN_QUEUE_OF,
    query =
        "select e.id, c.competencyCode, c.level from CpdEntry e join e.claims c join e.owner o"
            + " where o.supervisor.username = :supervisor"
            + " and o.organisation.id = :organisation and o.active = true"
            + " and e.status = org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED")
@NamedQuery(
    name = CpdEntry.CLAIMS_OF,
    query =
        "select e.id, c.competencyCode, c.level from CpdEntry e join e.claims c"
            + " where e.id in :ids")
@NamedQuery(
    name = CpdEntry.BY_IMPORT_KEYS,
    query = "select e from CpdEntry e where e.owner = :owner and e.importKey in :keys")
@NamedQuery(
    name = CpdEntry.CLAIMS_BY_IMPORT_KEYS,
    query =
        "select e.importKey, c.competencyId, c.competencyCode, c.level from CpdEntry e"
            + " join e.claims c where e.owner = :owner and e.importKey in :keys")
public class CpdEntry {

  /** A worker's entries imported under any of the keys. */
  public static final String BY_IMPORT_KEYS = "CpdEntry.byImportKeys";

  /**
   * The claims of a worker's entries imported under any of the keys, as rows of key, competency
   * identifier, code and level. (Fetching them with the entries, by a join or a batch, breaks
   * EclipseLink 4's change tracking of the claims: eclipse-ee4j/eclipselink#921.)
   */
  public static final String CLAIMS_BY_IMPORT_KEYS = "CpdEntry.claimsByImportKeys";

  public static final String QUEUE_OF = "CpdEntry.queueOf";
  public static final String CLAIMS_OF = "CpdEntry.claimsOf";

  /**
   * The claims of the entries in {@link #QUEUE_OF}, by the same conditions: one statement Derby
   * compiles once, where an {@code in} list of the entries' ids is a new statement for each length.
   */
  public static final String CLAIMS_IN_QUEUE_OF = "CpdEntry.claimsInQueueOf";

  /** The shortest and longest entry, in hours (PRODUCT.md). */
  public static final String MIN_HOURS = "0.25";

  public static final String MAX_HOURS = "100";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", nullable = false)
  private Person owner;

  @NotNull(message = "{cpdEntry.date.required}")
  @Column(name = "entry_date", nullable = false)
  private LocalDate date;

  @NotBlank(message = "{cpdEntry.title.required}")
  @Size(max = Lengths.TITLE, message = "{cpdEntry.title.size}")
  @SingleLine
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @NotNull(message = "{cpdEntry.type.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type", nullable = false, length = Lengths.ENUM)
  private ActivityType type;

  @NotNull(message = "{cpdEntry.hours.required}")
  @DecimalMin(value = MIN_HOURS, message = "{cpdEntry.hours.range}")
  @DecimalMax(value = MAX_HOURS, message = "{cpdEntry.hours.range}")
  @Digits(integer = 3, fraction = 2, message = "{cpdEntry.hours.digits}")
  @Column(name = "hours", nullable = false, precision = 5, scale = 2)
  private BigDecimal hours;

  @Column(name = "participatory", nullable = false)
  private boolean participatory;

  @Column(name = "course_id", length = Lengths.IDENTIFIER)
  private String courseId;

  @Size(max = Lengths.CODE, message = "{cpdEntry.standard.size}")
  @SingleLine
  @Column(name = "standard_code", length = Lengths.CODE)
  private String standardCode;

  @Valid @Embedded private Reflection reflection = new Reflection(null, null, null);

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "cpd_claim", joinColumns = @JoinColumn(name = "entry_id"))
  private List<Claim> claims = new ArrayList<>();

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = Lengths.ENUM)
  private EntryStatus status = EntryStatus.DRAFT;

  @Column(name = "submitted_utc")
  private LocalDateTime submittedUtc;

  @Column(name = "decided_by", length = Lengths.USERNAME)
  private String decidedBy;

  @Column(name = "decided_utc")
  private LocalDateTime decidedUtc;

  @Size(max = Lengths.NOTE, message = "{cpdEntry.note.size}")
  @MultiLine
  @Column(name = "decision_note", length = Lengths.NOTE)
  private String decisionNote;

  @Column(name = "created_utc", nullable = false)
  private LocalDateTime createdUtc;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  /**
   * The worker's own key of the file row the entry was imported from (unique among the worker's
   * entries), so that importing the row again finds it; null for an entry typed in.
   */
  @Size(max = Lengths.IMPORT_KEY)
  @Column(name = "import_key", length = Lengths.IMPORT_KEY)
  private String importKey;

  protected CpdEntry() {}

  /** A new draft of the owner's, with a random identifier. */
  public CpdEntry(
      Person owner,
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      Instant now) {
    this(UUID.randomUUID().toString(), owner, date, title, type, hours, now);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set entries, random for new ones, time-ordered for
   *     imported ones
   */
  public CpdEntry(
      String id,
      Person owner,
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.date = date;
    this.title = title;
    this.type = type;
    this.hours = hours;
    this.createdUtc = utc(now);
  }

  /**
   * Rewrites what the entry records (a draft or a returned entry only). Reports whether anything
   * changed.
   */
  public boolean describe(
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      boolean participatory,
      String courseId,
      String standardCode,
      Reflection reflection) {
    requireEditable();
    boolean changed =
        !Objects.equals(this.date, date)
            || !Objects.equals(this.title, title)
            || this.type != type
            || !sameNumber(this.hours, hours)
            || this.participatory != participatory
            || !Objects.equals(this.courseId, courseId)
            || !Objects.equals(this.standardCode, standardCode)
            || !Objects.equals(orEmpty(this.reflection), reflection);
    this.date = date;
    this.title = title;
    this.type = type;
    if (!sameNumber(this.hours, hours)) {
      // 1.5 and 1.50 are the same hours: keeping the stored one keeps the entry unchanged.
      this.hours = hours;
    }
    this.participatory = participatory;
    this.courseId = courseId;
    this.standardCode = standardCode;
    Objects.requireNonNull(reflection, "reflection");
    if (!Objects.equals(orEmpty(this.reflection), reflection)) {
      // An empty reflection is read back as none: writing an empty one over it is no change.
      this.reflection = reflection;
    }
    return changed;
  }

  /**
   * Replaces the entry's claims (a draft or a returned entry only; one claim per competency, which
   * the boundary has checked). Reports whether anything changed.
   */
  public boolean claim(List<Claim> replacement) {
    requireEditable();
    if (new java.util.HashSet<>(replacement).equals(new java.util.HashSet<>(claims))) {
      return false;
    }
    claims.clear();
    claims.addAll(replacement);
    return true;
  }

  /**
   * Marks a new entry as imported from the worker's file row with this key; an entry keeps the key
   * it was imported under.
   */
  public void importedAs(String key) {
    Objects.requireNonNull(key, "key");
    if (importKey != null && !importKey.equals(key)) {
      throw new IllegalStateException("entry " + id + " was imported as " + importKey);
    }
    importKey = key;
  }

  /** Sends the entry to the owner's supervisor: from a draft, or a returned entry once edited. */
  public void submit(Instant now) {
    if (!status.isEditable()) {
      throw new StateConflictException("portfolio.submit_refused", status);
    }
    status = EntryStatus.SUBMITTED;
    submittedUtc = utc(now);
  }

  /**
   * The supervisor accepts the entry as evidence: from SUBMITTED only, and never by its owner.
   *
   * @param by the supervisor's username
   * @param note what they add, or null
   */
  public void verify(String by, String note, Instant now) {
    decide(by, now, "portfolio.verify_refused");
    status = EntryStatus.VERIFIED;
    decisionNote = note;
  }

  /**
   * The supervisor sends the entry back with a reason, for the owner to edit and submit again.
   *
   * @throws InvalidInputException field {@code reason} when none is given
   */
  public void returnWith(String by, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          Map.of("reason", Messages.format("portfolio.return_reason_required")));
    }
    decide(by, now, "portfolio.return_refused");
    status = EntryStatus.RETURNED;
    decisionNote = reason.strip();
  }

  private void decide(String by, Instant now, String refusal) {
    Objects.requireNonNull(by, "by");
    if (status != EntryStatus.SUBMITTED) {
      throw new StateConflictException(refusal, status);
    }
    if (by.equals(owner.getUsername())) {
      throw new StateConflictException("portfolio.own_entry");
    }
    decidedBy = by;
    decidedUtc = utc(now);
  }

  /** Whether its owner may still change it (and its evidence): a draft or a returned entry. */
  public boolean isEditable() {
    return status.isEditable();
  }

  private void requireEditable() {
    if (!status.isEditable()) {
      throw new StateConflictException("portfolio.not_editable", status);
    }
  }

  /** JPA reads a reflection with no part written as none at all. */
  private static Reflection orEmpty(Reflection reflection) {
    return reflection == null ? new Reflection(null, null, null) : reflection;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
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

  public String getTitle() {
    return title;
  }

  public ActivityType getType() {
    return type;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public String getCourseId() {
    return courseId;
  }

  public String getStandardCode() {
    return standardCode;
  }

  public Reflection getReflection() {
    return reflection;
  }

  public List<Claim> getClaims() {
    return Collections.unmodifiableList(claims);
  }

  public EntryStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return instant(submittedUtc);
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return instant(decidedUtc);
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Instant getCreatedAt() {
    return instant(createdUtc);
  }

  public long getLockVersion() {
    return lockVersion;
  }

  /** The worker's key of the file row it was imported from, or null. */
  public String getImportKey() {
    return importKey;
  }

  @Override
  public String toString() {
    return "CpdEntry[" + id + "]";
  }
}
