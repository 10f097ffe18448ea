package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker's career progression gap report (API.md's gap report): where they stand against a stage
 * on a day, each competency the stage requires with its gap, and the courses that close the gaps,
 * in the order PRODUCT.md's greedy rule chooses them.
 *
 * @param stage the code of the stage reported against (by default the worker's next stage)
 * @param currentStage the worker's own stage; null for a person with none
 * @param readiness competencies with no gap ÷ competencies the stage requires; null when it
 *     requires none
 * @param met how many required competencies have no gap
 * @param required how many competencies the stage requires
 * @param gaps every competency the stage requires, in the framework's order, gap 0 included
 */
@JsonbPropertyOrder({
  "username",
  "displayName",
  "stage",
  "stageTitle",
  "currentStage",
  "framework",
  "on",
  "readiness",
  "met",
  "required",
  "gaps",
  "recommendations"
})
public record GapReport(
    String username,
    String displayName,
    String stage,
    String stageTitle,
    String currentStage,
    String framework,
    LocalDate on,
    Double readiness,
    int met,
    int required,
    List<Gap> gaps,
    List<Recommendation> recommendations)
    implements Serializable {

  public GapReport {
    gaps = List.copyOf(gaps);
    recommendations = List.copyOf(recommendations);
  }

  /** The gaps above zero, the competencies still to reach. */
  public List<Gap> open() {
    return gaps.stream().filter(g -> g.gap() > 0).toList();
  }

  /**
   * A competency the stage requires.
   *
   * @param domain the code of its domain
   * @param gap {@code max(0, required − attained)}
   */
  @JsonbPropertyOrder({"competency", "required", "attained", "gap", "domain"})
  public record Gap(String competency, int required, int attained, int gap, String domain)
      implements Serializable {}

  /**
   * A recommended course.
   *
   * @param course the course's identifier
   * @param code the provider's own code for it
   * @param points the gap points it closes, counted after the courses recommended before it
   * @param addresses the competencies it closes a gap in, in the framework's order
   */
  @JsonbPropertyOrder({"course", "code", "title", "hours", "provider", "points", "addresses"})
  public record Recommendation(
      String course,
      String code,
      String title,
      BigDecimal hours,
      String provider,
      int points,
      List<String> addresses)
      implements Serializable {

    public Recommendation {
      addresses = List.copyOf(addresses);
    }
  }
}
