package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.control.GapRule.Gap;
import org.linkworker.trellis.progression.control.GapRule.Need;
import org.linkworker.trellis.progression.control.GapRule.Offer;
import org.linkworker.trellis.progression.control.GapRule.Pick;

class GapRuleTest {

  private static Map<String, Integer> ordered(Object... codesAndLevels) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLevels.length; i += 2) {
      map.put((String) codesAndLevels[i], (Integer) codesAndLevels[i + 1]);
    }
    return map;
  }

  private static Offer course(String id, String title, String hours, Object... codesAndLevels) {
    return new Offer(
        id, id.toUpperCase(), title, new BigDecimal(hours), ordered(codesAndLevels), "P");
  }

  private static List<String> chosen(List<Pick> picks) {
    return picks.stream().map(p -> p.offer().id()).toList();
  }

  @Test
  void aGapIsWhatTheStageRequiresAboveTheAttainedLevelAndNeverNegative() {
    List<Gap> gaps =
        GapRule.gaps(ordered("PC.1", 3, "PC.2", 2, "CC.1", 1), ordered("PC.1", 1, "PC.2", 4));

    assertThat(gaps)
        .containsExactly(
            new Gap("PC.1", 3, 1, 2), new Gap("PC.2", 2, 4, 0), new Gap("CC.1", 1, 0, 1));
  }

  @Test
  void aCompetencyTheStageLeavesOutIsNoGapAndNotCountedInReadiness() {
    List<Gap> gaps = GapRule.gaps(ordered("PC.1", 2, "PC.2", 0, "CC.1", 1), ordered("PC.1", 2));

    assertThat(gaps).extracting(Gap::competency).containsExactly("PC.1", "CC.1");
    assertThat(GapRule.readiness(gaps)).isEqualTo(0.5);
  }

  @Test
  void readinessIsTheShareOfRequiredCompetenciesWithNoGap() {
    List<Gap> gaps = GapRule.gaps(ordered("A", 1, "B", 2, "C", 3), ordered("A", 1, "B", 1, "C", 3));

    assertThat(GapRule.readiness(gaps)).isEqualTo(2.0 / 3);
    assertThat(GapRule.readiness(GapRule.gaps(ordered("A", 1), ordered("A", 4)))).isEqualTo(1.0);
    assertThat(GapRule.readiness(List.of())).isNull();
  }

  @Test
  void withNoGapNothingIsRecommended() {
    List<Gap> gaps = GapRule.gaps(ordered("A", 2), ordered("A", 2));

    assertThat(GapRule.recommend(GapRule.needs("w", gaps), List.of(course("c1", "T", "1", "A", 4))))
        .isEmpty();
  }

  @Test
  void withNoCourseForTheGapsNothingIsRecommended() {
    List<Need> needs = GapRule.needs("w", GapRule.gaps(ordered("A", 2), ordered()));

    assertThat(GapRule.recommend(needs, List.of())).isEmpty();
    assertThat(GapRule.recommend(needs, List.of(course("c1", "T", "1", "B", 4)))).isEmpty();
  }

  @Test
  void aCourseMappedAtOrBelowTheAttainedLevelClosesNothing() {
    List<Need> needs = GapRule.needs("w", GapRule.gaps(ordered("A", 3), ordered("A", 2)));

    assertThat(
            GapRule.recommend(
                needs, List.of(course("c1", "T", "1", "A", 2), course("c2", "U", "1", "A", 1))))
        .isEmpty();
  }

  @Test
  void aCourseClosesOnlyUpToTheRequiredLevel() {
    List<Need> needs = GapRule.needs("w", GapRule.gaps(ordered("A", 2), ordered("A", 0)));

    List<Pick> picks = GapRule.recommend(needs, List.of(course("c1", "T", "1", "A", 4)));

    assertThat(picks).hasSize(1);
    assertThat(picks.get(0).points()).isEqualTo(2);
    assertThat(picks.get(0).addresses()).containsExactly("A");
  }

  @Test
  void theCourseClosingMostPointsIsTakenFirstAndLevelsRiseBeforeTheNextChoice() {
    // A needs 0 -> 3, B needs 1 -> 2. big closes A to 2 and B (3 points); small closes A to 3 (3
    // points from 0, but only 1 once big has raised A to 2); partial closes A to 1.
    List<Need> needs =
        GapRule.needs("w", GapRule.gaps(ordered("A", 3, "B", 2), ordered("A", 0, "B", 1)));
    Offer big = course("big", "Big", "10", "A", 2, "B", 2);
    Offer small = course("small", "Small", "20", "A", 3);
    Offer partial = course("partial", "Partial", "1", "A", 1);

    List<Pick> picks = GapRule.recommend(needs, List.of(partial, small, big));

    // big (3 points, 10 h) beats small (3 points, 20 h) on hours; then small closes A's last point;
    // partial then closes nothing.
    assertThat(chosen(picks)).containsExactly("big", "small");
    assertThat(picks.get(0).points()).isEqualTo(3);
    assertThat(picks.get(0).addresses()).containsExactly("A", "B");
    assertThat(picks.get(1).points()).isEqualTo(1);
    assertThat(picks.get(1).addresses()).containsExactly("A");
  }

  @Test
  void tiesOnPointsGoToFewerHoursThenTitleInCodePointOrderThenId() {
    List<Need> needs =
        GapRule.needs("w", GapRule.gaps(ordered("A", 1, "B", 1, "C", 1, "D", 1), ordered()));

    // Each closes one point of its own competency.
    List<Pick> byHours =
        GapRule.recommend(
            needs, List.of(course("x", "Same", "2", "A", 1), course("y", "Same", "1.5", "B", 1)));
    assertThat(chosen(byHours)).containsExactly("y", "x");

    // Capital letters come before small ones in code-point order.
    List<Pick> byTitle =
        GapRule.recommend(
            needs, List.of(course("x", "apple", "1", "A", 1), course("y", "Zebra", "1", "B", 1)));
    assertThat(chosen(byTitle)).containsExactly("y", "x");

    List<Pick> byId =
        GapRule.recommend(
            needs, List.of(course("b", "Same", "1", "A", 1), course("a", "Same", "1", "B", 1)));
    assertThat(chosen(byId)).containsExactly("a", "b");
  }

  @Test
  void titlesCompareByCodePointNotByUtf16Unit() {
    // U+FFFD sorts before U+1F600 by code point, though its UTF-16 unit is larger than the
    // surrogate that starts U+1F600.
    assertThat(GapRule.compareCodePoints("\uFFFD", "\uD83D\uDE00")).isNegative();
    assertThat("\uFFFD".compareTo("\uD83D\uDE00")).isPositive();
    assertThat(GapRule.compareCodePoints("ab", "abc")).isNegative();
    assertThat(GapRule.compareCodePoints("abc", "abc")).isZero();
  }

  @Test
  void aTeamsNeedsAddUpAndEachCourseSaysWhomItHelps() {
    List<Need> needs =
        List.of(
            new Need("ann", "A", 0, 2),
            new Need("bob", "A", 1, 2),
            new Need("bob", "B", 0, 1),
            new Need("cat", "B", 0, 1));
    Offer forA = course("a", "For A", "5", "A", 2);
    Offer forB = course("b", "For B", "1", "B", 1);

    List<Pick> picks = GapRule.recommend(needs, List.of(forB, forA));

    assertThat(chosen(picks)).containsExactly("a", "b");
    assertThat(picks.get(0).points()).isEqualTo(3);
    assertThat(picks.get(0).people()).containsExactlyInAnyOrder("ann", "bob");
    assertThat(picks.get(1).points()).isEqualTo(2);
    assertThat(picks.get(1).people()).containsExactlyInAnyOrder("bob", "cat");
  }
}
