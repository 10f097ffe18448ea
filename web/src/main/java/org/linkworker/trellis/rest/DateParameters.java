package org.linkworker.trellis.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.json.PayloadBinder;

/** Dates in query parameters: ISO-8601 ({@code 2026-04-01}) or absent; anything else is a 400. */
public final class DateParameters {

  private DateParameters() {}

  /** The date, or null when the parameter is absent or blank. */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(name, ApiTexts.text("api.audit.date.invalid")));
    }
    // Year 0 and +99999-01-01 parse, but the database can neither keep nor compare them.
    if (date.isBefore(PayloadBinder.EARLIEST) || date.isAfter(PayloadBinder.LATEST)) {
      throw new InvalidInputException(Map.of(name, ApiTexts.text("api.audit.date.invalid")));
    }
    return date;
  }
}
