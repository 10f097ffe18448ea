package org.linkworker.trellis.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file (RFC 4180, UTF-8, a header row), read with Commons CSV. {@link #inspect}
 * checks a whole file before it is stored: that it is UTF-8 (a byte-order mark is allowed), that
 * its header names the layout's required columns and no unknown ones, and how many rows it has.
 * {@link #rows} then reads it row by row, as an import job does, marking a row whose key an earlier
 * row has.
 */
public final class CsvFile {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private CsvFile() {}

  /** What is wrong with a file as a whole, or how many rows it has. */
  public sealed interface Inspection {}

  /** A file fit to import. */
  public record Fit(int rows) implements Inspection {}

  /**
   * A file refused as a whole, by the key of a platform message and its arguments.
   *
   * @param key e.g. {@code catalogue.import_not_utf8}
   */
  public record Unfit(String key, List<Object> arguments) implements Inspection {
    public Unfit {
      arguments = List.copyOf(arguments);
    }
  }

  /** Checks a whole file: encoding, header, and how many rows it has. */
  public static Inspection inspect(byte[] content, CsvLayout layout) {
    String prefix = layout.messagePrefix();
    if (content.length == 0 || new String(content, StandardCharsets.ISO_8859_1).isBlank()) {
      return new Unfit(prefix + "empty", List.of());
    }
    Optional<Integer> badLine = firstLineNotUtf8(content);
    if (badLine.isPresent()) {
      return new Unfit(prefix + "not_utf8", List.of(badLine.get()));
    }
    try (CSVParser parser = FORMAT.parse(new StringReader(text(content)))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return new Unfit(prefix + "empty", List.of());
      }
      Optional<Unfit> header = checkHeader(records.next(), layout);
      if (header.isPresent()) {
        return header.get();
      }
      int rows = 0;
      while (records.hasNext()) {
        records.next();
        rows++;
      }
      return rows == 0 ? new Unfit(prefix + "no_rows", List.of()) : new Fit(rows);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return new Unfit(prefix + "not_csv", List.of(String.valueOf(e.getMessage())));
    }
  }

  /**
   * The file's rows, after the first {@code skip} (a restarted job continues where it stopped; rows
   * skipped still count for duplicates). The file must have passed {@link #inspect}.
   */
  public static Iterator<CsvRow> rows(byte[] content, CsvLayout layout, long skip) {
    String text = text(content);
    CSVParser parser;
    try {
      parser = FORMAT.parse(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<CSVRecord> records = parser.iterator();
    List<String> header = canonical(records.next(), layout);
    int keyAt = header.indexOf(layout.keyColumn());
    boolean ignoreCase = layout.keysIgnoreCase();
    return new Iterator<>() {
      private final Map<String, Long> keys = new HashMap<>();
      private final Lines lines = new Lines(text);
      private long index;
      private CsvRow next = advance();

      private CsvRow advance() {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          long line = lines.lineOf(record.getCharacterPosition());
          index++;
          String key = keyAt >= 0 && keyAt < record.size() ? record.get(keyAt) : "";
          long duplicateOf = 0;
          if (!key.isEmpty()) {
            Long first = keys.putIfAbsent(ignoreCase ? key.toLowerCase(Locale.ROOT) : key, line);
            duplicateOf = first == null ? 0 : first;
          }
          if (index > skip) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
              values.put(header.get(i), record.get(i));
            }
            return new CsvRow(index, line, values, record.size(), header.size(), duplicateOf);
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = advance();
        return row;
      }
    };
  }

  /**
   * The line a record starts on, as an editor shows it (CRLF, LF or a lone CR ends a line). The
   * parser's own count cannot say it: a record's position lies before the blank lines the parser
   * skips to reach it, and its line count is where the previous record ended. Records come in
   * order, so the text is scanned once.
   */
  private static final class Lines {
    private final String text;
    private int scanned;
    private long breaks;

    Lines(String text) {
      this.text = text;
    }

    long lineOf(long position) {
      int start = (int) position;
      // Skipped blank lines: a record itself never starts with a line break.
      while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
        start++;
      }
      for (; scanned < start; scanned++) {
        if (endsLine(text, scanned)) {
          breaks++;
        }
      }
      return breaks + 1;
    }
  }

  private static boolean endsLine(String text, int at) {
    char c = text.charAt(at);
    return c == '\n' || (c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n'));
  }

  /** A header row and one example row, as a downloadable template. */
  public static String template(CsvLayout layout, String exampleRow) {
    return String.join(",", layout.columns()) + "\r\n" + exampleRow + "\r\n";
  }

  private static Optional<Unfit> checkHeader(CSVRecord header, CsvLayout layout) {
    List<String> names = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : header) {
      Optional<String> column = column(name, layout);
      if (column.isPresent()) {
        names.add(column.get());
      } else {
        unknown.add(name.isEmpty() ? "(blank)" : name);
      }
    }
    String all = String.join(",", layout.columns());
    List<String> missing = layout.required().stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      return Optional.of(
          new Unfit(
              layout.messagePrefix() + "header_missing", List.of(String.join(", ", missing), all)));
    }
    if (!unknown.isEmpty()) {
      return Optional.of(
          new Unfit(
              layout.messagePrefix() + "header_unknown", List.of(String.join(", ", unknown), all)));
    }
    return Optional.empty();
  }

  private static List<String> canonical(CSVRecord header, CsvLayout layout) {
    List<String> names = new ArrayList<>();
    header.forEach(name -> names.add(column(name, layout).orElse(name)));
    return names;
  }

  private static Optional<String> column(String name, CsvLayout layout) {
    String key = name.strip().replace("\uFEFF", "");
    return layout.columns().stream().filter(c -> c.equalsIgnoreCase(key)).findFirst();
  }

  /** The file's text, without its byte-order mark. */
  private static String text(byte[] content) {
    int start = hasByteOrderMark(content) ? 3 : 0;
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }

  private static boolean hasByteOrderMark(byte[] content) {
    return content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF;
  }

  /**
   * The first line (from 1) whose bytes are not UTF-8, if any; lines end as they do for the rows
   * (CRLF, LF or a lone CR), so that a file's line numbers agree whatever is wrong on the line.
   */
  static Optional<Integer> firstLineNotUtf8(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(content));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < content.length; i++) {
        boolean endsLine =
            content[i] == '\n'
                || (content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n'));
        if (endsLine) {
          try {
            decoder.reset().decode(ByteBuffer.wrap(content, lineStart, i - lineStart));
          } catch (CharacterCodingException bad) {
            return Optional.of(line);
          }
          line++;
          lineStart = i + 1;
        }
      }
      return Optional.of(line);
    }
  }
}
