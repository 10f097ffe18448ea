package org.linkworker.trellis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

  @Test
  void daysFrom1900To9999AreTakenAndTheirNeighboursAreNot() {
    assertThat(CalendarDates.parse("1900-01-01")).contains(LocalDate.of(1900, 1, 1));
    assertThat(CalendarDates.parse(" 9999-12-31 ")).contains(LocalDate.of(9999, 12, 31));
    assertThat(CalendarDates.parse("1899-12-31")).isEmpty();
    assertThat(CalendarDates.parse("+10000-01-01")).isEmpty();
    assertThat(CalendarDates.parse("0000-01-01")).isEmpty();
  }

  @Test
  void textThatNamesNoDayIsNone() {
    assertThat(CalendarDates.parse("2026-02-30")).isEmpty();
    assertThat(CalendarDates.parse("14/03/2026")).isEmpty();
    assertThat(CalendarDates.parse("")).isEmpty();
  }
}
