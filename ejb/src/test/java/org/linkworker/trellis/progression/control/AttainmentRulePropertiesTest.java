package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.linkworker.trellis.progression.control.AttainmentRule.Standing;
import org.linkworker.trellis.progression.control.Evidence.Kind;

/**
 * PRODUCT.md's Currency and Attained level rules as properties of {@link AttainmentRule}, on
 * generated portfolios: claims and assessments of two competencies at levels 1 to 4, dated around
 * the day asked about (before it, on it, after it, and on the leap days and month ends where "D
 * minus three years" is easy to get wrong), under any currency of 1 to 5 years and any threshold of
 * 1 to 3 claims. Which entries are evidence at all (verified, not withdrawn) is the database
 * reader's question (AttainmentServiceTest); this is the rule applied to them.
 */
class AttainmentRulePropertiesTest {

  private static final List<String> COMPETENCIES = List.of("c1", "c2");

  @Property(tries = 300)
  void aVerifiedClaimDatedOnTheDayAskedAboutNeverLowersAttainment(
      @ForAll("rules") AttainmentRule rule,
      @ForAll("days") LocalDate day,
      @ForAll("portfolios") List<Evidence> evidence,
      @ForAll @IntRange(min = 0, max = 1) int competency,
      @ForAll @IntRange(min = 1, max = 4) int level) {
    List<Evidence> more = new ArrayList<>(evidence);
    more.add(claim(COMPETENCIES.get(competency), level, day));

    for (String c : COMPETENCIES) {
      assertThat(level(rule, more, day, c)).isGreaterThanOrEqualTo(level(rule, evidence, day, c));
    }
  }

  @Property(tries = 300)
  void evidenceDatedAfterTheDayAskedAboutNeverCounts(
      @ForAll("rules") AttainmentRule rule,
      @ForAll("days") LocalDate day,
      @ForAll("portfolios") List<Evidence> evidence) {
    List<Evidence> known = evidence.stream().filter(e -> !e.date().isAfter(day)).toList();

    assertThat(rule.standings(evidence, day)).isEqualTo(rule.standings(known, day));
  }

  @Property(tries = 300)
  void anAssessmentAtALevelGivesAtLeastThatLevelWhileItIsCurrent(
      @ForAll("rules") AttainmentRule rule,
      @ForAll("days") LocalDate day,
      @ForAll("portfolios") List<Evidence> evidence,
      @ForAll @IntRange(min = 1, max = 4) int level,
      @ForAll @IntRange(min = 0, max = 2_000) int daysBefore) {
    LocalDate date = day.minusDays(daysBefore);
    List<Evidence> more = new ArrayList<>(evidence);
    more.add(assessment("c1", level, date));

    if (rule.isCurrent(date, day)) {
      assertThat(level(rule, more, day, "c1")).isGreaterThanOrEqualTo(level);
    } else {
      assertThat(level(rule, more, day, "c1")).isEqualTo(level(rule, evidence, day, "c1"));
    }
  }

  @Property(tries = 300)
  void theBoundaryDayOfCurrencyCountsAndTheDayBeforeItDoesNot(
      @ForAll("rules") AttainmentRule rule,
      @ForAll("days") LocalDate day,
      @ForAll @IntRange(min = 1, max = 4) int level) {
    LocalDate boundary = day.minusYears(rule.currencyYears());
    List<Evidence> claims = new ArrayList<>();
    for (int i = 0; i < rule.evidenceThreshold(); i++) {
      claims.add(claim("c1", level, boundary));
    }
    List<Evidence> dayBefore = claims.stream().map(e -> dated(e, boundary.minusDays(1))).toList();

    assertThat(level(rule, List.of(assessment("c1", level, boundary)), day, "c1")).isEqualTo(level);
    assertThat(level(rule, claims, day, "c1")).isEqualTo(level);
    assertThat(level(rule, List.of(assessment("c1", level, boundary.minusDays(1))), day, "c1"))
        .isZero();
    assertThat(level(rule, dayBefore, day, "c1")).isZero();
  }

  @Property(tries = 500)
  void evidenceCountsUntilTheDayBeforeItLapsesAndNotOnThatDay(
      @ForAll("rules") AttainmentRule rule, @ForAll("days") LocalDate date) {
    LocalDate lapses = rule.lapsesOn(date);

    assertThat(rule.isCurrent(date, lapses.minusDays(1))).isTrue();
    assertThat(rule.isCurrent(date, lapses)).isFalse();
  }

  @Property(tries = 300)
  void aLevelHoldsUntilTheDayItIsSaidToLapseAndNotOnThatDay(
      @ForAll("rules") AttainmentRule rule,
      @ForAll("days") LocalDate day,
      @ForAll("portfolios") List<Evidence> portfolio) {
    List<Evidence> evidence = portfolio.stream().filter(e -> !e.date().isAfter(day)).toList();
    for (Map.Entry<String, Standing> held : rule.standings(evidence, day).entrySet()) {
      Standing standing = held.getValue();
      if (standing.level() == 0) {
        continue;
      }
      String competency = held.getKey();

      assertThat(level(rule, evidence, standing.lapses().minusDays(1), competency))
          .isGreaterThanOrEqualTo(standing.level());
      assertThat(level(rule, evidence, standing.lapses(), competency)).isLessThan(standing.level());
    }
  }

  // ---- helpers

  private static int level(AttainmentRule rule, List<Evidence> evidence, LocalDate day, String c) {
    Standing standing = rule.standings(evidence, day).get(c);
    return standing == null ? 0 : standing.level();
  }

  private static Evidence claim(String competency, int level, LocalDate date) {
    return new Evidence(Kind.CLAIM, competency, level, date, "entry", "Entry");
  }

  private static Evidence assessment(String competency, int level, LocalDate date) {
    return new Evidence(Kind.ASSESSMENT, competency, level, date, "assessment", null);
  }

  private static Evidence dated(Evidence e, LocalDate date) {
    return new Evidence(e.kind(), e.competencyId(), e.level(), date, e.source(), e.title());
  }

  // ---- generators

  @Provide
  Arbitrary<AttainmentRule> rules() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3))
        .as(AttainmentRule::new);
  }

  /** Any day from 2020 to 2035, often a leap day or a day beside one, or a month's end. */
  @Provide
  Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> any =
        Arbitraries.integers().between(0, 16 * 365).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
    Arbitrary<LocalDate> edges =
        Combinators.combine(
                Arbitraries.integers().between(2020, 2035),
                Arbitraries.of("02-27", "02-28", "02-29", "03-01", "03-31", "12-31", "01-01"))
            .as(
                (year, monthDay) -> {
                  int month = Integer.parseInt(monthDay.substring(0, 2));
                  int dayOfMonth = Integer.parseInt(monthDay.substring(3));
                  LocalDate first = LocalDate.of(year, month, 1);
                  return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
                });
    return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(1, edges));
  }

  /**
   * Up to twelve claims and assessments of two competencies at levels 1 to 4, dated as {@link
   * #days()} are: some before the day asked about, some current, some after it.
   */
  @Provide
  Arbitrary<List<Evidence>> portfolios() {
    Arbitrary<Evidence> one =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(Kind.CLAIM)),
                    Tuple.of(1, Arbitraries.just(Kind.ASSESSMENT))),
                Arbitraries.of(COMPETENCIES),
                Arbitraries.integers().between(1, 4),
                days())
            .as(
                (kind, competency, level, date) ->
                    new Evidence(kind, competency, level, date, "s", null));
    return one.list().ofMaxSize(12);
  }
}
