package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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

/**
 * A link worker's annual statement that they have read the code of practice and practise it
 * (PRODUCT.md's Declaration), for one membership year, against the code of practice of one
 * framework version. It keeps the code of practice's identifier and the framework's code and
 * version, so it says what was declared against even after a new version is published.
 *
 * <p>A declaration is a dated statement, never changed or withdrawn: there is no setter and no
 * version. A worker makes one per membership year (the table holds that as a unique key).
 */
@Entity
@Table(name = "declaration")
@NamedQuery(
    name = Declaration.PAGE_OF,
    query =
        "select d from Declaration d where d.owner = :owner"
            + " order by d.membershipYear desc, d.recordedUtc desc, d.id")
@NamedQuery(
    name = Declaration.COUNT_OF,
    query = "select count(d) from Declaration d where d.owner = :owner")
@NamedQuery(
    name = Declaration.FOR_YEAR,
    query = "select d from Declaration d where d.owner = :owner and d.membershipYear = :year")
@NamedQuery(
    name = Declaration.COUNT_FOR_YEAR_BY_USERNAME,
    query =
        "select count(d) from Declaration d where d.owner.username = :username"
            + " and d.membershipYear = :year")
public class Declaration {

  /** The declarations of {@code :owner}, newest membership year first. Page it. */
  public static final String PAGE_OF = "Declaration.pageOf";

  /** How many declarations {@code :owner} has made. */
  public static final String COUNT_OF = "Declaration.countOf";

  /** The declaration of {@code :owner} for membership year {@code :year}, if any. */
  public static final String FOR_YEAR = "Declaration.forYear";

  /** Whether the person {@code :username} has declared for membership year {@code :year}. */
  public static final String COUNT_FOR_YEAR_BY_USERNAME = "Declaration.countForYearByUsername";

  /** A framework version's length, as the framework's own table holds it. */
  public static final int FRAMEWORK_VERSION = 20;

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Person owner;

  @Column(name = "membership_year", nullable = false, updatable = false)
  private int membershipYear;

  @NotNull
  @Column(name = "declared_on", nullable = false, updatable = false)
  private LocalDate declaredOn;

  @NotBlank
  @Size(max = Lengths.IDENTIFIER)
  @Column(
      name = "code_of_practice_id",
      nullable = false,
      updatable = false,
      length = Lengths.IDENTIFIER)
  private String codeOfPracticeId;

  @NotBlank
  @Size(max = Lengths.CODE)
  @Column(name = "framework_code", nullable = false, updatable = false, length = Lengths.CODE)
  private String frameworkCode;

  @NotBlank
  @Size(max = FRAMEWORK_VERSION)
  @Column(
      name = "framework_version",
      nullable = false,
      updatable = false,
      length = FRAMEWORK_VERSION)
  private String frameworkVersion;

  @Size(max = Lengths.NOTE, message = "{declaration.statement.size}")
  @MultiLine
  @Column(name = "statement_text", updatable = false, length = Lengths.NOTE)
  private String statement;

  @Column(name = "recorded_utc", nullable = false, updatable = false)
  private LocalDateTime recordedUtc;

  protected Declaration() {}

  /**
   * A new declaration with a random identifier.
   *
   * @param codeOfPracticeId the identifier of the code of practice declared against
   * @param statement what the worker adds in their own words, or null
   */
  public Declaration(
      Person owner,
      MembershipYear year,
      LocalDate declaredOn,
      String codeOfPracticeId,
      String frameworkCode,
      String frameworkVersion,
      String statement,
      Instant now) {
    this(
        UUID.randomUUID().toString(),
        owner,
        year,
        declaredOn,
        codeOfPracticeId,
        frameworkCode,
        frameworkVersion,
        statement,
        now);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set declarations, random for new ones
   * @throws IllegalArgumentException when the day is not in the membership year
   */
  public Declaration(
      String id,
      Person owner,
      MembershipYear year,
      LocalDate declaredOn,
      String codeOfPracticeId,
      String frameworkCode,
      String frameworkVersion,
      String statement,
      Instant now) {
    if (!year.contains(declaredOn)) {
      throw new IllegalArgumentException(
          "A declaration for " + year + " is dated within it, not on " + declaredOn);
    }
    this.id = Objects.requireNonNull(id, "id");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.membershipYear = year.first();
    this.declaredOn = declaredOn;
    this.codeOfPracticeId = Objects.requireNonNull(codeOfPracticeId, "codeOfPracticeId");
    this.frameworkCode = Objects.requireNonNull(frameworkCode, "frameworkCode");
    this.frameworkVersion = Objects.requireNonNull(frameworkVersion, "frameworkVersion");
    this.statement = statement;
    this.recordedUtc = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
  }

  public Person getOwner() {
    return owner;
  }

  public MembershipYear getMembershipYear() {
    return new MembershipYear(membershipYear);
  }

  public LocalDate getDeclaredOn() {
    return declaredOn;
  }

  public String getCodeOfPracticeId() {
    return codeOfPracticeId;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public String getFrameworkVersion() {
    return frameworkVersion;
  }

  public String getStatement() {
    return statement;
  }

  public Instant getRecordedAt() {
    return recordedUtc.toInstant(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "Declaration[" + id + "]";
  }
}
