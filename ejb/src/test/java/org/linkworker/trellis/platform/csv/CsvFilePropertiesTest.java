package org.linkworker.trellis.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.linkworker.trellis.catalogue.control.CourseCsv;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.testing.CsvFiles;

/**
 * Whatever bytes are uploaded as a course catalogue or a CPD history, the reader of both ({@link
 * CsvFile}, with {@link CourseCsv#LAYOUT} and {@link CpdCsv#LAYOUT}) either refuses the file as a
 * whole for one of its documented reasons or reads it row by row, every row once, each on the line
 * it starts on: never another exception, never a row lost or made up.
 */
class CsvFilePropertiesTest {

  private static final Set<String> REFUSALS =
      Set.of("empty", "no_rows", "not_utf8", "not_csv", "header_missing", "header_unknown");

  @Property(tries = 200)
  void anyBytesAreRefusedForADocumentedReasonOrReadToTheRowCountTheCheckFound(
      @ForAll("layouts") CsvLayout layout, @ForAll("anyBytes") byte[] content) {
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
  }

  @Property(tries = 100)
  void aWellFormedCourseFileIsReadEveryRowOnceOnTheLineItStartsOn(
      @ForAll("courseFiles") CsvFiles.Spec spec) {
    checkWellFormed(CourseCsv.LAYOUT, spec);
  }

  @Property(tries = 100)
  void aWellFormedCpdFileIsReadEveryRowOnceOnTheLineItStartsOn(
      @ForAll("cpdFiles") CsvFiles.Spec spec) {
    checkWellFormed(CpdCsv.LAYOUT, spec);
  }

  @Property(tries = 100)
  void aRestartedReadGivesTheSameRowsAfterTheCheckpoint(
      @ForAll("cpdFiles") CsvFiles.Spec spec, @ForAll("seeds") long seed) {
    byte[] content = spec.bytes();
    List<CsvRow> all = readAll(content, CpdCsv.LAYOUT, 0);
    int skip = (int) Math.floorMod(seed, all.size() + 1);

    assertThat(readAll(content, CpdCsv.LAYOUT, skip)).isEqualTo(all.subList(skip, all.size()));
  }

  @Property(tries = 100)
  void aByteThatIsNotUtf8IsRefusedNamingItsLine(
      @ForAll("cpdFiles") CsvFiles.Spec spec,
      @ForAll("seeds") long where,
      @ForAll("notUtf8") byte bad) {
    byte[] good = spec.bytes();
    int at = (int) Math.floorMod(where, good.length + 1);
    byte[] content = new byte[good.length + 1];
    System.arraycopy(good, 0, content, 0, at);
    content[at] = bad;
    System.arraycopy(good, at, content, at + 1, good.length - at);

    CsvFile.Inspection inspection = CsvFile.inspect(content, CpdCsv.LAYOUT);

    assertThat(inspection)
        .isEqualTo(
            new CsvFile.Unfit(
                "portfolio.import_not_utf8", List.of((int) CsvFiles.lineOfByte(content, at))));
  }

  @Property(tries = 100)
  void aHeaderLackingARequiredColumnOrNamingAnUnknownOneRefusesTheWholeFile(
      @ForAll("anyHeaders") Tuple2<CsvLayout, CsvFiles.Spec> file) {
    CsvLayout layout = file.get1();
    CsvFiles.Spec spec = file.get2();
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

  @Provide
  Arbitrary<CsvLayout> layouts() {
    return Arbitraries.of(CourseCsv.LAYOUT, CpdCsv.LAYOUT);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Byte> notUtf8() {
    return Arbitraries.of((byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xC1, (byte) 0xF8);
  }

  @Provide
  Arbitrary<CsvFiles.Spec> courseFiles() {
    return wellFormed(CourseCsv.LAYOUT);
  }

  @Provide
  Arbitrary<CsvFiles.Spec> cpdFiles() {
    return wellFormed(CpdCsv.LAYOUT);
  }

  /** Files whose header names every required column and some others, in any order and case. */
  private static Arbitrary<CsvFiles.Spec> wellFormed(CsvLayout layout) {
    List<String> optional =
        layout.columns().stream().filter(c -> !layout.required().contains(c)).toList();
    Arbitrary<List<String>> header =
        Arbitraries.subsetOf(optional)
            .flatMap(
                chosen -> {
                  List<String> names = new ArrayList<>(layout.required());
                  names.addAll(chosen);
                  return Arbitraries.shuffle(names);
                })
            .flatMap(
                names ->
                    Arbitraries.of(true, false)
                        .list()
                        .ofSize(names.size())
                        .map(
                            upper -> {
                              List<String> spelt = new ArrayList<>();
                              for (int i = 0; i < names.size(); i++) {
                                spelt.add(
                                    upper.get(i)
                                        ? names.get(i).toUpperCase(Locale.ROOT)
                                        : names.get(i));
                              }
                              return spelt;
                            }));
    return CsvFiles.hostileFiles(header, 12);
  }

  /**
   * Any bytes: random ones, and well-formed files broken by cutting them short, flipping a byte or
   * putting bytes in that are not UTF-8.
   */
  @Provide
  Arbitrary<byte[]> anyBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> files =
        Arbitraries.oneOf(wellFormed(CourseCsv.LAYOUT), wellFormed(CpdCsv.LAYOUT))
            .map(CsvFiles.Spec::bytes);
    Arbitrary<byte[]> broken =
        Combinators.combine(
                files, Arbitraries.longs(), Arbitraries.bytes(), Arbitraries.of(0, 1, 2))
            .as(
                (bytes, where, value, how) -> {
                  int at = (int) Math.floorMod(where, bytes.length);
                  return switch (how) {
                    case 0 -> java.util.Arrays.copyOf(bytes, at);
                    case 1 -> {
                      byte[] flipped = bytes.clone();
                      flipped[at] = value;
                      yield flipped;
                    }
                    default -> {
                      String text = new String(bytes, StandardCharsets.ISO_8859_1);
                      yield (text.substring(0, at) + "\"" + text.substring(at))
                          .getBytes(StandardCharsets.ISO_8859_1);
                    }
                  };
                });
    return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(2, files), Tuple.of(4, broken));
  }

  @Provide
  Arbitrary<Tuple2<CsvLayout, CsvFiles.Spec>> anyHeaders() {
    return layouts()
        .flatMap(
            layout ->
                CsvFiles.hostileFiles(CsvFiles.headers(layout.columns()), 3)
                    .map(spec -> Tuple.of(layout, spec)));
  }
}
