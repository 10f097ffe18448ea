package org.linkworker.trellis.platform.csv;

import java.util.List;
import java.util.Objects;

/**
 * The columns one kind of import file has.
 *
 * @param columns every column, as the header may spell them (in any case), in the template's order
 * @param required the columns every header must name
 * @param keyColumn the column that identifies a row's record, so that a later row with the same key
 *     is marked as a duplicate of the earlier one
 * @param keysIgnoreCase whether keys differing only in case are the same key
 * @param messagePrefix the prefix of the platform message keys that refuse a whole file, such as
 *     {@code catalogue.import_}: {@code empty}, {@code no_rows}, {@code not_utf8}, {@code not_csv},
 *     {@code header_missing} and {@code header_unknown} follow it
 */
public record CsvLayout(
    List<String> columns,
    List<String> required,
    String keyColumn,
    boolean keysIgnoreCase,
    String messagePrefix) {

  public CsvLayout {
    columns = List.copyOf(columns);
    required = List.copyOf(required);
    Objects.requireNonNull(keyColumn, "keyColumn");
    Objects.requireNonNull(messagePrefix, "messagePrefix");
    if (!columns.containsAll(required) || !columns.contains(keyColumn)) {
      throw new IllegalArgumentException("required and key columns must be columns");
    }
  }
}
