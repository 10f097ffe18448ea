package org.linkworker.trellis.platform.csv;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of an import file, as text.
 *
 * @param index the row's place among the file's rows, from 1 (the header not counted)
 * @param line the line of the file it starts on (the header is line 1)
 * @param values the row's values by column name as the layout spells them, trimmed; a column the
 *     row lacks is absent
 * @param width how many values the row has
 * @param headerWidth how many columns the header has
 * @param duplicateOfLine the line of an earlier row with the same key, or 0
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

  /** Whether the row has as many values as the header has columns. */
  public boolean isComplete() {
    return width == headerWidth;
  }
}
