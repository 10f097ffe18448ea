package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * An entry's claim that it evidences a competency at a level. It names the competency of one
 * framework version by identifier (and keeps its code, which a version never changes); that the
 * level is on the framework's scale is checked by the boundary, which knows the framework.
 */
@Embeddable
public class Claim {

  @NotNull
  @Column(name = "competency_id", nullable = false, length = Lengths.IDENTIFIER)
  private String competencyId;

  @NotNull
  @Column(name = "competency_code", nullable = false, length = Lengths.CODE)
  private String competencyCode;

  @Min(value = 1, message = "{cpdEntry.claim.level.min}")
  @Column(name = "level_number", nullable = false)
  private int level;

  protected Claim() {}

  public Claim(String competencyId, String competencyCode, int level) {
    this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
    this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
    this.level = level;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Claim c && competencyId.equals(c.competencyId) && level == c.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(competencyId, level);
  }

  @Override
  public String toString() {
    return competencyCode + ":" + level;
  }
}
