package org.linkworker.trellis.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Import files for the property tests (drawn from a seeded {@link Random}, see {@link Tries}): a
 * header and rows of cells written as RFC 4180 CSV (cells quoted when they must be), with the line
 * each row starts on counted as an editor counts it (CRLF, LF or a lone CR ends a line), and
 * generators of the cells and files that break readers: quotes, commas, line breaks inside cells,
 * NUL and other control characters, byte-order marks, right-to-left overrides, characters beyond
 * the Basic Multilingual Plane, huge cells, rows with too few or too many cells, blank lines
 * between rows.
 */
public final class CsvFiles {

  private CsvFiles() {}

  /**
   * A file as written.
   *
   * @param header the header's cells
   * @param rows the rows' cells
   * @param breaks the line break written after the header and after each row ({@code "\r\n"},
   *     {@code "\n"} or {@code "\r"}), one per record; the last may be empty (no break at the end)
   * @param blankLinesBefore how many empty lines come before each row
   * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
   */
  public record Spec(
      List<String> header,
      List<List<String>> rows,
      List<String> breaks,
      List<Integer> blankLinesBefore,
      boolean byteOrderMark) {

    public Spec {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      breaks = List.copyOf(breaks);
      blankLinesBefore = List.copyOf(blankLinesBefore);
      if (breaks.size() != rows.size() + 1 || blankLinesBefore.size() != rows.size()) {
        throw new IllegalArgumentException("a break per record and a blank count per row");
      }
    }

    /** The file's text, without the byte-order mark. */
    public String text() {
      StringBuilder text = new StringBuilder();
      text.append(record(header)).append(breaks.get(0));
      for (int i = 0; i < rows.size(); i++) {
        String blank = breaks.get(i).isEmpty() ? "\r\n" : breaks.get(i);
        text.append(blank.repeat(blankLinesBefore.get(i)));
        text.append(record(rows.get(i))).append(breaks.get(i + 1));
      }
      return text.toString();
    }

    public byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (byteOrderMark) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }

    /** Long cells shortened, so that a failing sample can be read. */
    @Override
    public String toString() {
      return "Spec[header="
          + shown(header)
          + ", rows="
          + rows.stream().map(CsvFiles::shown).toList()
          + ", breaks="
          + breaks.stream().map(CsvFiles::escaped).toList()
          + ", blankLinesBefore="
          + blankLinesBefore
          + ", byteOrderMark="
          + byteOrderMark
          + "]";
    }

    /** The line (from 1, the header's being 1) that each row starts on. */
    public List<Long> rowLines() {
      List<Long> lines = new ArrayList<>();
      long line = 1 + lineBreaks(record(header)) + 1;
      for (int i = 0; i < rows.size(); i++) {
        line += blankLinesBefore.get(i);
        lines.add(line);
        line += lineBreaks(record(rows.get(i))) + 1;
      }
      return lines;
    }
  }

  private static List<String> shown(List<String> cells) {
    return cells.stream()
        .map(
            cell ->
                cell.length() <= 40
                    ? escaped(cell)
                    : escaped(cell.substring(0, 20)) + "…(" + cell.length() + " chars)")
        .toList();
  }

  /** Control and invisible characters written as escapes, so that a failing value can be read. */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < ' ' || c == 0x7F || c == 0xFEFF || (c >= 0x2028 && c <= 0x202E)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** One record: cells joined by commas, each quoted when it must be. */
  public static String record(List<String> cells) {
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      return "\"\""; // an empty line would be skipped as blank, not read as a row
    }
    List<String> written = new ArrayList<>();
    for (String cell : cells) {
      boolean quote =
          cell.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n')
              || (!cell.isEmpty() && (cell.charAt(0) <= ' ' || cell.endsWith(" ")));
      written.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return String.join(",", written);
  }

  /** How many lines a text spans beyond its first: CRLF, LF and a lone CR each end one. */
  public static long lineBreaks(String text) {
    long breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  /** The line (from 1) that a byte of a file lies on. */
  public static long lineOfByte(byte[] content, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static final String[] PIECES = {
    "\"",
    ",",
    "\r",
    "\n",
    "\r\n",
    "\0",
    "\uFEFF",
    " ",
    "\t",
    ";",
    ":",
    "=1+1",
    "é",
    "\uD83D\uDE00",
    "\u2028",
    "\u202E",
    "\u0007",
    "\\",
    "''",
    "null",
    "2026-02-30",
    "-1",
    "1e9999",
    "NaN",
    "PC.1:2",
    "true",
    "a",
    "Z",
    "7",
    ".",
    "-",
    "_",
    "x y"
  };

  /**
   * A cell of up to five pieces: pieces that break CSV readers, letters and digits, and any
   * character a UTF-8 file can hold (a lone surrogate half cannot be written).
   */
  private static String cell(Random random) {
    int pieces = PIECES.length;
    int count = random.nextInt(6);
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (random.nextInt(5) < 4) {
        cell.append(PIECES[random.nextInt(pieces)]);
      } else {
        int c = random.nextInt(0x110000);
        cell.appendCodePoint(c >= 0xD800 && c <= 0xDFFF ? 'ß' : c);
      }
    }
    return cell.toString();
  }

  /** A cell of thousands of characters: quotes, line breaks, characters beyond the BMP. */
  public static String hugeCell(Random random) {
    return Tries.oneOf(random, "x", "\"", "é,", "a\r\n", "\uD83D\uDE00")
        .repeat(Tries.between(random, 2_000, 20_000));
  }

  /** A line break as files have them. */
  public static String lineBreak(Random random) {
    return Tries.oneOf(random, "\r\n", "\n", "\r");
  }

  /**
   * A header naming some of a layout's columns, in any order and case, now and then with one it
   * does not know, a blank one or a repeated one.
   */
  public static List<String> header(Random random, List<String> columns) {
    List<String> known = Tries.subset(random, columns);
    if (known.isEmpty()) {
      known.add(Tries.oneOf(random, columns));
    }
    List<String> out = new ArrayList<>();
    for (String name : Tries.shuffled(random, known)) {
      out.add(
          switch (random.nextInt(3)) {
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> " " + name.toLowerCase(Locale.ROOT) + " ";
            default -> name;
          });
    }
    if (Tries.oneIn(random, 7)) {
      out.add(Tries.oneOf(random, "", "colour", "\uFEFFcode", "key ", "title", "x\ny"));
    }
    return out;
  }

  /**
   * A file of the given header with rows of hostile cells, each row of the header's width (now and
   * then of another), 1 to {@code maxRows} of them; now and then one cell is huge.
   */
  public static Spec hostileFile(Random random, List<String> header, int maxRows) {
    int width = header.size();
    int n = Tries.between(random, 1, maxRows);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int cells = Tries.oneIn(random, 9) ? Tries.between(random, 1, width + 3) : width;
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        row.add(cell(random));
      }
      rows.add(row);
    }
    if (Tries.oneIn(random, 13)) {
      List<String> chosen = Tries.oneOf(random, rows);
      chosen.set(random.nextInt(chosen.size()), hugeCell(random));
    }
    List<String> lineEnds = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      lineEnds.add(lineBreak(random));
    }
    if (random.nextBoolean()) {
      lineEnds.set(n, "");
    }
    List<Integer> blanks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      blanks.add(Tries.oneIn(random, 7) ? Tries.between(random, 1, 2) : 0);
    }
    return new Spec(header, rows, lineEnds, blanks, random.nextBoolean());
  }
}
