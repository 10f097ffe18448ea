package org.linkworker.trellis.workforce.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A named CPD rule set over a window (PRODUCT.md: Requirement scheme). Schemes are data: the
 * association's and the three-year scheme are rows, and an employer defines its own mandatory
 * training as a list of items. A scheme either has parts (amounts over its window) or items
 * (competencies with refresher intervals).
 */
@Entity
@Table(name = "requirement_scheme")
@NamedQuery(
    name = RequirementScheme.OF_SCOPES,
    query =
        "select s from RequirementScheme s where s.scope in :scopes order by s.scope desc, s.code")
public class RequirementScheme {

  /** The schemes of {@code :scopes}: {@link #NATIONAL} and organisation identifiers. */
  public static final String OF_SCOPES = "RequirementScheme.ofScopes";

  /** The scope of a scheme no organisation owns. */
  public static final String NATIONAL = "-";

  /** A scheme code: capitals, digits and underscores, starting with a capital. */
  public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotBlank(message = "{scheme.code.required}")
  @Pattern(regexp = CODE_PATTERN, message = "{scheme.code.pattern}")
  @Column(name = "code", nullable = false, updatable = false, length = Lengths.CODE)
  private String code;

  @Column(name = "scope", nullable = false, updatable = false, length = Lengths.IDENTIFIER)
  private String scope;

  @Column(name = "organisation_id", updatable = false, length = Lengths.IDENTIFIER)
  private String organisationId;

  @NotBlank(message = "{scheme.title.required}")
  @Size(max = Lengths.TITLE, message = "{scheme.title.size}")
  @SingleLine
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "window_kind", nullable = false, length = Lengths.ENUM)
  private WindowKind windowKind;

  @Column(name = "window_years")
  private Integer windowYears;

  @Column(name = "year_start_month")
  private Integer yearStartMonth;

  @Column(name = "year_start_day")
  private Integer yearStartDay;

  @Enumerated(EnumType.STRING)
  @Column(name = "applies_to", nullable = false, length = Lengths.ENUM)
  private AppliesTo appliesTo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scheme_part", joinColumns = @JoinColumn(name = "scheme_id"))
  private List<SchemePart> parts = new ArrayList<>();

  @Valid
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scheme_item", joinColumns = @JoinColumn(name = "scheme_id"))
  private List<SchemeItem> items = new ArrayList<>();

  @Column(name = "created_utc", nullable = false, updatable = false)
  private LocalDateTime createdUtc;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected RequirementScheme() {}

  private RequirementScheme(
      String code,
      String organisationId,
      String title,
      WindowKind windowKind,
      AppliesTo appliesTo,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.code = code;
    this.organisationId = organisationId;
    this.scope = organisationId == null ? NATIONAL : organisationId;
    this.title = title;
    this.windowKind = windowKind;
    this.appliesTo = appliesTo;
    this.createdUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  /** An employer's mandatory training: every link worker of the organisation is under it. */
  public static RequirementScheme mandatoryTraining(
      String organisationId, String code, String title, List<SchemeItem> items, Instant now) {
    RequirementScheme scheme =
        new RequirementScheme(
            code,
            Objects.requireNonNull(organisationId, "organisationId"),
            title,
            WindowKind.REFRESHER,
            AppliesTo.ORGANISATION,
            now);
    scheme.items.addAll(items);
    return scheme;
  }

  /** A scheme of amounts over a yearly window starting on a day of the year. */
  public static RequirementScheme membershipYear(
      String code, String title, MonthDay start, AppliesTo appliesTo, List<SchemePart> parts) {
    RequirementScheme scheme =
        new RequirementScheme(
            code, null, title, WindowKind.MEMBERSHIP_YEAR, appliesTo, Instant.EPOCH);
    scheme.yearStartMonth = start.getMonthValue();
    scheme.yearStartDay = start.getDayOfMonth();
    scheme.parts.addAll(parts);
    return scheme;
  }

  /** A scheme of amounts over the years ending on the day asked about. */
  public static RequirementScheme rollingYears(
      String code, String title, int years, AppliesTo appliesTo, List<SchemePart> parts) {
    RequirementScheme scheme =
        new RequirementScheme(
            code, null, title, WindowKind.ROLLING_YEARS, appliesTo, Instant.EPOCH);
    scheme.windowYears = years;
    scheme.parts.addAll(parts);
    return scheme;
  }

  /** Changes an employer's scheme: its title and its items, all at once. */
  public void revise(String title, List<SchemeItem> items) {
    this.title = title;
    this.items.clear();
    this.items.addAll(items);
  }

  /** The first day of the window that contains {@code day}. */
  public LocalDate windowFrom(LocalDate day) {
    return switch (windowKind) {
      case MEMBERSHIP_YEAR -> {
        LocalDate start = LocalDate.of(day.getYear(), yearStartMonth, yearStartDay);
        yield day.isBefore(start) ? start.minusYears(1) : start;
      }
      case ROLLING_YEARS -> day.minusYears(windowYears).plusDays(1);
      case REFRESHER ->
          day.minusMonths(items.stream().mapToInt(SchemeItem::getRefresherMonths).max().orElse(0));
    };
  }

  /** The last day of the window that contains {@code day}. */
  public LocalDate windowTo(LocalDate day) {
    return windowKind == WindowKind.MEMBERSHIP_YEAR
        ? windowFrom(day).plusYears(1).minusDays(1)
        : day;
  }

  public String getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** The organisation that defined it, or null for a national scheme. */
  public String getOrganisationId() {
    return organisationId;
  }

  public String getTitle() {
    return title;
  }

  public WindowKind getWindowKind() {
    return windowKind;
  }

  public Integer getWindowYears() {
    return windowYears;
  }

  public AppliesTo getAppliesTo() {
    return appliesTo;
  }

  /** The parts in their order. */
  public List<SchemePart> getParts() {
    return parts.stream().sorted(Comparator.comparingInt(SchemePart::getPosition)).toList();
  }

  /** The items in competency code order. */
  public List<SchemeItem> getItems() {
    return items.stream().sorted(Comparator.comparing(SchemeItem::getCompetencyCode)).toList();
  }

  public long getLockVersion() {
    return lockVersion;
  }
}
