package org.linkworker.trellis.platform.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file people download (RFC 4180, CRLF line ends, a header row). A text cell that a
 * spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) is written with a leading apostrophe, so that opening an export never
 * runs what someone typed into a course title. Numbers are written as they are.
 */
public final class Csv {

  /** The media type of a download, with its character set. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private Csv() {}

  /** The file: the header, then each row's cells (null as empty). */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.RFC4180.print(out)) {
      printer.printRecord(header);
      for (List<?> row : rows) {
        List<Object> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(cell instanceof String text ? neutralised(text) : cell);
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The text as a spreadsheet will show it and never run it. */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
