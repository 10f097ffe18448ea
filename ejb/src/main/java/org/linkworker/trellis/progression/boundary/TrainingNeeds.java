package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's training needs analysis on a day: every active link worker's gaps against their
 * next stage, summed by competency, and the smallest set of published courses the greedy rule
 * chooses to close the most of them, with its hours and what a gap point costs.
 *
 * @param organisation the organisation's identifier
 * @param organisationName its name
 * @param on the day the levels are those held on
 * @param people its active link workers
 * @param workersWithGaps how many of them have at least one gap
 * @param totals the figures of the whole analysis
 * @param gaps the competencies in which someone has a gap, most needed first (more workers, then
 *     more points, then the framework's order)
 * @param courses the course set, in the order chosen
 */
@JsonbPropertyOrder({
  "organisation",
  "organisationName",
  "on",
  "people",
  "workersWithGaps",
  "totals",
  "gaps",
  "courses"
})
public record TrainingNeeds(
    String organisation,
    String organisationName,
    LocalDate on,
    int people,
    int workersWithGaps,
    Totals totals,
    List<Gap> gaps,
    List<Course> courses)
    implements Serializable {

  public TrainingNeeds {
    gaps = List.copyOf(gaps);
    courses = List.copyOf(courses);
  }

  /**
   * The figures of the whole analysis.
   *
   * @param gapPoints every gap point of the team
   * @param pointsClosed the gap points the course set closes
   * @param pointsLeft the gap points no published course closes
   * @param courses how many courses the set holds
   * @param hours the set's hours, summed
   * @param hoursPerPoint hours ÷ points closed, to the hundredth of an hour; null when the set
   *     closes none
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "gapPoints",
    "pointsClosed",
    "pointsLeft",
    "courses",
    "hours",
    "hoursPerPoint"
  })
  public record Totals(
      int gapPoints,
      int pointsClosed,
      int pointsLeft,
      int courses,
      BigDecimal hours,
      BigDecimal hoursPerPoint)
      implements Serializable {}

  /**
   * A competency in which at least one worker has a gap.
   *
   * @param competency its code
   * @param statement what it says, as the framework words it
   * @param domain the code of its domain
   * @param workers how many workers have a gap in it
   * @param points their gap points, summed
   * @param lowestRequired the lowest level their next stages require of it
   * @param highestRequired the highest level their next stages require of it
   */
  @JsonbPropertyOrder({
    "competency",
    "statement",
    "domain",
    "workers",
    "points",
    "lowestRequired",
    "highestRequired"
  })
  public record Gap(
      String competency,
      String statement,
      String domain,
      int workers,
      int points,
      int lowestRequired,
      int highestRequired)
      implements Serializable {}

  /**
   * A course of the set.
   *
   * @param course its identifier
   * @param code the provider's own code for it
   * @param points the gap points it closes, counted after the courses chosen before it
   * @param peopleHelped how many workers it closes a gap point for
   * @param hoursPerPoint its hours ÷ its points, to the hundredth of an hour
   * @param addresses the competencies it closes a gap in, in the framework's order
   */
  @JsonbPropertyOrder({
    "course",
    "code",
    "title",
    "provider",
    "hours",
    "points",
    "peopleHelped",
    "hoursPerPoint",
    "addresses"
  })
  public record Course(
      String course,
      String code,
      String title,
      String provider,
      BigDecimal hours,
      int points,
      int peopleHelped,
      BigDecimal hoursPerPoint,
      List<String> addresses)
      implements Serializable {

    public Course {
      addresses = List.copyOf(addresses);
    }
  }
}
