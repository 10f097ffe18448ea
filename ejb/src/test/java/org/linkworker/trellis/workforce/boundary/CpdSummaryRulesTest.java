package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.workforce.control.CpdSummary;

/** The CPD summary's rules that need no database: its default period, and schemes as printed. */
class CpdSummaryRulesTest {

  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  @Test
  void theMembershipYearRunsFromTheFirstOfAprilToTheLastOfMarch() {
    assertThat(CpdSummaryService.membershipYearStart(LocalDate.of(2026, 3, 31)))
        .isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(CpdSummaryService.membershipYearStart(LocalDate.of(2026, 4, 1)))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(CpdSummaryService.membershipYearStart(LocalDate.of(2026, 12, 31)))
        .isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aComplianceReportPrintsAsItsTitleWindowStandingAndParts() {
    ComplianceReport report =
        new ComplianceReport(
            "ASSOCIATION",
            "Association membership year",
            TO,
            new ComplianceReport.Window(FROM, TO),
            false,
            ComplianceStatus.AT_RISK,
            List.of(
                new ComplianceReport.Part(
                    "points",
                    new BigDecimal("20"),
                    new BigDecimal("12.5"),
                    new BigDecimal("7.5"),
                    false,
                    null),
                new ComplianceReport.Part(
                    "formalHours",
                    new BigDecimal("10"),
                    new BigDecimal("10"),
                    BigDecimal.ZERO,
                    true,
                    TO)));

    CpdSummary.Scheme scheme = CpdSummaryService.scheme(report);

    assertThat(scheme.title()).isEqualTo("Association membership year");
    assertThat(scheme.from()).isEqualTo(FROM);
    assertThat(scheme.to()).isEqualTo(TO);
    assertThat(scheme.standing()).isEqualTo(CpdSummary.Standing.AT_RISK);
    assertThat(scheme.parts())
        .containsExactly(
            new CpdSummary.Part(
                "points",
                new BigDecimal("20"),
                new BigDecimal("12.5"),
                new BigDecimal("7.5"),
                false),
            new CpdSummary.Part(
                "formalHours", new BigDecimal("10"), new BigDecimal("10"), BigDecimal.ZERO, true));
    for (ComplianceStatus status : ComplianceStatus.values()) {
      assertThat(
              CpdSummaryService.scheme(
                      new ComplianceReport("X", "X", TO, report.window(), false, status, List.of()))
                  .standing()
                  .name())
          .isEqualTo(status.name());
    }
  }
}
