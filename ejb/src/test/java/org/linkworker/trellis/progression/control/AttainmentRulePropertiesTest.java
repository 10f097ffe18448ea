package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.control.AttainmentRule.Standing;
import org.linkworker.trellis.progression.control.Evidence.Kind;
import org.linkworker.trellis.testing.Tries;

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

  /** A rule, a day asked about, a portfolio, and a competency, level and age to add evidence. */
  private record Case(
      AttainmentRule rule,
      LocalDate day,
      List<Evidence> evidence,
      int competency,
      int level,
      int daysBefore) {}

  private static Case anyCase(Random random) {
    return new Case(
        rule(random),
        day(random),
        portfolio(random),
        random.nextInt(2),
        Tries.between(random, 1, 4),
        random.nextInt(2_001));
  }

  @Test
  void aVerifiedClaimDatedOnTheDayAskedAboutNeverLowersAttainment() {
    Tries.check(
        300,
        AttainmentRulePropertiesTest::anyCase,
        t -> {
          List<Evidence> more = new ArrayList<>(t.evidence());
          more.add(claim(COMPETENCIES.get(t.competency()), t.level(), t.day()));

          for (String c : COMPETENCIES) {
            assertThat(level(t.rule(), more, t.day(), c))
                .isGreaterThanOrEqualTo(level(t.rule(), t.evidence(), t.day(), c));
          }
        });
  }

  @Test
  void evidenceDatedAfterTheDayAskedAboutNeverCounts() {
    Tries.check(
        300,
        AttainmentRulePropertiesTest::anyCase,
        t -> {
          List<Evidence> known =
              t.evidence().stream().filter(e -> !e.date().isAfter(t.day())).toList();

          assertThat(t.rule().standings(t.evidence(), t.day()))
              .isEqualTo(t.rule().standings(known, t.day()));
        });
  }

  @Test
  void anAssessmentAtALevelGivesAtLeastThatLevelWhileItIsCurrent() {
    Tries.check(
        300,
        AttainmentRulePropertiesTest::anyCase,
        t -> {
          AttainmentRule rule = t.rule();
          LocalDate date = t.day().minusDays(t.daysBefore());
          List<Evidence> more = new ArrayList<>(t.evidence());
          more.add(assessment("c1", t.level(), date));

          if (rule.isCurrent(date, t.day())) {
            assertThat(level(rule, more, t.day(), "c1")).isGreaterThanOrEqualTo(t.level());
          } else {
            assertThat(level(rule, more, t.day(), "c1"))
                .isEqualTo(level(rule, t.evidence(), t.day(), "c1"));
          }
        });
  }

  @Test
  void theBoundaryDayOfCurrencyCountsAndTheDayBeforeItDoesNot() {
    Tries.check(
        300,
        AttainmentRulePropertiesTest::anyCase,
        t -> {
          AttainmentRule rule = t.rule();
          LocalDate day = t.day();
          int level = t.level();
          LocalDate boundary = day.minusYears(rule.currencyYears());
          List<Evidence> claims = new ArrayList<>();
          for (int i = 0; i < rule.evidenceThreshold(); i++) {
            claims.add(claim("c1", level, boundary));
          }
          List<Evidence> dayBefore =
              claims.stream().map(e -> dated(e, boundary.minusDays(1))).toList();

          assertThat(level(rule, List.of(assessment("c1", level, boundary)), day, "c1"))
              .isEqualTo(level);
          assertThat(level(rule, claims, day, "c1")).isEqualTo(level);
          assertThat(
                  level(rule, List.of(assessment("c1", level, boundary.minusDays(1))), day, "c1"))
              .isZero();
          assertThat(level(rule, dayBefore, day, "c1")).isZero();
        });
  }

  @Test
  void evidenceCountsOnEveryDayFromItsDateUntilItLapsesAndOnNoDayAfter() {
    Tries.check(
        500,
        random -> {
          AttainmentRule rule = rule(random);
          LocalDate date = day(random);
          LocalDate lapses = rule.lapsesOn(date);
          long span = ChronoUnit.DAYS.between(date, lapses);
          // A day while it counts and a day after it lapsed, anywhere up to a currency later.
          return new Lapse(
              rule,
              date,
              date.plusDays(random.nextLong(Math.max(1, span))),
              lapses.plusDays(random.nextLong(Math.max(1, span))));
        },
        t -> {
          AttainmentRule rule = t.rule();
          LocalDate lapses = rule.lapsesOn(t.date());

          assertThat(lapses).isAfter(t.date().plusYears(rule.currencyYears()));
          assertThat(rule.isCurrent(t.date(), t.date())).isTrue();
          assertThat(rule.isCurrent(t.date(), t.counted())).isTrue();
          assertThat(rule.isCurrent(t.date(), lapses.minusDays(1))).isTrue();
          assertThat(rule.isCurrent(t.date(), t.lapsed())).isFalse();
          assertThat(rule.isCurrent(t.date(), t.date().minusDays(1))).isFalse();
        });
  }

  /** Evidence of {@code date}, a day it counts on and a day on or after it lapses. */
  private record Lapse(AttainmentRule rule, LocalDate date, LocalDate counted, LocalDate lapsed) {}

  @Test
  void aLevelHoldsUntilTheDayItIsSaidToLapseAndNotOnThatDay() {
    Tries.check(
        300,
        AttainmentRulePropertiesTest::anyCase,
        t -> {
          AttainmentRule rule = t.rule();
          List<Evidence> evidence =
              t.evidence().stream().filter(e -> !e.date().isAfter(t.day())).toList();
          for (Map.Entry<String, Standing> held : rule.standings(evidence, t.day()).entrySet()) {
            Standing standing = held.getValue();
            if (standing.level() == 0) {
              continue;
            }
            String competency = held.getKey();

            assertThat(level(rule, evidence, standing.lapses().minusDays(1), competency))
                .isGreaterThanOrEqualTo(standing.level());
            assertThat(level(rule, evidence, standing.lapses(), competency))
                .isLessThan(standing.level());
          }
        });
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

  /** A currency of 1 to 5 years and a threshold of 1 to 3 claims. */
  private static AttainmentRule rule(Random random) {
    return new AttainmentRule(Tries.between(random, 1, 5), Tries.between(random, 1, 3));
  }

  /** Any day from 2020 to 2035, often (1 in 3) a leap day or a day beside one, or a month's end. */
  private static LocalDate day(Random random) {
    if (random.nextInt(3) < 2) {
      return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(16 * 365 + 1));
    }
    int year = Tries.between(random, 2020, 2035);
    String monthDay =
        Tries.oneOf(random, "02-27", "02-28", "02-29", "03-01", "03-31", "12-31", "01-01");
    int month = Integer.parseInt(monthDay.substring(0, 2));
    int dayOfMonth = Integer.parseInt(monthDay.substring(3));
    LocalDate first = LocalDate.of(year, month, 1);
    return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth()));
  }

  /**
   * Up to twelve claims and assessments (4 to 1) of two competencies at levels 1 to 4, dated as
   * {@link #day} draws them: some before the day asked about, some current, some after it.
   */
  private static List<Evidence> portfolio(Random random) {
    return Tries.list(
        random,
        0,
        12,
        r ->
            new Evidence(
                r.nextInt(5) < 4 ? Kind.CLAIM : Kind.ASSESSMENT,
                Tries.oneOf(r, COMPETENCIES),
                Tries.between(r, 1, 4),
                day(r),
                "s",
                null));
  }
}
