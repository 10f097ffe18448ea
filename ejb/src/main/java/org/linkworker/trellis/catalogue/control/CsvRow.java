package org.linkworker.trellis.catalogue.control;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of a catalogue file, as text.
 *
 * @param index the row's place among the file's rows of courses, from 1
 * @param line the line of the file it starts on (the header is line 1)
 * @param values the row's values by column name as {@link CourseCsv#COLUMNS} spell them, trimmed; a
 *     column the row lacks is absent
 * @param width how many values the row has
 * @param headerWidth how many columns the header has
 * @param duplicateOfLine the line of an earlier row with the same code, or 0
 */
public record CsvRow(
    long index,
    long line,
    Map<String, String> values,
    int width,
    int headerWidth,
    long duplicateOfLine)
    implements Serializable {

  public CsvRow {
    values = Map.copyOf(values);
  }

  /** The value of a column, or empty text. */
  public String value(String column) {
    return values.getOrDefault(column, "");
  }
}
