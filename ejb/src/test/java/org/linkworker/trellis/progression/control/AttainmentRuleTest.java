package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.control.AttainmentRule.Standing;
import org.linkworker.trellis.progression.control.Evidence.Kind;

/** PRODUCT.md's Currency and Attained level rules on evidence written by hand. */
class AttainmentRuleTest {

  private static final AttainmentRule RULE = new AttainmentRule(3, 2);
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

  private static Evidence claim(int level, LocalDate date) {
    return new Evidence(Kind.CLAIM, "c1", level, date, "entry-" + date + "-" + level, "Entry");
  }

  private static Evidence assessment(int level, LocalDate date) {
    return new Evidence(Kind.ASSESSMENT, "c1", level, date, "assessment-" + date, null);
  }

  private static int level(List<Evidence> evidence, LocalDate day) {
    Standing standing = RULE.standings(evidence, day).get("c1");
    return standing == null ? 0 : standing.level();
  }

  @Test
  void oneClaimIsBelowTheThresholdAndTwoReachIt() {
    assertThat(level(List.of(claim(2, DAY)), DAY)).isZero();
    assertThat(level(List.of(claim(2, DAY), claim(2, DAY.minusDays(1))), DAY)).isEqualTo(2);
  }

  @Test
  void claimsAtHigherLevelsCountTowardsLowerOnes() {
    List<Evidence> evidence = List.of(claim(3, DAY), claim(2, DAY), claim(1, DAY));
    // Two claims at level 2 or above; only one at level 3.
    assertThat(level(evidence, DAY)).isEqualTo(2);
  }

  @Test
  void evidenceOnTheBoundaryDayCountsAndTheDayBeforeDoesNot() {
    LocalDate boundary = DAY.minusYears(3);
    assertThat(level(List.of(claim(2, boundary), claim(2, DAY)), DAY)).isEqualTo(2);
    assertThat(level(List.of(claim(2, boundary.minusDays(1)), claim(2, DAY)), DAY)).isZero();
    assertThat(level(List.of(assessment(3, boundary)), DAY)).isEqualTo(3);
    assertThat(level(List.of(assessment(3, boundary.minusDays(1))), DAY)).isZero();
  }

  @Test
  void evidenceDatedAfterTheDayDoesNotCountYet() {
    assertThat(level(List.of(assessment(2, DAY.plusDays(1))), DAY)).isZero();
    assertThat(level(List.of(assessment(2, DAY.plusDays(1))), DAY.plusDays(1))).isEqualTo(2);
  }

  @Test
  void oneAssessmentAloneAttainsItsLevel() {
    assertThat(level(List.of(assessment(4, DAY)), DAY)).isEqualTo(4);
  }

  @Test
  void theHigherOfAssessmentAndClaimsWins() {
    List<Evidence> evidence = List.of(assessment(1, DAY), claim(3, DAY), claim(3, DAY));
    assertThat(level(evidence, DAY)).isEqualTo(3);
  }

  @Test
  void aLevelLapsesTheDayAfterItsThresholdClaimLeavesCurrency() {
    LocalDate older = LocalDate.of(2025, 1, 10);
    LocalDate newer = LocalDate.of(2026, 2, 1);
    Standing standing = RULE.standings(List.of(claim(2, older), claim(2, newer)), DAY).get("c1");
    assertThat(standing.lapses()).isEqualTo(LocalDate.of(2028, 1, 11));
    assertThat(level(List.of(claim(2, older), claim(2, newer)), LocalDate.of(2028, 1, 10)))
        .isEqualTo(2);
    assertThat(level(List.of(claim(2, older), claim(2, newer)), LocalDate.of(2028, 1, 11)))
        .isZero();
  }

  @Test
  void aLevelHeldTwoWaysLapsesWhenTheLaterWayDoes() {
    List<Evidence> evidence =
        List.of(
            claim(2, LocalDate.of(2025, 1, 10)),
            claim(2, LocalDate.of(2025, 1, 10)),
            assessment(2, LocalDate.of(2026, 3, 1)));
    Standing standing = RULE.standings(evidence, DAY).get("c1");
    assertThat(standing.lapses()).isEqualTo(LocalDate.of(2029, 3, 2));
    assertThat(standing.carrying()).hasSize(3);
    assertThat(standing.carrying().get(0).kind()).isEqualTo(Kind.ASSESSMENT);
  }

  @Test
  void aThresholdOfThreeNeedsThreeClaims() {
    AttainmentRule strict = new AttainmentRule(3, 3);
    List<Evidence> two = List.of(claim(2, DAY), claim(2, DAY));
    assertThat(strict.standings(two, DAY).get("c1").level()).isZero();
    Map<String, Standing> three =
        strict.standings(List.of(claim(2, DAY), claim(2, DAY), claim(2, DAY)), DAY);
    assertThat(three.get("c1").level()).isEqualTo(2);
  }

  @Test
  void theLevelFromCountsIsTheLevelFromTheEvidenceItself() {
    java.util.Random random = new java.util.Random(20261129);
    for (int threshold = 1; threshold <= 3; threshold++) {
      AttainmentRule rule = new AttainmentRule(3, threshold);
      for (int round = 0; round < 2_000; round++) {
        List<Evidence> evidence = new java.util.ArrayList<>();
        int[] counts = new int[5];
        int assessed = 0;
        for (int i = random.nextInt(8); i > 0; i--) {
          int level = 1 + random.nextInt(4);
          if (random.nextInt(5) == 0) {
            evidence.add(assessment(level, DAY.minusDays(random.nextInt(900))));
            assessed = Math.max(assessed, level);
          } else {
            evidence.add(claim(level, DAY.minusDays(random.nextInt(900))));
            counts[level]++;
          }
        }
        Standing standing = rule.standings(evidence, DAY).get("c1");
        assertThat(rule.level(counts, assessed))
            .as("threshold %d, %s", threshold, evidence)
            .isEqualTo(standing == null ? 0 : standing.level());
      }
    }
    assertThat(RULE.level(null, 0)).isZero();
    assertThat(RULE.level(new int[] {0, 0, 1, 1}, 0)).isEqualTo(2);
    assertThat(RULE.level(new int[] {0, 0, 1, 1}, 3)).isEqualTo(3);
  }

  @Test
  void evidenceOfTheTwentyEighthOfFebruaryLapsesAfterTheLeapDayTheCurrencyYearsOn() {
    // Found by AttainmentRulePropertiesTest: on 2024-02-29, "three years before" is 2021-02-28, so
    // evidence of that day still counts on the leap day; its lapse date said 2024-02-29 (its date
    // plus three years, plus a day), so the attainment page and the reminders named a day on which
    // the level still held.
    AttainmentRule rule = new AttainmentRule(3, 1);
    LocalDate date = LocalDate.of(2021, 2, 28);

    assertThat(rule.isCurrent(date, LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(rule.lapsesOn(date)).isEqualTo(LocalDate.of(2024, 3, 1));
    Standing standing =
        rule.standings(
                List.of(new Evidence(Kind.CLAIM, "c1", 2, date, "entry", "Entry")),
                LocalDate.of(2023, 6, 1))
            .get("c1");
    assertThat(standing.lapses()).isEqualTo(LocalDate.of(2024, 3, 1));
  }
}
