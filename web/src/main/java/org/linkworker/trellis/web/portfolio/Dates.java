package org.linkworker.trellis.web.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A date as a date input sends it ({@code 2026-04-01}). */
final class Dates {

  private Dates() {}

  /** Empty when nothing was given; {@code null} is never returned. */
  static Optional<LocalDate> parse(String value) throws DateTimeParseException {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(value.strip()));
  }
}
