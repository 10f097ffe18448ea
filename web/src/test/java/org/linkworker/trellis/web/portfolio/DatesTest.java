package org.linkworker.trellis.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void aDateFrom1900To9999IsTakenAndNothingIsEmpty() {
    assertThat(Dates.parse(" 2026-04-01 ")).contains(LocalDate.of(2026, 4, 1));
    assertThat(Dates.parse("1900-01-01"))
        .contains(org.linkworker.trellis.platform.CalendarDates.EARLIEST);
    assertThat(Dates.parse("")).isEmpty();
    assertThat(Dates.parse(null)).isEmpty();
  }

  @Test
  void yearZeroAndImpossibleDatesAreNotDates() {
    for (String date : new String[] {"0000-01-01", "1899-12-31", "+99999-01-01", "2026-02-30"}) {
      assertThatThrownBy(() -> Dates.parse(date))
          .as(date)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
