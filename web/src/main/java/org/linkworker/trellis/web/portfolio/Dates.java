package org.linkworker.trellis.web.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.linkworker.trellis.platform.CalendarDates;

/** A date as a date input sends it ({@code 2026-04-01}). */
final class Dates {

  private Dates() {}

  /** Empty when nothing was given; {@code null} is never returned. */
  static Optional<LocalDate> parse(String value) throws DateTimeParseException {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.parse(value.strip());
    if (!CalendarDates.taken(date)) {
      // 0000-01-01 parses, but no one means it and the database cannot compare it: the form
      // says the date is not valid, as the API refuses it.
      throw new DateTimeParseException("not between 1900 and 9999", value, 0);
    }
    return Optional.of(date);
  }
}
