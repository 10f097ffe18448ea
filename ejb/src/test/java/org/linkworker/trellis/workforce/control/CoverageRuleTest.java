package org.linkworker.trellis.workforce.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.workforce.control.CoverageRule.Figures;
import org.linkworker.trellis.workforce.control.CoverageRule.Member;

/** PRODUCT.md's Coverage rule on a hand-built team of three, worked out by hand. */
class CoverageRuleTest {

  private static final List<String> COMPETENCIES = List.of("A", "B", "C", "D");

  // Rosa's stage requires A at 2 and B at 1; she holds A at 3 and C at 1.
  private static final Member ROSA =
      new Member("rosa", Map.of("A", 2, "B", 1), Map.of("A", 3, "C", 1));
  // Tom's stage requires A at 2; he holds A at 1 and B at 2.
  private static final Member TOM = new Member("tom", Map.of("A", 2), Map.of("A", 1, "B", 2));
  // Uma's stage requires A at 3, B at 2 and C at 1; she holds A at 3 and B at 2.
  private static final Member UMA =
      new Member("uma", Map.of("A", 3, "B", 2, "C", 1), Map.of("A", 3, "B", 2));

  private static Figures of(String competency, List<Member> team) {
    return CoverageRule.figures(COMPETENCIES, 4, team).stream()
        .filter(f -> f.competency().equals(competency))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCompetencyIsCoveredByThoseWhoReachTheLevelTheirOwnStageRequires() {
    Figures a = of("A", List.of(ROSA, TOM, UMA));

    assertThat(a.required()).isEqualTo(3);
    assertThat(a.covered()).isEqualTo(2); // Rosa 3 >= 2, Uma 3 >= 3; Tom 1 < 2
    assertThat(a.share()).isEqualTo(2.0 / 3);
    assertThat(a.byLevel()).containsExactly(0, 1, 0, 2, 0);
    assertThat(a.singlePointOfFailure()).isFalse();
    assertThat(a.soleHolder()).isNull();
  }

  @Test
  void aCompetencyOnlyOnePersonCoversIsASinglePointOfFailureNamingThem() {
    Figures b = of("B", List.of(ROSA, TOM, UMA));

    // Required of Rosa (holds 0) and Uma (holds 2): only Uma covers it. Tom holds B at 2, but his
    // stage does not require it, so he counts by level and not as cover.
    assertThat(b.required()).isEqualTo(2);
    assertThat(b.covered()).isEqualTo(1);
    assertThat(b.share()).isEqualTo(0.5);
    assertThat(b.byLevel()).containsExactly(1, 0, 2, 0, 0);
    assertThat(b.singlePointOfFailure()).isTrue();
    assertThat(b.soleHolder()).isEqualTo("uma");
  }

  @Test
  void aCompetencyRequiredAndHeldByNoOneHasAShareOfNothingAndIsNoSinglePointOfFailure() {
    Figures c = of("C", List.of(ROSA, TOM, UMA));

    assertThat(c.required()).isEqualTo(1);
    assertThat(c.covered()).isZero();
    assertThat(c.share()).isEqualTo(0.0);
    assertThat(c.byLevel()).containsExactly(2, 1, 0, 0, 0);
    assertThat(c.singlePointOfFailure()).isFalse();
  }

  @Test
  void aCompetencyNoOneIsRequiredToHoldHasNoShare() {
    Figures d = of("D", List.of(ROSA, TOM, UMA));

    assertThat(d.required()).isZero();
    assertThat(d.covered()).isZero();
    assertThat(d.share()).isNull();
    assertThat(d.byLevel()).containsExactly(3, 0, 0, 0, 0);
  }

  @Test
  void anEmptyTeamRequiresNothingAndHoldsNothing() {
    List<Figures> figures = CoverageRule.figures(COMPETENCIES, 4, List.of());

    assertThat(figures).hasSize(4);
    assertThat(figures)
        .allSatisfy(
            f -> {
              assertThat(f.required()).isZero();
              assertThat(f.share()).isNull();
              assertThat(f.byLevel()).containsOnly(0);
            });
  }

  @Test
  void figuresFollowTheOrderOfTheCompetenciesGiven() {
    assertThat(CoverageRule.figures(List.of("C", "A"), 4, List.of(ROSA)))
        .extracting(Figures::competency)
        .containsExactly("C", "A");
  }

  @Test
  void aLevelAboveTheScaleIsCountedAtTheTopLevel() {
    Member high = new Member("high", Map.of("A", 4), Map.of("A", 6));

    Figures a = of("A", List.of(high));

    assertThat(a.byLevel()).containsExactly(0, 0, 0, 0, 1);
    assertThat(a.covered()).isEqualTo(1);
  }
}
