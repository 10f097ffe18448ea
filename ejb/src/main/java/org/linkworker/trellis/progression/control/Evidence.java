package org.linkworker.trellis.progression.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of evidence of a competency at a level: a verified CPD claim or a standing assessment,
 * already known on the day asked about. Whether it is current on that day is the calculator's
 * question, not the reader's, so the same evidence also says when a level will lapse.
 *
 * @param competencyId the competency of the framework version the evidence names
 * @param source where it comes from: the entry's or the assessment's identifier
 * @param title what a person reads: the entry's title, or null for an assessment
 */
public record Evidence(
    Kind kind, String competencyId, int level, LocalDate date, String source, String title)
    implements Serializable {

  /** A verified CPD claim counts towards the threshold; one assessment is enough on its own. */
  public enum Kind {
    CLAIM,
    ASSESSMENT
  }

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(competencyId, "competencyId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }

  /**
   * The same evidence counted for another competency: one of a later version that continues the one
   * it names (PRODUCT.md: Versions; nothing stored is rewritten).
   */
  public Evidence countedFor(String successorId) {
    return successorId.equals(competencyId)
        ? this
        : new Evidence(kind, successorId, level, date, source, title);
  }
}
