package org.linkworker.trellis.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A course's claim to develop one competency at one level, with a strength. It names the competency
 * of one framework version by its identifier (and keeps its code, which a version never changes);
 * whether the level is on that framework's scale is checked by the catalogue's boundary, which
 * knows the framework.
 */
@Embeddable
public class CourseMapping {

  @NotNull
  @Column(name = "competency_id", nullable = false, length = Lengths.IDENTIFIER)
  private String competencyId;

  @NotNull
  @Column(name = "competency_code", nullable = false, length = Lengths.COMPETENCY_CODE)
  private String competencyCode;

  @Min(value = 1, message = "{course.mapping.level.min}")
  @Column(name = "level_number", nullable = false)
  private int level;

  @NotNull(message = "{course.mapping.strength.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "strength", nullable = false, length = Lengths.ENUM)
  private MappingStrength strength;

  protected CourseMapping() {}

  public CourseMapping(
      String competencyId, String competencyCode, int level, MappingStrength strength) {
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
    this.level = level;
    this.strength = Objects.requireNonNull(strength, "strength");
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

  public MappingStrength getStrength() {
    return strength;
  }

  /** Whether the two say the same: the same competency at the same level and strength. */
  public boolean sameAs(CourseMapping other) {
    return competencyId.equals(other.competencyId)
        && level == other.level
        && strength == other.strength;
  }

  @Override
  public String toString() {
    return competencyCode + ":" + level + ":" + strength;
  }
}
