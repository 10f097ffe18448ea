package org.linkworker.trellis.web.portfolio;

import java.io.Serializable;

/** One row of the entry form's claims: a competency code and a level, either possibly unset. */
public class ClaimRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String competency;
  private Integer level;

  public ClaimRow() {}

  ClaimRow(String competency, Integer level) {
    this.competency = competency;
    this.level = level;
  }

  /** Whether the row claims something (a row left empty is ignored). */
  boolean isBlank() {
    return (competency == null || competency.isBlank()) && level == null;
  }

  public String getCompetency() {
    return competency;
  }

  public void setCompetency(String competency) {
    this.competency = competency;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }
}
