package org.linkworker.trellis.workforce.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.workforce.control.ReminderRule.Due;
import org.linkworker.trellis.workforce.control.ReminderRule.LevelStanding;
import org.linkworker.trellis.workforce.control.ReminderRule.PartStanding;
import org.linkworker.trellis.workforce.control.ReminderRule.SchemeStanding;

class ReminderRuleTest {

  private static final LocalDate YEAR_FROM = LocalDate.of(2026, 4, 1);
  private static final LocalDate YEAR_TO = LocalDate.of(2027, 3, 31);

  private static SchemeStanding association(boolean met, boolean atRisk, PartStanding... parts) {
    return new SchemeStanding(
        "ASSOCIATION", "Association CPD", YEAR_FROM, YEAR_TO, met, atRisk, List.of(parts));
  }

  @Test
  void eachPartNotMetIsRemindedOfWhileTheWindowIsAtRiskKeyedByWindowAndPart() {
    SchemeStanding scheme =
        association(
            false,
            true,
            new PartStanding("points", false, new BigDecimal("8"), null),
            new PartStanding("formalHours", true, BigDecimal.ZERO, null));

    List<Due> due = ReminderRule.schemeParts(scheme, LocalDate.of(2027, 2, 1));

    assertThat(due)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(NotificationKind.SCHEME_PART_AT_RISK);
              assertThat(d.subjectKey()).isEqualTo("ASSOCIATION|2026-04-01|points");
              assertThat(d.values())
                  .containsExactly("Association CPD", "points", new BigDecimal("8"), YEAR_TO);
            });
  }

  @Test
  void theSameWindowAndPartGiveTheSameKeyEveryNightSoTheReminderIsSentOnce() {
    SchemeStanding scheme =
        association(false, true, new PartStanding("points", false, BigDecimal.TEN, null));

    assertThat(ReminderRule.schemeParts(scheme, LocalDate.of(2027, 2, 1)))
        .isEqualTo(ReminderRule.schemeParts(scheme, LocalDate.of(2027, 3, 30)));
  }

  @Test
  void aSchemeThatIsNotAtRiskRemindsOfNothing() {
    SchemeStanding notMet =
        association(false, false, new PartStanding("points", false, BigDecimal.TEN, null));
    SchemeStanding met =
        association(true, false, new PartStanding("points", true, BigDecimal.ZERO, null));

    assertThat(ReminderRule.schemeParts(notMet, LocalDate.of(2026, 12, 1))).isEmpty();
    assertThat(ReminderRule.schemeParts(met, LocalDate.of(2026, 12, 1))).isEmpty();
  }

  @Test
  void aMetPartLapsingWithinSixtyDaysIsRemindedOfKeyedByItsLapseDay() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    SchemeStanding threeYear =
        new SchemeStanding(
            "THREE_YEAR",
            "Three-year CPD",
            day.minusYears(3).plusDays(1),
            day,
            true,
            true,
            List.of(
                new PartStanding("hours", true, BigDecimal.ZERO, day.plusDays(60)),
                new PartStanding("activityTypes", true, BigDecimal.ZERO, day.plusDays(61))));

    assertThat(ReminderRule.schemeParts(threeYear, day))
        .extracting(Due::subjectKey)
        .containsExactly("THREE_YEAR|hours|lapses|2027-01-30");
  }

  @Test
  void levelsLapsingFromTomorrowToSixtyDaysAheadAreRemindedOfOncePerLapseDay() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<LevelStanding> levels =
        List.of(
            new LevelStanding("PC.1", 2, day),
            new LevelStanding("PC.2", 2, day.plusDays(1)),
            new LevelStanding("PC.3", 3, day.plusDays(60)),
            new LevelStanding("PC.4", 1, day.plusDays(61)),
            new LevelStanding("PC.5", 0, day.plusDays(5)),
            new LevelStanding("PC.6", 2, null));

    assertThat(ReminderRule.lapsingLevels(levels, day))
        .extracting(Due::kind, Due::subjectKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                NotificationKind.ATTAINMENT_LAPSING, "PC.2|2026-12-02"),
            org.assertj.core.groups.Tuple.tuple(
                NotificationKind.ATTAINMENT_LAPSING, "PC.3|2027-01-30"));
  }

  @Test
  void supervisionIsOverdueTheDayAfterTheIntervalEndsKeyedByTheDueDay() {
    LocalDate last = LocalDate.of(2026, 10, 1);

    assertThat(ReminderRule.supervision(last, 42, last.plusDays(42))).isEmpty();
    assertThat(ReminderRule.supervision(last, 42, last.plusDays(43)))
        .hasValueSatisfying(
            d -> {
              assertThat(d.kind()).isEqualTo(NotificationKind.SUPERVISION_OVERDUE);
              assertThat(d.subjectKey()).isEqualTo("2026-11-12");
              assertThat(d.values()).containsExactly(last, LocalDate.of(2026, 11, 12));
            });
    assertThat(ReminderRule.supervision(last, 42, last.plusDays(90)).map(Due::subjectKey))
        .contains("2026-11-12");
  }

  @Test
  void aWorkerWithNoSupervisionIsRemindedOnce() {
    assertThat(ReminderRule.supervision(null, 42, LocalDate.of(2026, 12, 1)))
        .map(Due::subjectKey)
        .contains("none");
  }

  @Test
  void aDeclarationIsDueOncePerMembershipYearUntilMade() {
    assertThat(ReminderRule.declaration(false, 2026, "2026–27"))
        .hasValueSatisfying(
            d -> {
              assertThat(d.kind()).isEqualTo(NotificationKind.DECLARATION_DUE);
              assertThat(d.subjectKey()).isEqualTo("2026");
            });
    assertThat(ReminderRule.declaration(true, 2026, "2026–27")).isEmpty();
  }
}
