package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.testing.Tries;
import org.linkworker.trellis.workforce.boundary.ComplianceReport.Part;
import org.linkworker.trellis.workforce.entity.AppliesTo;
import org.linkworker.trellis.workforce.entity.Measure;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;
import org.linkworker.trellis.workforce.entity.SchemePart;

/**
 * The lapse date a compliance report gives a part of a window that moves with the day (a rolling
 * scheme's part, a refresher item) on random entries and days, often at a short month's end: the
 * part is met on every day before it and not on it, when nothing new is recorded.
 */
class ComplianceRulePropertiesTest {

  private record Case(RequirementScheme scheme, LocalDate day, List<CountedEntry> entries) {}

  @Test
  void aPartMetTodayStaysMetUntilTheDayItIsSaidToLapseAndNotOnThatDay() {
    Tries.check(
        500,
        ComplianceRulePropertiesTest::anyCase,
        t -> {
          ComplianceReport today = ComplianceRule.report(t.scheme(), t.day(), t.entries());
          for (Part part : today.parts()) {
            if (!part.met()) {
              continue;
            }
            assertThat(part.lapses()).as(part.part()).isAfter(t.day());
            assertThat(met(t, part.lapses().minusDays(1), part.part()))
                .as("%s the day before %s", part.part(), part.lapses())
                .isTrue();
            assertThat(met(t, part.lapses(), part.part()))
                .as("%s on %s", part.part(), part.lapses())
                .isFalse();
          }
        });
  }

  private static boolean met(Case t, LocalDate day, String code) {
    return ComplianceRule.report(t.scheme(), day, t.entries()).parts().stream()
        .filter(p -> p.part().equals(code))
        .findFirst()
        .orElseThrow()
        .met();
  }

  private static Case anyCase(Random random) {
    LocalDate day = day(random);
    RequirementScheme scheme =
        random.nextBoolean()
            ? RequirementScheme.rollingYears(
                "ROLLING",
                "Rolling",
                Tries.between(random, 1, 4),
                AppliesTo.CHOSEN,
                List.of(
                    new SchemePart(
                        "hours",
                        1,
                        Measure.HOURS,
                        BigDecimal.valueOf(Tries.between(random, 1, 12)),
                        Set.of())))
            : RequirementScheme.mandatoryTraining(
                "org-1",
                "MANDATORY",
                "Mandatory",
                List.of(
                    new SchemeItem("SE.1", Tries.between(random, 1, 36)),
                    new SchemeItem("SE.2", Tries.oneOf(random, 1, 12, 24))),
                Instant.EPOCH);
    List<CountedEntry> entries =
        Tries.list(
            random,
            0,
            6,
            r ->
                new CountedEntry(
                    entryDay(r, day),
                    ActivityType.COURSE,
                    BigDecimal.valueOf(Tries.between(r, 1, 6)),
                    false,
                    false,
                    Set.copyOf(Tries.subset(r, List.of("SE.1", "SE.2")))));
    return new Case(scheme, day, entries);
  }

  /** A day from 2024 to 2032, often (1 in 2) at or beside a month's end, a leap day among them. */
  private static LocalDate day(Random random) {
    if (random.nextBoolean()) {
      return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(9 * 365));
    }
    LocalDate monthEnd =
        LocalDate.of(Tries.between(random, 2024, 2032), Tries.between(random, 1, 12), 1)
            .plusMonths(1)
            .minusDays(1);
    return monthEnd.plusDays(Tries.between(random, -2, 1));
  }

  /** An entry's day up to four years before {@code day}, often at or beside a month's end. */
  private static LocalDate entryDay(Random random, LocalDate day) {
    LocalDate date = random.nextBoolean() ? day(random) : day.minusDays(random.nextInt(4 * 366));
    return date.isAfter(day) ? day.minusDays(random.nextInt(4 * 366)) : date;
  }
}
