package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker's attained level in one competency on a day, with the evidence that carries it.
 *
 * @param competency the competency's code
 * @param level the attained level, 0 when none
 * @param lapses the first day on which that level no longer holds if nothing new is recorded, or
 *     null at level 0
 * @param evidence what carries the level: assessments, then claims newest first
 */
@JsonbPropertyOrder({"competency", "level", "lapses", "evidence"})
public record CompetencyAttainment(
    String competency, int level, LocalDate lapses, List<EvidenceView> evidence)
    implements Serializable {

  public CompetencyAttainment {
    evidence = List.copyOf(evidence);
  }

  /**
   * One piece of evidence as a person reads it.
   *
   * @param kind {@code CLAIM} (a verified CPD entry's claim) or {@code ASSESSMENT}
   * @param source the CPD entry's or the assessment's identifier
   * @param title the entry's title; null for an assessment
   */
  @JsonbPropertyOrder({"kind", "source", "title", "date", "level"})
  public record EvidenceView(String kind, String source, String title, LocalDate date, int level)
      implements Serializable {}
}
