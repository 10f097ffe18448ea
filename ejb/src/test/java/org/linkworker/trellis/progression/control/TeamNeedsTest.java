package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.control.GapRule.Need;
import org.linkworker.trellis.progression.control.GapRule.Offer;
import org.linkworker.trellis.progression.control.TeamNeeds.Analysis;
import org.linkworker.trellis.progression.control.TeamNeeds.CompetencyNeed;
import org.linkworker.trellis.progression.control.TeamNeeds.Course;

/** A team's training needs on hand-built teams: the sums by competency and the course set. */
class TeamNeedsTest {

  /** The framework's order of the competencies these teams need. */
  private static final List<String> ORDER = List.of("A", "B", "C", "D");

  private static Offer course(String id, String title, String hours, Object... codesAndLevels) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLevels.length; i += 2) {
      levels.put((String) codesAndLevels[i], (Integer) codesAndLevels[i + 1]);
    }
    return new Offer(id, id.toUpperCase(), title, new BigDecimal(hours), levels, "Provider");
  }

  /**
   * Ann needs A (0 → 2) and B (1 → 2); Bob needs A (1 → 3) and C (0 → 1); Cat needs B (0 → 2); Dan
   * needs nothing.
   */
  private static List<Need> team() {
    return List.of(
        new Need("ann", "A", 0, 2),
        new Need("ann", "B", 1, 2),
        new Need("bob", "A", 1, 3),
        new Need("bob", "C", 0, 1),
        new Need("cat", "B", 0, 2));
  }

  private static List<String> chosen(Analysis analysis) {
    return analysis.courses().stream().map(c -> c.offer().id()).toList();
  }

  @Test
  void gapsAreSummedByCompetencyMostWorkersFirstThenMostPointsWithTheRangeOfLevelsRequired() {
    Analysis analysis = TeamNeeds.analyse(team(), List.of(), ORDER);

    assertThat(analysis.gaps())
        .containsExactly(
            new CompetencyNeed("A", 2, 4, 2, 3),
            new CompetencyNeed("B", 2, 3, 2, 2),
            new CompetencyNeed("C", 1, 1, 1, 1));
    assertThat(analysis.workersWithGaps()).isEqualTo(3);
    assertThat(analysis.gapPoints()).isEqualTo(8);
  }

  @Test
  void competenciesAsNeededAsEachOtherComeInTheFrameworksOrderAndAnUnknownCodeLast() {
    List<Need> needs =
        List.of(
            new Need("ann", "Z", 0, 1),
            new Need("ann", "C", 0, 1),
            new Need("ann", "B", 0, 1),
            new Need("ann", "Y", 0, 1));

    Analysis analysis = TeamNeeds.analyse(needs, List.of(), ORDER);

    assertThat(analysis.gaps())
        .extracting(CompetencyNeed::competency)
        .containsExactly("B", "C", "Y", "Z");
  }

  @Test
  void aCourseClosingPointsForSeveralPeopleIsChosenFirstAndSaysHowManyItHelps() {
    Offer forA = course("a", "Deep A", "6", "A", 3);
    Offer forB = course("b", "Broad B", "3", "B", 2);

    Analysis analysis = TeamNeeds.analyse(team(), List.of(forB, forA), ORDER);

    assertThat(chosen(analysis)).containsExactly("a", "b");
    Course first = analysis.courses().get(0);
    assertThat(first.points()).isEqualTo(4);
    assertThat(first.people()).isEqualTo(2);
    assertThat(first.addresses()).containsExactly("A");
    assertThat(first.hoursPerPoint()).isEqualByComparingTo("1.50");
    Course second = analysis.courses().get(1);
    assertThat(second.points()).isEqualTo(3);
    assertThat(second.people()).isEqualTo(2);
    assertThat(second.hoursPerPoint()).isEqualByComparingTo("1.00");
  }

  @Test
  void theTotalsAreTheSetsHoursThePointsItClosesThoseLeftAndHoursPerPointClosed() {
    Analysis analysis =
        TeamNeeds.analyse(
            team(),
            List.of(course("a", "Deep A", "6", "A", 3), course("b", "B", "3", "B", 2)),
            ORDER);

    // Nothing on offer closes Bob's C.
    assertThat(analysis.pointsClosed()).isEqualTo(7);
    assertThat(analysis.pointsLeft()).isEqualTo(1);
    assertThat(analysis.hours()).isEqualByComparingTo("9");
    // 9 hours ÷ 7 points = 1.2857…, to the hundredth.
    assertThat(analysis.hoursPerPoint()).isEqualByComparingTo("1.29");
  }

  @Test
  void aCourseCountsOnlyThePointsLeftAfterTheCoursesChosenBeforeIt() {
    Offer deep = course("deep", "Deep A and B", "10", "A", 3, "B", 2);
    Offer shallow = course("shallow", "Shallow A", "1", "A", 1);

    Analysis analysis = TeamNeeds.analyse(team(), List.of(shallow, deep), ORDER);

    // Deep closes 4 + 3 points; shallow's one point for Ann in A is closed already.
    assertThat(chosen(analysis)).containsExactly("deep");
    assertThat(analysis.courses().get(0).people()).isEqualTo(3);
    assertThat(analysis.courses().get(0).addresses()).containsExactly("A", "B");
  }

  @Test
  void coursesClosingAsManyPointsGoToFewerHoursThenToTheTitle() {
    List<Need> needs = List.of(new Need("ann", "A", 0, 2), new Need("bob", "B", 0, 2));
    Offer longA = course("long", "Alpha long", "8", "A", 2);
    Offer shortA = course("short", "Zulu short", "4", "A", 2);
    Offer betaB = course("beta", "Beta", "5", "B", 2);
    Offer alphaB = course("alpha", "Alpha", "5", "B", 2);

    Analysis analysis = TeamNeeds.analyse(needs, List.of(longA, betaB, shortA, alphaB), ORDER);

    // All four close two points: the shortest first, then the two of five hours by title.
    assertThat(chosen(analysis)).containsExactly("short", "alpha");
    assertThat(analysis.hours()).isEqualByComparingTo("9");
    assertThat(analysis.hoursPerPoint()).isEqualByComparingTo("2.25");
  }

  @Test
  void aTeamWithNoGapsHasNoNeedsAndAnEmptyCourseSetWhateverIsOnOffer() {
    List<Need> none =
        GapRule.needs("dan", GapRule.gaps(Map.of("A", 2, "B", 1), Map.of("A", 3, "B", 1)));

    Analysis analysis = TeamNeeds.analyse(none, List.of(course("a", "Deep A", "6", "A", 3)), ORDER);

    assertThat(analysis.gaps()).isEmpty();
    assertThat(analysis.courses()).isEmpty();
    assertThat(analysis.workersWithGaps()).isZero();
    assertThat(analysis.gapPoints()).isZero();
    assertThat(analysis.pointsClosed()).isZero();
    assertThat(analysis.hours()).isEqualByComparingTo("0");
    assertThat(analysis.hoursPerPoint()).isNull();
  }

  @Test
  void withNoCoursesEveryGapPointIsLeftAndThereIsNoCostPerPoint() {
    Analysis analysis = TeamNeeds.analyse(team(), List.of(), ORDER);

    assertThat(analysis.courses()).isEmpty();
    assertThat(analysis.pointsClosed()).isZero();
    assertThat(analysis.pointsLeft()).isEqualTo(8);
    assertThat(analysis.hours()).isEqualByComparingTo("0");
    assertThat(analysis.hoursPerPoint()).isNull();
  }

  @Test
  void coursesForCompetenciesNoOneNeedsAreNotChosen() {
    Analysis analysis =
        TeamNeeds.analyse(team(), List.of(course("d", "Only D", "1", "D", 4)), ORDER);

    assertThat(analysis.courses()).isEmpty();
    assertThat(analysis.gaps()).extracting(CompetencyNeed::competency).doesNotContain("D");
  }
}
