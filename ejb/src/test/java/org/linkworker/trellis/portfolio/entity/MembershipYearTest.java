package org.linkworker.trellis.portfolio.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipYearTest {

  @Test
  void aMembershipYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
    MembershipYear year = new MembershipYear(2026);

    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(year.label()).isEqualTo("2026\u201327");
  }

  @Test
  void theThirtyFirstOfMarchBelongsToTheYearBeforeAndTheFirstOfAprilStartsTheNext() {
    assertThat(MembershipYear.containing(LocalDate.of(2027, 3, 31)).first()).isEqualTo(2026);
    assertThat(MembershipYear.containing(LocalDate.of(2027, 4, 1)).first()).isEqualTo(2027);
    assertThat(MembershipYear.containing(LocalDate.of(2027, 1, 1)).first()).isEqualTo(2026);
    assertThat(MembershipYear.containing(LocalDate.of(2026, 12, 31)).first()).isEqualTo(2026);
  }

  @Test
  void aYearContainsItsFirstAndLastDayAndNothingOutside() {
    MembershipYear year = new MembershipYear(2026);

    assertThat(year.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
  }

  @Test
  void theLabelKeepsTwoDigitsAcrossACentury() {
    assertThat(new MembershipYear(2099).label()).isEqualTo("2099\u201300");
    assertThat(new MembershipYear(2009).label()).isEqualTo("2009\u201310");
  }

  @Test
  void aYearOutsideTheCalendarsWeKeepIsRefused() {
    assertThatThrownBy(() -> new MembershipYear(1999)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MembershipYear(9999)).isInstanceOf(IllegalArgumentException.class);
  }
}
