package org.linkworker.trellis.progression.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's training needs: every worker's gaps against their next stage, summed by competency, and
 * the courses {@link GapRule#recommend} chooses for all of them at once, with what that set costs.
 * The set is the greedy one PRODUCT.md prescribes for a gap report, over the whole team's needs: a
 * course counts the points it closes for everyone, so the first course is the one that closes the
 * most gap points across the team.
 */
public final class TeamNeeds {

  /** Hours per gap point are given to the hundredth of an hour. */
  static final int HOURS_PER_POINT_SCALE = 2;

  private TeamNeeds() {}

  /**
   * One competency in which someone has a gap.
   *
   * @param workers how many people have a gap in it
   * @param points the gap points summed over them
   * @param lowestRequired the lowest level their next stages require of it
   * @param highestRequired the highest level their next stages require of it
   */
  public record CompetencyNeed(
      String competency, int workers, int points, int lowestRequired, int highestRequired) {}

  /**
   * A course of the set, in the order chosen.
   *
   * @param points the gap points it closes, counted after the courses chosen before it
   * @param people how many people it closes a point for
   * @param hoursPerPoint its hours ÷ its points, to the hundredth
   */
  public record Course(
      GapRule.Offer offer,
      int points,
      int people,
      List<String> addresses,
      BigDecimal hoursPerPoint) {

    public Course {
      addresses = List.copyOf(addresses);
    }
  }

  /**
   * The analysis.
   *
   * @param workersWithGaps how many people have at least one gap
   * @param gapPoints every gap point of the team
   * @param pointsClosed the gap points the course set closes
   * @param hours the course set's hours
   * @param hoursPerPoint hours ÷ points closed, to the hundredth; null when no point is closed
   */
  public record Analysis(
      List<CompetencyNeed> gaps,
      List<Course> courses,
      int workersWithGaps,
      int gapPoints,
      int pointsClosed,
      BigDecimal hours,
      BigDecimal hoursPerPoint) {

    public Analysis {
      gaps = List.copyOf(gaps);
      courses = List.copyOf(courses);
    }

    /** The gap points no course of the set closes. */
    public int pointsLeft() {
      return gapPoints - pointsClosed;
    }
  }

  /**
   * Analyses a team's needs (as {@link GapRule#needs} gives them, one person's after another) with
   * the courses on offer. Competencies come most-needed first: more workers, then more points, then
   * in {@code order} (the framework's order of competency codes; a code it lacks comes last, by
   * code).
   */
  public static Analysis analyse(
      Collection<GapRule.Need> needs, Collection<GapRule.Offer> offers, List<String> order) {
    Map<String, int[]> byCompetency = new LinkedHashMap<>();
    Map<String, Set<String>> people = new HashMap<>();
    Set<String> withGaps = new HashSet<>();
    int gapPoints = 0;
    for (GapRule.Need need : needs) {
      int gap = need.required() - need.attained();
      if (gap <= 0) {
        continue;
      }
      gapPoints += gap;
      withGaps.add(need.person());
      int[] figures =
          byCompetency.computeIfAbsent(
              need.competency(), k -> new int[] {0, 0, Integer.MAX_VALUE, 0});
      if (people.computeIfAbsent(need.competency(), k -> new HashSet<>()).add(need.person())) {
        figures[0]++;
      }
      figures[1] += gap;
      figures[2] = Math.min(figures[2], need.required());
      figures[3] = Math.max(figures[3], need.required());
    }
    List<CompetencyNeed> gaps = new ArrayList<>();
    byCompetency.forEach((code, f) -> gaps.add(new CompetencyNeed(code, f[0], f[1], f[2], f[3])));
    gaps.sort(mostNeededFirst(order));

    List<Course> courses = new ArrayList<>();
    BigDecimal hours = BigDecimal.ZERO;
    int closed = 0;
    for (GapRule.Pick pick : GapRule.recommend(needs, offers)) {
      courses.add(
          new Course(
              pick.offer(),
              pick.points(),
              pick.people().size(),
              pick.addresses(),
              perPoint(pick.offer().hours(), pick.points())));
      hours = hours.add(pick.offer().hours());
      closed += pick.points();
    }
    return new Analysis(
        gaps, courses, withGaps.size(), gapPoints, closed, hours, perPoint(hours, closed));
  }

  /** Hours ÷ points to the hundredth (half up); null for no point. */
  static BigDecimal perPoint(BigDecimal hours, int points) {
    return points == 0
        ? null
        : hours.divide(BigDecimal.valueOf(points), HOURS_PER_POINT_SCALE, RoundingMode.HALF_UP);
  }

  /** More workers first, then more points, then the framework's order. */
  static Comparator<CompetencyNeed> mostNeededFirst(List<String> order) {
    return Comparator.comparingInt(CompetencyNeed::workers)
        .reversed()
        .thenComparing(Comparator.comparingInt(CompetencyNeed::points).reversed())
        .thenComparing(inOrder(order));
  }

  /** The framework's order of competency codes; a code it lacks comes after, by code. */
  public static Comparator<CompetencyNeed> inOrder(List<String> order) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.putIfAbsent(order.get(i), i);
    }
    return Comparator.comparingInt(
            (CompetencyNeed need) -> position.getOrDefault(need.competency(), Integer.MAX_VALUE))
        .thenComparing(CompetencyNeed::competency, GapRule::compareCodePoints);
  }
}
