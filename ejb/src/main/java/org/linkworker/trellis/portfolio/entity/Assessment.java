package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.platform.validation.MultiLine;

/**
 * A supervisor's direct judgement that a worker performs a competency at a level, on a date
 * (PRODUCT.md's Assessment). Like a claim, it names the competency of one framework version by
 * identifier and keeps its code.
 *
 * <p>Assessments are evidence, and attainment on any past date is derived from the evidence log
 * (PRODUCT.md's History), so an assessment is never changed or deleted: a mistaken one is withdrawn
 * by the supervisor who made it, which stamps it and leaves it in place. Withdrawn assessments no
 * longer count and are not listed.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = Assessment.PAGE_OF,
    query =
        "select a from Assessment a where a.owner = :owner and a.withdrawnUtc is null"
            + " order by a.date desc, a.recordedUtc desc, a.id")
@NamedQuery(
    name = Assessment.COUNT_OF,
    query = "select count(a) from Assessment a where a.owner = :owner and a.withdrawnUtc is null")
public class Assessment {

  /** The standing (not withdrawn) assessments of {@code :owner}, newest first. Page it. */
  public static final String PAGE_OF = "Assessment.pageOf";

  /** How many standing assessments {@code :owner} has. */
  public static final String COUNT_OF = "Assessment.countOf";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Person owner;

  @NotNull
  @Column(name = "competency_id", nullable = false, updatable = false, length = Lengths.IDENTIFIER)
  private String competencyId;

  @NotBlank(message = "{assessment.competency.required}")
  @Size(max = Lengths.CODE, message = "{assessment.competency.size}")
  @Column(name = "competency_code", nullable = false, updatable = false, length = Lengths.CODE)
  private String competencyCode;

  @Min(value = 1, message = "{assessment.level.min}")
  @Column(name = "level_number", nullable = false, updatable = false)
  private int level;

  @NotNull(message = "{assessment.date.required}")
  @Column(name = "assessment_date", nullable = false, updatable = false)
  private LocalDate date;

  @NotBlank
  @Size(max = Lengths.USERNAME)
  @Column(name = "assessed_by", nullable = false, updatable = false, length = Lengths.USERNAME)
  private String assessedBy;

  @Size(max = Lengths.NOTE, message = "{assessment.note.size}")
  @MultiLine
  @Column(name = "note", updatable = false, length = Lengths.NOTE)
  private String note;

  @Column(name = "recorded_utc", nullable = false, updatable = false)
  private LocalDateTime recordedUtc;

  @Column(name = "withdrawn_utc")
  private LocalDateTime withdrawnUtc;

  protected Assessment() {}

  /**
   * A new assessment of the owner, with a random identifier.
   *
   * @param assessedBy the supervisor's username
   * @param note what the supervisor adds, or null
   * @throws StateConflictException when the supervisor would be assessing themself
   */
  public Assessment(
      Person owner,
      String competencyId,
      String competencyCode,
      int level,
      LocalDate date,
      String assessedBy,
      String note,
      Instant now) {
    this(
        UUID.randomUUID().toString(),
        owner,
        competencyId,
        competencyCode,
        level,
        date,
        assessedBy,
        note,
        now);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set assessments, random for new ones
   */
  public Assessment(
      String id,
      Person owner,
      String competencyId,
      String competencyCode,
      int level,
      LocalDate date,
      String assessedBy,
      String note,
      Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
    this.level = level;
    this.date = date;
    this.assessedBy = Objects.requireNonNull(assessedBy, "assessedBy");
    this.note = note;
    this.recordedUtc = utc(now);
    if (assessedBy.equals(owner.getUsername())) {
      throw new StateConflictException("portfolio.own_assessment");
    }
  }

  /**
   * Takes the assessment back: only the supervisor who made it, and only once.
   *
   * @param by the username of whoever withdraws it
   * @throws AccessDeniedException when someone else tries
   * @throws StateConflictException when it is withdrawn already
   */
  public void withdraw(String by, Instant now) {
    if (!assessedBy.equals(by)) {
      throw new AccessDeniedException("portfolio.withdraw_not_yours");
    }
    if (withdrawnUtc != null) {
      throw new StateConflictException("portfolio.already_withdrawn", withdrawnUtc.toLocalDate());
    }
    withdrawnUtc = utc(now);
  }

  public boolean isWithdrawn() {
    return withdrawnUtc != null;
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

  public String getCompetencyId() {
    return competencyId;
  }

  public String getCompetencyCode() {
    return competencyCode;
  }

  public int getLevel() {
    return level;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return instant(recordedUtc);
  }

  public Instant getWithdrawnAt() {
    return instant(withdrawnUtc);
  }

  @Override
  public String toString() {
    return "Assessment[" + id + "]";
  }
}
