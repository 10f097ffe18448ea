package org.linkworker.trellis.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A provider's course: what it is, how long it takes, how many CPD hours it awards, and the
 * competencies it develops at which level ({@link CourseMapping}s, one per competency). Its status
 * moves DRAFT → PUBLISHED ⇄ WITHDRAWN: a course once offered is never a draft again, and a
 * withdrawn one stays stored for the CPD entries that name it.
 */
@Entity
@Table(name = "course")
@NamedQuery(
    name = Course.FIND_BY_PROVIDER_AND_CODES,
    query = "select c from Course c where c.code in :codes and c.provider.id = :provider")
@NamedQuery(
    name = Course.COUNT_BY_PROVIDER_AND_CODE,
    query =
        "select count(c) from Course c where c.provider.id = :provider and c.code = :code"
            + " and c.id <> :except")
@NamedQuery(
    name = Course.MAPPINGS_OF,
    query =
        "select c.id, m.competencyCode, m.level, m.strength, m.competencyId from Course c"
            + " join c.mappings m where c.id in :ids order by c.id, m.competencyCode")
@NamedQuery(
    name = Course.PUBLISHED_MAPPINGS,
    query =
        "select c.id, c.code, c.title, c.hours, p.name, m.competencyId, m.level from Course c"
            + " join c.provider p join c.mappings m"
            + " where c.status = org.linkworker.trellis.catalogue.entity.CourseStatus.PUBLISHED"
            + " order by c.id")
@NamedQuery(
    name = Course.PROVISION_OF_PROVIDER,
    query =
        "select c.id, m.competencyId, m.level from Course c join c.mappings m"
            + " where c.status = org.linkworker.trellis.catalogue.entity.CourseStatus.PUBLISHED"
            + " and c.provider.id = :provider")
public class Course {

  public static final String FIND_BY_PROVIDER_AND_CODES = "Course.findByProviderAndCodes";
  public static final String COUNT_BY_PROVIDER_AND_CODE = "Course.countByProviderAndCode";
  public static final String MAPPINGS_OF = "Course.mappingsOf";
  public static final String PUBLISHED_MAPPINGS = "Course.publishedMappings";
  public static final String PROVISION_OF_PROVIDER = "Course.provisionOfProvider";

  /** The shortest and longest course, in hours, and how many decimals an hour figure may have. */
  public static final String MIN_HOURS = "0.25";

  public static final String MAX_HOURS = "1000";

  /** A web address a browser opens: http or https, no spaces. */
  public static final String URL_PATTERN = "(?i)https?://[^\\s/?#]+[^\\s]*";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "provider_id", nullable = false)
  private Organisation provider;

  @Size(max = Lengths.COURSE_CODE, message = "{course.code.size}")
  @SingleLine
  @Column(name = "course_code", length = Lengths.COURSE_CODE)
  private String code;

  @NotBlank(message = "{course.title.required}")
  @Size(max = Lengths.TITLE, message = "{course.title.size}")
  @SingleLine
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Size(max = Lengths.DESCRIPTION, message = "{course.description.size}")
  @MultiLine
  @Column(name = "description", length = Lengths.DESCRIPTION)
  private String description;

  @NotNull(message = "{course.deliveryMode.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = Lengths.ENUM)
  private DeliveryMode deliveryMode;

  @NotNull(message = "{course.hours.required}")
  @DecimalMin(value = MIN_HOURS, message = "{course.hours.range}")
  @DecimalMax(value = MAX_HOURS, message = "{course.hours.range}")
  @Digits(integer = 4, fraction = 2, message = "{course.hours.digits}")
  @Column(name = "hours", nullable = false, precision = 7, scale = 2)
  private BigDecimal hours;

  @NotNull(message = "{course.cpdHours.required}")
  @DecimalMin(value = MIN_HOURS, message = "{course.cpdHours.range}")
  @DecimalMax(value = MAX_HOURS, message = "{course.cpdHours.range}")
  @Digits(integer = 4, fraction = 2, message = "{course.cpdHours.digits}")
  @Column(name = "cpd_hours", nullable = false, precision = 7, scale = 2)
  private BigDecimal cpdHours;

  @Size(max = Lengths.ACCREDITATION, message = "{course.accreditation.size}")
  @SingleLine
  @Column(name = "accreditation", length = Lengths.ACCREDITATION)
  private String accreditation;

  @Size(max = Lengths.URL, message = "{course.url.size}")
  @Pattern(regexp = URL_PATTERN, message = "{course.url.pattern}")
  @Column(name = "url", length = Lengths.URL)
  private String url;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = Lengths.ENUM)
  private CourseStatus status = CourseStatus.DRAFT;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_mapping", joinColumns = @JoinColumn(name = "course_id"))
  @OrderBy("competencyCode")
  private List<CourseMapping> mappings = new ArrayList<>();

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Course() {}

  /** A new draft course of the provider, with a random identifier. */
  public Course(Organisation provider) {
    this(UUID.randomUUID().toString(), provider);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set courses, random for new ones
   */
  public Course(String id, Organisation provider) {
    this.id = Objects.requireNonNull(id, "id");
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /**
   * Sets what the course is. Texts arrive trimmed with blanks as none; CPD hours default to the
   * course's hours. Reports whether anything changed.
   */
  public boolean describe(
      String code,
      String title,
      String description,
      DeliveryMode deliveryMode,
      BigDecimal hours,
      BigDecimal cpdHours,
      String accreditation,
      String url) {
    BigDecimal awarded = cpdHours == null ? hours : cpdHours;
    boolean changed =
        !Objects.equals(this.code, code)
            || !Objects.equals(this.title, title)
            || !Objects.equals(this.description, description)
            || this.deliveryMode != deliveryMode
            || !sameNumber(this.hours, hours)
            || !sameNumber(this.cpdHours, awarded)
            || !Objects.equals(this.accreditation, accreditation)
            || !Objects.equals(this.url, url);
    if (changed) {
      this.code = code;
      this.title = title;
      this.description = description;
      this.deliveryMode = deliveryMode;
      this.hours = hours;
      this.cpdHours = awarded;
      this.accreditation = accreditation;
      this.url = url;
    }
    return changed;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /**
   * Moves the course to a status: a draft is published; a published course is withdrawn; a
   * withdrawn one is published again. Asking for the status it has changes nothing. Reports whether
   * anything changed.
   *
   * @throws InvalidInputException field {@code status}, for a course that was offered going back to
   *     draft, or a draft withdrawn (delete it instead)
   */
  public boolean moveTo(CourseStatus target) {
    Objects.requireNonNull(target, "target");
    if (target == status) {
      return false;
    }
    boolean allowed =
        switch (status) {
          case DRAFT -> target == CourseStatus.PUBLISHED;
          case PUBLISHED -> target == CourseStatus.WITHDRAWN;
          case WITHDRAWN -> target == CourseStatus.PUBLISHED;
        };
    if (!allowed) {
      throw new InvalidInputException(
          Map.of(
              "status",
              Messages.format(
                  status == CourseStatus.DRAFT
                      ? "catalogue.draft_not_withdrawn"
                      : "catalogue.never_draft_again",
                  status,
                  target)));
    }
    status = target;
    return true;
  }

  /**
   * Replaces the course's mappings with these (at most one per competency, which the boundary has
   * checked). Reports whether anything changed.
   */
  public boolean remap(List<CourseMapping> replacement) {
    if (sameMappings(replacement)) {
      return false;
    }
    mappings.clear();
    mappings.addAll(replacement);
    return true;
  }

  private Optional<CourseMapping> mappingOf(String competencyId) {
    return mappings.stream().filter(m -> m.getCompetencyId().equals(competencyId)).findFirst();
  }

  private boolean sameMappings(List<CourseMapping> other) {
    if (other.size() != mappings.size()) {
      return false;
    }
    return other.stream()
        .allMatch(o -> mappingOf(o.getCompetencyId()).filter(m -> m.sameAs(o)).isPresent());
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }

  public String getId() {
    return id;
  }

  public Organisation getProvider() {
    return provider;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public String getAccreditation() {
    return accreditation;
  }

  public String getUrl() {
    return url;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public List<CourseMapping> getMappings() {
    return Collections.unmodifiableList(mappings);
  }

  public long getLockVersion() {
    return lockVersion;
  }

  @Override
  public String toString() {
    return "Course[" + id + "]";
  }
}
