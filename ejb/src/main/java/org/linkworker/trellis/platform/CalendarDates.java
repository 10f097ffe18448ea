package org.linkworker.trellis.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days Trellis takes, wherever a date comes in (a JSON body, a query parameter, a form, a CSV
 * row): ISO-8601 ({@code 2026-04-01}) from 1900 to 9999. ISO also parses year 0 and years beyond
 * 9999 ({@code +99999-01-01}), which no person means and the database can neither keep nor compare.
 */
public final class CalendarDates {

  /** The earliest day taken. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest day taken. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private CalendarDates() {}

  /** Whether the day is one Trellis takes. */
  public static boolean taken(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  /**
   * The day the text names (surrounding white space ignored); empty when it names none, or one
   * outside {@link #EARLIEST} to {@link #LATEST}.
   */
  public static Optional<LocalDate> parse(String text) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return taken(day) ? Optional.of(day) : Optional.empty();
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }
}
