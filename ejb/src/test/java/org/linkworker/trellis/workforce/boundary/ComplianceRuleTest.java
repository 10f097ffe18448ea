package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.workforce.boundary.ComplianceReport.Part;
import org.linkworker.trellis.workforce.entity.AppliesTo;
import org.linkworker.trellis.workforce.entity.Measure;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;
import org.linkworker.trellis.workforce.entity.SchemePart;

/** PRODUCT.md's Compliance rule for each kind of scheme, on entries written by hand. */
class ComplianceRuleTest {

  /** The association's scheme, as the migration defines it. */
  static final RequirementScheme ASSOCIATION =
      RequirementScheme.membershipYear(
          "ASSOCIATION",
          "Association",
          MonthDay.of(4, 1),
          AppliesTo.EVERY_LINK_WORKER,
          List.of(
              new SchemePart("points", 1, Measure.HOURS, new BigDecimal("20"), Set.of()),
              new SchemePart(
                  "formalHours",
                  2,
                  Measure.HOURS,
                  new BigDecimal("10"),
                  Set.of(ActivityType.COURSE, ActivityType.E_LEARNING, ActivityType.CONFERENCE))));

  static final RequirementScheme THREE_YEAR =
      RequirementScheme.rollingYears(
          "THREE_YEAR",
          "Three-year",
          3,
          AppliesTo.CHOSEN,
          List.of(
              new SchemePart("hours", 1, Measure.HOURS, new BigDecimal("35"), Set.of()),
              new SchemePart(
                  "participatoryHours",
                  2,
                  Measure.PARTICIPATORY_HOURS,
                  new BigDecimal("20"),
                  Set.of()),
              new SchemePart(
                  "reflectiveAccounts",
                  3,
                  Measure.REFLECTIVE_ACCOUNTS,
                  new BigDecimal("5"),
                  Set.of()),
              new SchemePart(
                  "activityTypes", 4, Measure.ACTIVITY_TYPES, new BigDecimal("2"), Set.of())));

  static final RequirementScheme MANDATORY =
      RequirementScheme.mandatoryTraining(
          "org-1",
          "MANDATORY",
          "Mandatory training",
          List.of(new SchemeItem("SE.1", 12), new SchemeItem("SE.2", 36)),
          Instant.EPOCH);

  private static CountedEntry entry(String date, ActivityType type, String hours) {
    return new CountedEntry(
        LocalDate.parse(date), type, new BigDecimal(hours), false, false, Set.of());
  }

  private static Part part(ComplianceReport report, String code) {
    return report.parts().stream().filter(p -> p.part().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theAssociationsWindowIsTheMembershipYearContainingTheDay() {
    ComplianceReport onLastDay =
        ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 3, 31), List.of());
    assertThat(onLastDay.window().from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(onLastDay.window().to()).isEqualTo(LocalDate.of(2026, 3, 31));
    ComplianceReport onFirstDay =
        ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 4, 1), List.of());
    assertThat(onFirstDay.window().from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(onFirstDay.window().to()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void anEntryOn31MarchCountsForTheYearEndingThenAndNotForTheNext() {
    List<CountedEntry> entries =
        List.of(
            entry("2026-03-31", ActivityType.COURSE, "12"),
            entry("2026-04-01", ActivityType.READING, "9"));
    ComplianceReport march = ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 3, 31), entries);
    assertThat(part(march, "points").achieved()).isEqualByComparingTo("12");
    assertThat(part(march, "formalHours").achieved()).isEqualByComparingTo("12");
    ComplianceReport april = ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 4, 1), entries);
    assertThat(part(april, "points").achieved()).isEqualByComparingTo("9");
    assertThat(part(april, "formalHours").achieved()).isEqualByComparingTo("0");
  }

  @Test
  void anEntryDatedAfterTheDayAskedAboutDoesNotCount() {
    List<CountedEntry> entries =
        List.of(
            entry("2026-06-01", ActivityType.COURSE, "15"),
            entry("2026-06-02", ActivityType.COURSE, "5"));
    ComplianceReport report = ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 6, 1), entries);
    assertThat(part(report, "points").achieved()).isEqualByComparingTo("15");
    assertThat(report.met()).isFalse();
  }

  @Test
  void theAssociationIsMetWithTwentyPointsOfWhichTenFormal() {
    List<CountedEntry> entries =
        List.of(
            entry("2026-05-01", ActivityType.E_LEARNING, "4"),
            entry("2026-06-01", ActivityType.CONFERENCE, "6"),
            entry("2026-07-01", ActivityType.READING, "10"));
    ComplianceReport report =
        ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 11, 1), entries);
    assertThat(report.met()).isTrue();
    assertThat(report.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(part(report, "points").required()).isEqualByComparingTo("20");
    assertThat(part(report, "formalHours").missing()).isEqualByComparingTo("0");
  }

  @Test
  void missingFormalHoursAreNamedAndPutTheYearAtRiskWithinSixtyDaysOfItsEnd() {
    List<CountedEntry> entries =
        List.of(
            entry("2025-05-01", ActivityType.READING, "20"),
            entry("2025-06-01", ActivityType.COURSE, "2.5"));
    ComplianceReport january =
        ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 1, 29), entries);
    assertThat(january.met()).isFalse();
    assertThat(part(january, "points").met()).isTrue();
    assertThat(part(january, "formalHours").achieved()).isEqualByComparingTo("2.5");
    assertThat(part(january, "formalHours").missing()).isEqualByComparingTo("7.5");
    assertThat(january.status()).isEqualTo(ComplianceStatus.NOT_MET);
    // 29 January is 61 days before 31 March; 30 January is 60.
    ComplianceReport late = ComplianceRule.report(ASSOCIATION, LocalDate.of(2026, 1, 30), entries);
    assertThat(late.status()).isEqualTo(ComplianceStatus.AT_RISK);
  }

  @Test
  void theThreeYearWindowEndsOnTheDayAndStartsThreeYearsBeforePlusOneDay() {
    ComplianceReport report =
        ComplianceRule.report(THREE_YEAR, LocalDate.of(2026, 11, 25), List.of());
    assertThat(report.window().from()).isEqualTo(LocalDate.of(2023, 11, 26));
    assertThat(report.window().to()).isEqualTo(LocalDate.of(2026, 11, 25));
    List<CountedEntry> edge =
        List.of(
            entry("2023-11-25", ActivityType.COURSE, "10"),
            entry("2023-11-26", ActivityType.COURSE, "7"));
    assertThat(
            part(ComplianceRule.report(THREE_YEAR, LocalDate.of(2026, 11, 25), edge), "hours")
                .achieved())
        .isEqualByComparingTo("7");
  }

  @Test
  void theThreeYearSchemeCountsHoursParticipationReflectionsAndTypes() {
    List<CountedEntry> entries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      entries.add(
          new CountedEntry(
              LocalDate.of(2025, 1 + i, 10),
              ActivityType.PEER_LEARNING,
              new BigDecimal("4"),
              true,
              true,
              Set.of()));
    }
    entries.add(entry("2025-08-01", ActivityType.PEER_LEARNING, "15"));
    ComplianceReport oneType =
        ComplianceRule.report(THREE_YEAR, LocalDate.of(2026, 11, 25), entries);
    assertThat(part(oneType, "hours").achieved()).isEqualByComparingTo("35");
    assertThat(part(oneType, "participatoryHours").achieved()).isEqualByComparingTo("20");
    assertThat(part(oneType, "reflectiveAccounts").achieved()).isEqualByComparingTo("5");
    assertThat(part(oneType, "activityTypes").achieved()).isEqualByComparingTo("1");
    assertThat(oneType.met()).isFalse();
    assertThat(oneType.status()).isEqualTo(ComplianceStatus.NOT_MET);
    entries.add(entry("2025-09-01", ActivityType.READING, "1"));
    ComplianceReport twoTypes =
        ComplianceRule.report(THREE_YEAR, LocalDate.of(2026, 11, 25), entries);
    assertThat(twoTypes.met()).isTrue();
    assertThat(twoTypes.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(part(twoTypes, "hours").lapses()).isEqualTo(LocalDate.of(2028, 1, 10));
  }

  @Test
  void aMetRollingSchemeIsAtRiskWhenAPartLapsesWithinSixtyDays() {
    List<CountedEntry> entries =
        List.of(
            new CountedEntry(
                LocalDate.of(2023, 12, 20),
                ActivityType.COURSE,
                new BigDecimal("30"),
                true,
                true,
                Set.of()),
            new CountedEntry(
                LocalDate.of(2026, 1, 1),
                ActivityType.READING,
                new BigDecimal("5"),
                false,
                false,
                Set.of()));
    RequirementScheme hoursOnly =
        RequirementScheme.rollingYears(
            "HOURS",
            "Hours",
            3,
            AppliesTo.CHOSEN,
            List.of(new SchemePart("hours", 1, Measure.HOURS, new BigDecimal("35"), Set.of())));
    ComplianceReport report = ComplianceRule.report(hoursOnly, LocalDate.of(2026, 11, 25), entries);
    assertThat(report.met()).isTrue();
    assertThat(part(report, "hours").lapses()).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(report.status()).isEqualTo(ComplianceStatus.AT_RISK);
  }

  @Test
  void aRefresherItemIsMetByAClaimWithinItsIntervalItsBoundaryDayIncluded() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    List<CountedEntry> entries =
        List.of(
            new CountedEntry(
                LocalDate.of(2025, 11, 25),
                ActivityType.COURSE,
                BigDecimal.ONE,
                false,
                false,
                Set.of("SE.1")),
            new CountedEntry(
                LocalDate.of(2023, 11, 24),
                ActivityType.COURSE,
                BigDecimal.ONE,
                false,
                false,
                Set.of("SE.2")));
    ComplianceReport report = ComplianceRule.report(MANDATORY, day, entries);
    assertThat(report.window().from()).isEqualTo(LocalDate.of(2023, 11, 25));
    assertThat(part(report, "SE.1").met()).isTrue();
    assertThat(part(report, "SE.1").lapses()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(part(report, "SE.2").met()).isFalse();
    assertThat(part(report, "SE.2").missing()).isEqualByComparingTo("1");
    assertThat(report.met()).isFalse();
    assertThat(part(ComplianceRule.report(MANDATORY, day.plusDays(1), entries), "SE.1").met())
        .isFalse();
  }

  @Test
  void anEntryOfTheLeapDayLeavesARollingWindowOnTheFirstOfMarchNotOnTheDayBefore() {
    RequirementScheme hoursOnly =
        RequirementScheme.rollingYears(
            "HOURS",
            "Hours",
            3,
            AppliesTo.CHOSEN,
            List.of(new SchemePart("hours", 1, Measure.HOURS, new BigDecimal("5"), Set.of())));
    List<CountedEntry> entries = List.of(entry("2024-02-29", ActivityType.COURSE, "5"));

    ComplianceReport report = ComplianceRule.report(hoursOnly, LocalDate.of(2027, 1, 1), entries);

    assertThat(part(report, "hours").lapses()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(ComplianceRule.report(hoursOnly, LocalDate.of(2027, 2, 28), entries).met()).isTrue();
    assertThat(ComplianceRule.report(hoursOnly, LocalDate.of(2027, 3, 1), entries).met()).isFalse();
  }

  @Test
  void aRefresherOfTheMonthsLastDayLapsesWhenAMonthOnNoLongerReachesIt() {
    // A month before the 31st of May is the 30th of April: an entry of that day counts on the 31st.
    List<CountedEntry> entries =
        List.of(
            new CountedEntry(
                LocalDate.of(2026, 4, 30),
                ActivityType.COURSE,
                BigDecimal.ONE,
                false,
                false,
                Set.of("SE.1")));
    RequirementScheme monthly =
        RequirementScheme.mandatoryTraining(
            "org-1", "MONTHLY", "Monthly", List.of(new SchemeItem("SE.1", 1)), Instant.EPOCH);

    ComplianceReport report = ComplianceRule.report(monthly, LocalDate.of(2026, 5, 1), entries);

    assertThat(part(report, "SE.1").lapses()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(ComplianceRule.report(monthly, LocalDate.of(2026, 5, 31), entries).met()).isTrue();
    assertThat(ComplianceRule.report(monthly, LocalDate.of(2026, 6, 1), entries).met()).isFalse();
  }

  @Test
  void amountsReadAsAPersonWritesThem() {
    ComplianceReport report =
        ComplianceRule.report(
            ASSOCIATION,
            LocalDate.of(2026, 5, 1),
            List.of(entry("2026-04-02", ActivityType.COURSE, "2.50")));
    assertThat(part(report, "points").required().toPlainString()).isEqualTo("20");
    assertThat(part(report, "points").achieved().toPlainString()).isEqualTo("2.5");
    assertThat(part(report, "points").missing().toPlainString()).isEqualTo("17.5");
  }
}
