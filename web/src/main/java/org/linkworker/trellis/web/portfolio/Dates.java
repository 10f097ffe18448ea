package org.linkworker.trellis.web.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A date as a date input sends it ({@code 2026-04-01}). */
final class Dates {

  /** The range the API's PayloadBinder takes too: ISO parses year 0, which no one means. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private Dates() {}

  /** Empty when nothing was given; {@code null} is never returned. */
  static Optional<LocalDate> parse(String value) throws DateTimeParseException {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.parse(value.strip());
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      // 0000-01-01 parses, but no one means it and the database cannot compare it: the form
      // says the date is not valid, as the API refuses it.
      throw new DateTimeParseException("not between 1900 and 9999", value, 0);
    }
    return Optional.of(date);
  }
}
