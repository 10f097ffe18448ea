package org.linkworker.trellis.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Import files for property-based tests: a header and rows of cells written as RFC 4180 CSV (cells
 * quoted when they must be), with the line each row starts on counted as an editor counts it (CRLF,
 * LF or a lone CR ends a line), and generators of the cells and files that break readers: quotes,
 * commas, line breaks inside cells, NUL and other control characters, byte-order marks,
 * right-to-left overrides, characters beyond the Basic Multilingual Plane, huge cells, rows with
 * too few or too many cells, blank lines between rows.
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

  // Built once: an arbitrary made anew inside every flatMap costs more than the values it makes.
  private static final Arbitrary<String> CELLS = cells();
  private static final Arbitrary<String> HUGE_CELLS = huge();

  /** Text that tends to break a CSV reader. */
  public static Arbitrary<String> hostileCells() {
    return CELLS;
  }

  /** A cell of thousands of characters: quotes, line breaks, characters beyond the BMP. */
  public static Arbitrary<String> hugeCells() {
    return HUGE_CELLS;
  }

  /**
   * Cells made of pieces that break CSV readers, letters and digits, and any character a UTF-8 file
   * can hold (a lone surrogate half cannot be written), drawn as numbers: jqwik makes and shrinks
   * numbers many times faster than strings.
   */
  private static Arbitrary<String> cells() {
    int pieces = PIECES.length;
    Arbitrary<Integer> piece =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, pieces - 1)),
            Tuple.of(1, Arbitraries.integers().between(pieces, pieces + 0x10FFFF)));
    // Edge cases off: the pieces hold them, and jqwik's mixing them in costs more than the tries.
    return piece
        .withoutEdgeCases()
        .list()
        .ofMaxSize(5)
        .map(
            drawn -> {
              StringBuilder cell = new StringBuilder();
              for (int n : drawn) {
                if (n < pieces) {
                  cell.append(PIECES[n]);
                } else {
                  int c = n - pieces;
                  cell.appendCodePoint(c >= 0xD800 && c <= 0xDFFF ? 'ß' : c);
                }
              }
              return cell.toString();
            });
  }

  private static Arbitrary<String> huge() {
    return Combinators.combine(
            Arbitraries.of("x", "\"", "é,", "a\r\n", "\uD83D\uDE00"),
            Arbitraries.integers().between(2_000, 20_000))
        .as(String::repeat);
  }

  /** A line break as files have them. */
  public static Arbitrary<String> breaks() {
    return Arbitraries.of("\r\n", "\n", "\r");
  }

  /**
   * A header naming some of a layout's columns, in any order and case, now and then with one it
   * does not know, a blank one or a repeated one.
   */
  public static Arbitrary<List<String>> headers(List<String> columns) {
    Arbitrary<List<String>> known =
        Arbitraries.subsetOf(columns)
            .ofMinSize(1)
            .flatMap(set -> Arbitraries.shuffle(new ArrayList<>(set)));
    Arbitrary<List<String>> spelt =
        known.flatMap(
            names ->
                Arbitraries.of(0, 1, 2)
                    .list()
                    .ofSize(names.size())
                    .map(
                        cases -> {
                          List<String> out = new ArrayList<>();
                          for (int i = 0; i < names.size(); i++) {
                            out.add(
                                switch (cases.get(i)) {
                                  case 1 -> names.get(i).toUpperCase(Locale.ROOT);
                                  case 2 -> " " + names.get(i).toLowerCase(Locale.ROOT) + " ";
                                  default -> names.get(i);
                                });
                          }
                          return out;
                        }));
    Arbitrary<String> odd = Arbitraries.of("", "colour", "\uFEFFcode", "key ", "title", "x\ny");
    return Combinators.combine(spelt, odd, Arbitraries.integers().between(0, 6))
        .as(
            (names, extra, chance) -> {
              if (chance > 0) {
                return names;
              }
              List<String> out = new ArrayList<>(names);
              out.add(extra);
              return out;
            });
  }

  /**
   * A file of the given header with rows of hostile cells, each row of the header's width (now and
   * then of another), 1 to {@code maxRows} of them; now and then one cell is huge.
   */
  public static Arbitrary<Spec> hostileFiles(Arbitrary<List<String>> headers, int maxRows) {
    Arbitrary<List<String>> breaks = breaks().list().ofSize(maxRows + 1);
    Arbitrary<List<Integer>> blanks =
        Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 2)))
            .list()
            .ofSize(maxRows);
    Arbitrary<Integer> hugeAt =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just(-1)),
            Tuple.of(1, Arbitraries.integers().between(0, 9_999)));
    return headers.flatMap(
        header -> {
          int width = header.size();
          Arbitrary<List<String>> row =
              Combinators.combine(
                      CELLS.list().ofSize(width + 3),
                      Arbitraries.integers().between(0, 8),
                      Arbitraries.integers().between(1, width + 3))
                  .as(
                      (cells, odd, otherWidth) ->
                          List.copyOf(cells.subList(0, odd == 0 ? otherWidth : width)));
          return Combinators.combine(
                  row.list().ofMinSize(1).ofMaxSize(maxRows),
                  breaks,
                  blanks,
                  Arbitraries.of(true, false),
                  Arbitraries.of(true, false),
                  HUGE_CELLS,
                  hugeAt)
              .as(
                  (rows, ends, blank, bom, endsWithBreak, huge, at) -> {
                    int n = rows.size();
                    List<List<String>> written = new ArrayList<>();
                    rows.forEach(r -> written.add(new ArrayList<>(r)));
                    if (at >= 0) {
                      List<String> chosen = written.get(at % n);
                      chosen.set((at / n) % chosen.size(), huge);
                    }
                    List<String> lineEnds = new ArrayList<>(ends.subList(0, n + 1));
                    if (!endsWithBreak) {
                      lineEnds.set(n, "");
                    }
                    return new Spec(header, written, lineEnds, blank.subList(0, n), bom);
                  })
              .withoutEdgeCases();
        });
  }
}
