package org.linkworker.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * A role on the progression path, e.g. Senior link worker. Its stage profile (the requirements)
 * says the level each competency needs at this stage; a competency without one is not required.
 */
@Entity
@Table(name = "career_stage")
@NamedQuery(
    name = CareerStage.FIND_BY_FRAMEWORK,
    query = "select s from CareerStage s where s.framework = :framework order by s.position")
@NamedQuery(name = CareerStage.COUNT, query = "select count(s) from CareerStage s")
public class CareerStage {

  public static final String FIND_BY_FRAMEWORK = "CareerStage.findByFramework";
  public static final String COUNT = "CareerStage.count";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @NotBlank(message = "{careerStage.code.required}")
  @Size(max = Lengths.CODE, message = "{careerStage.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{careerStage.title.required}")
  @Size(max = Lengths.TITLE, message = "{careerStage.title.size}")
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Column(name = "position", nullable = false)
  private int position;

  @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<StageRequirement> requirements = new ArrayList<>();

  protected CareerStage() {}

  CareerStage(Framework framework, String id, String code, String title, int position) {
    this.framework = framework;
    this.id = id;
    this.code = code;
    this.title = title;
    this.position = position;
  }

  /**
   * Requires a competency at a level at this stage.
   *
   * @throws IllegalArgumentException when the competency belongs to another framework, or the level
   *     is not one of the framework's
   */
  public StageRequirement require(Competency competency, int level) {
    if (competency.getFramework() != framework) {
      throw new IllegalArgumentException(competency + " is not in " + framework);
    }
    if (level < 1 || level > framework.getLevels().size()) {
      throw new IllegalArgumentException(
          "Level " + level + " is not a level of " + framework + " for " + competency);
    }
    if (requiredLevel(competency).isPresent()) {
      throw new IllegalStateException(code + " already requires " + competency);
    }
    StageRequirement requirement = new StageRequirement(this, competency, level);
    requirements.add(requirement);
    return requirement;
  }

  /** The level this stage requires in a competency, or empty when it does not require it. */
  public OptionalInt requiredLevel(Competency competency) {
    return requirements.stream()
        .filter(r -> r.getCompetency() == competency)
        .mapToInt(StageRequirement::getRequiredLevel)
        .findFirst();
  }

  /**
   * A stable identifier for one requirement of this stage, the same at every import (a profile
   * gives requirements no identifier of their own).
   */
  String deriveRequirementIdentifier(Competency competency) {
    return framework.deriveIdentifier("stage/" + id + "/" + competency.getId());
  }

  public String getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  /** 1-based place along the progression: the next stage is the one with the next position. */
  public int getPosition() {
    return position;
  }

  /** The stage profile. Reading it navigates the relation: load requirements by query in bulk. */
  public List<StageRequirement> getRequirements() {
    return Collections.unmodifiableList(requirements);
  }
}
