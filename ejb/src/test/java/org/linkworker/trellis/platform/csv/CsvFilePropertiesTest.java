package org.linkworker.trellis.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.control.CourseCsv;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.testing.CsvFiles;
import org.linkworker.trellis.testing.Tries;

/**
 * Whatever bytes are uploaded as a course catalogue or a CPD history, the reader of both ({@link
 * CsvFile}, with {@link CourseCsv#LAYOUT} and {@link CpdCsv#LAYOUT}) either refuses the file as a
 * whole for one of its documented reasons or reads it row by row, every row once, each on the line
 * it starts on: never another exception, never a row lost or made up.
 */
class CsvFilePropertiesTest {

  private static final Set<String> REFUSALS =
      Set.of("empty", "no_rows", "not_utf8", "not_csv", "header_missing", "header_unknown");

  @Test
  void anyBytesAreRefusedForADocumentedReasonOrReadToTheRowCountTheCheckFound() {
    Tries.check(
        200,
        random -> new Bytes(layout(random), anyBytes(random)),
        input -> {
          CsvLayout layout = input.layout();
          byte[] content = input.content();
          CsvFile.Inspection inspection = CsvFile.inspect(content, layout);

          if (inspection instanceof CsvFile.Unfit unfit) {
            assertThat(unfit.key()).startsWith(layout.messagePrefix());
            assertThat(REFUSALS).contains(unfit.key().substring(layout.messagePrefix().length()));
          } else {
            int rows = ((CsvFile.Fit) inspection).rows();
            List<CsvRow> read = readAll(content, layout, 0);
            assertThat(read).hasSize(rows);
            assertRowsInOrder(read);
          }
        });
  }

  @Test
  void aWellFormedCourseFileIsReadEveryRowOnceOnTheLineItStartsOn() {
    Tries.check(
        100,
        random -> wellFormed(random, CourseCsv.LAYOUT),
        spec -> checkWellFormed(CourseCsv.LAYOUT, spec));
  }

  @Test
  void aWellFormedCpdFileIsReadEveryRowOnceOnTheLineItStartsOn() {
    Tries.check(
        100,
        random -> wellFormed(random, CpdCsv.LAYOUT),
        spec -> checkWellFormed(CpdCsv.LAYOUT, spec));
  }

  @Test
  void aRestartedReadGivesTheSameRowsAfterTheCheckpoint() {
    Tries.check(
        100,
        random -> new SpecAndNumber(wellFormed(random, CpdCsv.LAYOUT), random.nextLong(), (byte) 0),
        input -> {
          byte[] content = input.spec().bytes();
          List<CsvRow> all = readAll(content, CpdCsv.LAYOUT, 0);
          int skip = (int) Math.floorMod(input.number(), all.size() + 1);

          assertThat(readAll(content, CpdCsv.LAYOUT, skip))
              .isEqualTo(all.subList(skip, all.size()));
        });
  }

  @Test
  void aByteThatIsNotUtf8IsRefusedNamingItsLine() {
    Tries.check(
        100,
        random ->
            new SpecAndNumber(
                wellFormed(random, CpdCsv.LAYOUT),
                random.nextLong(),
                Tries.oneOf(
                    random, (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xC1, (byte) 0xF8)),
        input -> {
          byte[] good = input.spec().bytes();
          int at = (int) Math.floorMod(input.number(), good.length + 1);
          byte[] content = new byte[good.length + 1];
          System.arraycopy(good, 0, content, 0, at);
          content[at] = input.bad();
          System.arraycopy(good, at, content, at + 1, good.length - at);

          CsvFile.Inspection inspection = CsvFile.inspect(content, CpdCsv.LAYOUT);

          assertThat(inspection)
              .isEqualTo(
                  new CsvFile.Unfit(
                      "portfolio.import_not_utf8",
                      List.of((int) CsvFiles.lineOfByte(content, at))));
        });
  }

  @Test
  void aHeaderLackingARequiredColumnOrNamingAnUnknownOneRefusesTheWholeFile() {
    Tries.check(
        100,
        random -> {
          CsvLayout layout = layout(random);
          return new LayoutAndSpec(
              layout, CsvFiles.hostileFile(random, CsvFiles.header(random, layout.columns()), 3));
        },
        input -> {
          CsvLayout layout = input.layout();
          CsvFiles.Spec spec = input.spec();
          Set<String> named = new HashSet<>();
          boolean unknown = false;
          for (String name : spec.header()) {
            String column = name.strip().replace("\uFEFF", "");
            boolean known = layout.columns().stream().anyMatch(c -> c.equalsIgnoreCase(column));
            unknown |= !known;
            if (known) {
              named.add(column.toLowerCase(Locale.ROOT));
            }
          }
          boolean missing =
              layout.required().stream().anyMatch(c -> !named.contains(c.toLowerCase(Locale.ROOT)));

          CsvFile.Inspection inspection = CsvFile.inspect(spec.bytes(), layout);

          if (missing) {
            assertThat(inspection)
                .isInstanceOfSatisfying(
                    CsvFile.Unfit.class,
                    u -> assertThat(u.key()).isEqualTo(layout.messagePrefix() + "header_missing"));
          } else if (unknown) {
            assertThat(inspection)
                .isInstanceOfSatisfying(
                    CsvFile.Unfit.class,
                    u -> assertThat(u.key()).isEqualTo(layout.messagePrefix() + "header_unknown"));
          } else {
            assertThat(inspection).isEqualTo(new CsvFile.Fit(spec.rows().size()));
          }
        });
  }

  // ---- checks

  private static void checkWellFormed(CsvLayout layout, CsvFiles.Spec spec) {
    byte[] content = spec.bytes();

    assertThat(CsvFile.inspect(content, layout)).isEqualTo(new CsvFile.Fit(spec.rows().size()));
    List<CsvRow> read = readAll(content, layout, 0);
    assertThat(read).hasSize(spec.rows().size());
    assertRowsInOrder(read);
    List<Long> lines = spec.rowLines();
    for (int i = 0; i < read.size(); i++) {
      CsvRow row = read.get(i);
      List<String> cells = spec.rows().get(i);
      assertThat(row.line()).as("line of row %d", i + 1).isEqualTo(lines.get(i));
      assertThat(row.width()).isEqualTo(cells.size());
      assertThat(row.headerWidth()).isEqualTo(spec.header().size());
      for (int c = 0; c < Math.min(cells.size(), spec.header().size()); c++) {
        String column = canonical(spec.header().get(c), layout);
        String expected = cells.get(c).trim();
        if (!row.value(column).equals(expected)) {
          // Escaped: a NUL in an assertion message cuts Surefire's report short.
          fail(
              "%s of row %d is \"%s\", not \"%s\"",
              column, i + 1, CsvFiles.escaped(row.value(column)), CsvFiles.escaped(expected));
        }
      }
    }
  }

  private static void assertRowsInOrder(List<CsvRow> read) {
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).index()).isEqualTo(i + 1);
      assertThat(read.get(i).line()).isGreaterThan(i == 0 ? 1 : read.get(i - 1).line());
    }
  }

  private static List<CsvRow> readAll(byte[] content, CsvLayout layout, long skip) {
    List<CsvRow> rows = new ArrayList<>();
    Iterator<CsvRow> iterator = CsvFile.rows(content, layout, skip);
    iterator.forEachRemaining(rows::add);
    return rows;
  }

  private static String canonical(String name, CsvLayout layout) {
    String key = name.strip();
    return layout.columns().stream().filter(c -> c.equalsIgnoreCase(key)).findFirst().orElseThrow();
  }

  // ---- generators

  private record Bytes(CsvLayout layout, byte[] content) {
    @Override
    public String toString() {
      return layout.messagePrefix() + " " + Tries.shown(content);
    }
  }

  private record SpecAndNumber(CsvFiles.Spec spec, long number, byte bad) {}

  private record LayoutAndSpec(CsvLayout layout, CsvFiles.Spec spec) {}

  private static CsvLayout layout(Random random) {
    return random.nextBoolean() ? CourseCsv.LAYOUT : CpdCsv.LAYOUT;
  }

  /** Files whose header names every required column and some others, in any order and case. */
  private static CsvFiles.Spec wellFormed(Random random, CsvLayout layout) {
    List<String> optional =
        layout.columns().stream().filter(c -> !layout.required().contains(c)).toList();
    List<String> names = new ArrayList<>(layout.required());
    names.addAll(Tries.subset(random, optional));
    List<String> spelt = new ArrayList<>();
    for (String name : Tries.shuffled(random, names)) {
      spelt.add(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name);
    }
    return CsvFiles.hostileFile(random, spelt, 12);
  }

  /**
   * Any bytes: random ones (1 in 7), well-formed files (2 in 7), and well-formed files broken by
   * cutting them short, changing a byte or putting a quote in (4 in 7).
   */
  private static byte[] anyBytes(Random random) {
    int kind = random.nextInt(7);
    if (kind == 0) {
      return Tries.bytes(random, 400);
    }
    byte[] bytes = wellFormed(random, layout(random)).bytes();
    if (kind <= 2) {
      return bytes;
    }
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(3)) {
      case 0 -> java.util.Arrays.copyOf(bytes, at);
      case 1 -> {
        byte[] flipped = bytes.clone();
        flipped[at] = (byte) random.nextInt(256);
        yield flipped;
      }
      default -> {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        yield (text.substring(0, at) + "\"" + text.substring(at))
            .getBytes(StandardCharsets.ISO_8859_1);
      }
    };
  }
}
