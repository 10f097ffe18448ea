package org.linkworker.trellis.progression.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A gap report as it is printed: the worker and the stages named by their titles, the gaps grouped
 * under their domains, and the recommended courses. Made by the boundary from a report and the
 * framework it was read against.
 *
 * @param currentStage the title of the worker's own stage; null for a person with none
 * @param stage the title of the stage reported against
 * @param framework the framework's title, as readers know it
 * @param version the framework's version
 * @param met how many required competencies have no gap
 * @param required how many competencies the stage requires
 * @param topLevel the highest level of the framework's scale, the chart's end
 * @param domains the domains with a competency the stage requires, in the framework's order
 * @param courses the recommended courses, in the order the rule chose them
 */
public record PrintedGapReport(
    String username,
    String displayName,
    String currentStage,
    String stage,
    String framework,
    String version,
    LocalDate on,
    int met,
    int required,
    int topLevel,
    List<Domain> domains,
    List<Course> courses) {

  public PrintedGapReport {
    domains = List.copyOf(domains);
    courses = List.copyOf(courses);
  }

  /** Whether no required competency has a gap. */
  public boolean ready() {
    return met == required;
  }

  /** The share of required competencies with no gap, in whole per cent (rounded down). */
  public int percent() {
    return required == 0 ? 100 : met * 100 / required;
  }

  /** Every required competency, in the framework's order. */
  public List<Competency> competencies() {
    return domains.stream().flatMap(d -> d.competencies().stream()).toList();
  }

  /** A domain and the competencies of it the stage requires. */
  public record Domain(String code, String title, List<Competency> competencies) {

    public Domain {
      competencies = List.copyOf(competencies);
    }
  }

  /**
   * A required competency.
   *
   * @param gap {@code max(0, required − attained)}
   */
  public record Competency(String code, String statement, int required, int attained, int gap) {}

  /**
   * A recommended course.
   *
   * @param points the gap points it closes after the courses before it
   * @param addresses the codes of the competencies it closes a gap in
   */
  public record Course(
      String code,
      String title,
      BigDecimal hours,
      String provider,
      int points,
      List<String> addresses) {

    public Course {
      addresses = List.copyOf(addresses);
    }
  }
}
