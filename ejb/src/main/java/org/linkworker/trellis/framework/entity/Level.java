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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A step of a framework's proficiency scale: 1 Foundation, 2 Practitioner, and so on. */
@Entity
@Table(name = "framework_level")
@NamedQuery(
    name = Level.FIND_BY_FRAMEWORK,
    query = "select l from Level l where l.framework = :framework order by l.number")
public class Level {

  public static final String FIND_BY_FRAMEWORK = "Level.findByFramework";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @Min(value = 1, message = "{level.number.min}")
  @Column(name = "level_number", nullable = false)
  private int number;

  @NotBlank(message = "{level.name.required}")
  @Size(max = Lengths.NAME, message = "{level.name.size}")
  @Column(name = "name", nullable = false, length = Lengths.NAME)
  private String name;

  protected Level() {}

  Level(Framework framework, int number, String name) {
    // CASE has no identifier for a level (levels are implied by the rubric's scores).
    this.id = framework.deriveIdentifier("level/" + number);
    this.framework = framework;
    this.number = number;
    this.name = name;
  }

  public String getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }
}
