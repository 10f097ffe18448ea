package org.linkworker.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;

/** One line of a stage profile: at this stage, this competency is required at this level. */
@Entity
@Table(name = "stage_requirement")
@NamedQuery(
    name = StageRequirement.FIND_BY_FRAMEWORK,
    query = "select r from StageRequirement r where r.stage.framework = :framework")
public class StageRequirement {

  public static final String FIND_BY_FRAMEWORK = "StageRequirement.findByFramework";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "stage_id", nullable = false)
  private CareerStage stage;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competency_id", nullable = false)
  private Competency competency;

  @Min(value = 1, message = "{stageRequirement.requiredLevel.min}")
  @Column(name = "required_level", nullable = false)
  private int requiredLevel;

  protected StageRequirement() {}

  StageRequirement(CareerStage stage, Competency competency, int requiredLevel) {
    this.id = stage.deriveRequirementIdentifier(competency);
    this.stage = stage;
    this.competency = competency;
    this.requiredLevel = requiredLevel;
  }

  public String getId() {
    return id;
  }

  public CareerStage getStage() {
    return stage;
  }

  public Competency getCompetency() {
    return competency;
  }

  public int getRequiredLevel() {
    return requiredLevel;
  }
}
