package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;

/**
 * An organisation's staff competency coverage on a day (PRODUCT.md: Coverage): per competency, who
 * of its active link workers is required to hold it by their current stage and who does, how many
 * hold each level, and where it hangs on one person; and the heatmap's rows, each person's level in
 * every competency beside what their stage requires.
 *
 * @param organisation the organisation's identifier
 * @param organisationName its name
 * @param on the day the levels are those held on
 * @param stage the career stage the team was filtered to, or null for every stage
 * @param supervisor the supervisor (username) the team was filtered to, or null for anyone's
 * @param people the active link workers counted (after the filters)
 * @param singlePointsOfFailure how many competencies exactly one person covers
 * @param uncovered how many competencies someone is required to hold and no one covers
 * @param levels the framework's levels, in order
 * @param competencies every competency of the team's framework, in the framework's order
 * @param staff the people counted, by display name, each with their levels
 * @param supervisors who supervises the organisation's active link workers (whatever the filters),
 *     by name: the choices of the {@code supervisor} filter
 */
@JsonbPropertyOrder({
  "organisation",
  "organisationName",
  "on",
  "stage",
  "supervisor",
  "people",
  "singlePointsOfFailure",
  "uncovered",
  "levels",
  "competencies",
  "staff",
  "supervisors"
})
public record Coverage(
    String organisation,
    String organisationName,
    LocalDate on,
    String stage,
    String supervisor,
    int people,
    int singlePointsOfFailure,
    int uncovered,
    List<LevelView> levels,
    List<CompetencyCoverage> competencies,
    List<StaffMember> staff,
    List<Supervisor> supervisors)
    implements Serializable {

  /** A supervisor of the organisation's link workers. */
  @JsonbPropertyOrder({"username", "displayName"})
  public record Supervisor(String username, String displayName) implements Serializable {}

  /**
   * One competency's coverage.
   *
   * @param competency its code
   * @param statement what it says
   * @param domain its domain's code
   * @param required people whose current stage requires it
   * @param covered of those, people attaining the level their stage requires
   * @param share covered ÷ required, null when no one requires it
   * @param byLevel people holding each level, "0" to the top level
   * @param singlePointOfFailure exactly one person covers it
   * @param soleHolder that person's username, when it hangs on one; else null
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "competency",
    "statement",
    "domain",
    "required",
    "covered",
    "share",
    "byLevel",
    "singlePointOfFailure",
    "soleHolder"
  })
  public record CompetencyCoverage(
      String competency,
      String statement,
      String domain,
      int required,
      int covered,
      Double share,
      Map<String, Integer> byLevel,
      boolean singlePointOfFailure,
      String soleHolder)
      implements Serializable {}

  /**
   * A row of the heatmap: one person, their level in every competency (0 included) and the levels
   * their current stage requires (a competency it does not require is absent).
   *
   * @param username who
   * @param displayName their name
   * @param stage their current career stage's code
   * @param supervisor their supervisor's username, or null
   * @param supervisorName their supervisor's name, or null
   * @param levels competency code to the level attained
   * @param requirements competency code to the level required
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "username",
    "displayName",
    "stage",
    "supervisor",
    "supervisorName",
    "levels",
    "requirements"
  })
  public record StaffMember(
      String username,
      String displayName,
      String stage,
      String supervisor,
      String supervisorName,
      Map<String, Integer> levels,
      Map<String, Integer> requirements)
      implements Serializable {

    /** The level attained in a competency. */
    public int level(String competency) {
      Integer level = levels.get(competency);
      return level == null ? 0 : level;
    }

    /** The level required in a competency, 0 when the stage does not require it. */
    public int required(String competency) {
      Integer level = requirements.get(competency);
      return level == null ? 0 : level;
    }
  }
}
