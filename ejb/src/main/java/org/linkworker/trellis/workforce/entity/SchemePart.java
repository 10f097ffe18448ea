package org.linkworker.trellis.workforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.portfolio.entity.ActivityType;

/** One part of a scheme: an amount of counted CPD over its window. */
@Embeddable
public class SchemePart {

  @Column(name = "part_code", nullable = false, length = Lengths.CODE)
  private String partCode;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure", nullable = false, length = Lengths.ENUM)
  private Measure measure;

  @Column(name = "required_amount", nullable = false, precision = 7, scale = 2)
  private BigDecimal required;

  @Column(name = "activity_types", length = Lengths.ACTIVITY_TYPES)
  private String activityTypes;

  protected SchemePart() {}

  /**
   * @param types the activity types that count, or empty for every type
   */
  public SchemePart(
      String code, int position, Measure measure, BigDecimal required, Set<ActivityType> types) {
    this.partCode = Objects.requireNonNull(code, "code");
    this.position = position;
    this.measure = Objects.requireNonNull(measure, "measure");
    this.required = Objects.requireNonNull(required, "required");
    this.activityTypes =
        types.isEmpty()
            ? null
            : types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public String getCode() {
    return partCode;
  }

  public int getPosition() {
    return position;
  }

  public Measure getMeasure() {
    return measure;
  }

  public BigDecimal getRequired() {
    return required;
  }

  /** The activity types that count, in name order; empty when every type counts. */
  public List<String> getActivityTypes() {
    return activityTypes == null ? List.of() : List.of(activityTypes.split(","));
  }

  /** Whether an entry of this type counts towards the part. */
  public boolean counts(ActivityType type) {
    return activityTypes == null
        || Arrays.stream(activityTypes.split(",")).anyMatch(t -> t.strip().equals(type.name()));
  }
}
