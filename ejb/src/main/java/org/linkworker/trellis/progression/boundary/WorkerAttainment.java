package org.linkworker.trellis.progression.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;

/**
 * A worker's attainment in every competency of their framework on one day, in the framework's
 * order.
 *
 * @param stage the worker's current stage code, or null
 * @param framework the framework version the levels are read against
 */
public record WorkerAttainment(
    String username,
    String displayName,
    String stage,
    LocalDate on,
    FrameworkSnapshot framework,
    List<CompetencyAttainment> competencies)
    implements Serializable {

  public WorkerAttainment {
    competencies = List.copyOf(competencies);
  }

  /** The level attained in a competency by code; 0 for one the framework does not have. */
  public int level(String competencyCode) {
    return find(competencyCode).map(CompetencyAttainment::level).orElse(0);
  }

  public Optional<CompetencyAttainment> find(String competencyCode) {
    return competencies.stream().filter(c -> c.competency().equals(competencyCode)).findFirst();
  }
}
