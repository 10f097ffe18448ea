package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  @Test
  void theDefaultIsHalfPastTwoAtNight() {
    ScheduleExpression when = ReminderSchedule.when(ReminderSchedule.DEFAULT_AT);

    assertThat(when.getHour()).isEqualTo("2");
    assertThat(when.getMinute()).isEqualTo("30");
    assertThat(when.getSecond()).isEqualTo("0");
  }

  @Test
  void anotherTimeOrACalendarExpressionIsTaken() {
    assertThat(ReminderSchedule.when(" 4:15 ").getHour()).isEqualTo("4");
    assertThat(ReminderSchedule.when("*:*/5").getMinute()).isEqualTo("*/5");
    assertThat(ReminderSchedule.when("*:*/5").getSecond()).isEqualTo("0");
  }

  @Test
  void aThirdPartIsTheSecond() {
    ScheduleExpression when = ReminderSchedule.when("*:*:*/10");

    assertThat(when.getHour()).isEqualTo("*");
    assertThat(when.getMinute()).isEqualTo("*");
    assertThat(when.getSecond()).isEqualTo("*/10");
  }

  @Test
  void aTimeThatIsNotHourMinuteOrHourMinuteSecondIsRefusedWithTheSettingNamed() {
    for (String bad :
        new String[] {"", "2", "2:30:00:00", "2:30:", "two:thirty", "2;30", "2:30 && rm"}) {
      assertThatThrownBy(() -> ReminderSchedule.when(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("TRELLIS_REMINDERS_AT");
    }
  }
}
