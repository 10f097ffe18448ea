package org.linkworker.trellis.rest;

import java.time.LocalDate;
import java.util.Map;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.InvalidInputException;

/**
 * Dates in query parameters: ISO-8601 ({@code 2026-04-01}, see {@link CalendarDates}) or absent;
 * anything else is a 400.
 */
public final class DateParameters {

  private DateParameters() {}

  /** The date, or null when the parameter is absent or blank. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return CalendarDates.parse(value)
        .orElseThrow(
            () -> new InvalidInputException(Map.of(name, ApiTexts.text("api.audit.date.invalid"))));
  }
}
