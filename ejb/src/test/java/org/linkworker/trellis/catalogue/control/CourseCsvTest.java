package org.linkworker.trellis.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvRow;

class CourseCsvTest {

  private static final String HEADER =
      "code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<CsvRow> rows(String text, long skip) {
    List<CsvRow> rows = new ArrayList<>();
    Iterator<CsvRow> iterator = CourseCsv.rows(utf8(text), skip);
    iterator.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void aFileWithAHeaderAndRowsIsFitAndCounted() {
    String file = HEADER + "A,One,,ONLINE,1,,,,,\r\nB,Two,,ONLINE,2,,,,,\r\n";
    assertThat(CourseCsv.inspect(utf8(file))).isEqualTo(new CsvFile.Fit(2));
  }

  @Test
  void theTemplateIsItselfAFitFile() {
    assertThat(CourseCsv.inspect(utf8(CourseCsv.template()))).isEqualTo(new CsvFile.Fit(1));
  }

  @Test
  void anEmptyFileAndAHeaderOnlyFileAreRefusedWhole() {
    assertThat(CourseCsv.inspect(new byte[0]))
        .isEqualTo(new CsvFile.Unfit("catalogue.import_empty", List.of()));
    assertThat(CourseCsv.inspect(utf8("  \r\n\r\n")))
        .isEqualTo(new CsvFile.Unfit("catalogue.import_empty", List.of()));
    assertThat(CourseCsv.inspect(utf8(HEADER)))
        .isEqualTo(new CsvFile.Unfit("catalogue.import_no_rows", List.of()));
  }

  @Test
  void aFileInAnotherEncodingIsRefusedWithTheLineOfItsFirstForeignByte() {
    byte[] latin1 =
        (HEADER + "A,One,,ONLINE,1,,,,,\r\nB,Café,,ONLINE,2,,,,,\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(CourseCsv.inspect(latin1))
        .isEqualTo(new CsvFile.Unfit("catalogue.import_not_utf8", List.of(3)));
  }

  @Test
  void aByteOrderMarkAndHeaderNamesInAnyCaseAreTaken() {
    String file = "\uFEFFCODE,Title,DELIVERYMODE,hours\r\nA,Café,ONLINE,1\r\n";
    assertThat(CourseCsv.inspect(utf8(file))).isEqualTo(new CsvFile.Fit(1));
    CsvRow row = rows(file, 0).get(0);
    assertThat(row.value("code")).isEqualTo("A");
    assertThat(row.value("title")).isEqualTo("Café");
    assertThat(row.value("deliveryMode")).isEqualTo("ONLINE");
    assertThat(row.value("mappings")).isEmpty();
  }

  @Test
  void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedNamingThem() {
    assertThat(CourseCsv.inspect(utf8("code,title\r\nA,One\r\n")))
        .isInstanceOfSatisfying(
            CsvFile.Unfit.class,
            unfit -> {
              assertThat(unfit.key()).isEqualTo("catalogue.import_header_missing");
              assertThat(unfit.arguments().get(0)).isEqualTo("deliveryMode, hours");
            });
    assertThat(
            CourseCsv.inspect(utf8("code,title,deliveryMode,hours,price\r\nA,One,ONLINE,1,5\r\n")))
        .isInstanceOfSatisfying(
            CsvFile.Unfit.class,
            unfit -> {
              assertThat(unfit.key()).isEqualTo("catalogue.import_header_unknown");
              assertThat(unfit.arguments().get(0)).isEqualTo("price");
            });
  }

  @Test
  void rowsCarryTheirLineNumbersWithQuotedLineBreaksCounted() {
    String file =
        HEADER
            + "A,One,\"two\r\nlines\",ONLINE,1,,,,,\r\n"
            + "B,\"Two, with a comma\",,ONLINE,2,,,,,\r\n";
    List<CsvRow> rows = rows(file, 0);
    assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
    assertThat(rows).extracting(CsvRow::index).containsExactly(1L, 2L);
    assertThat(rows.get(0).value("description")).isEqualTo("two\r\nlines");
    assertThat(rows.get(1).value("title")).isEqualTo("Two, with a comma");
  }

  @Test
  void aRowWithACodeAnEarlierRowHasIsMarkedEvenAfterARestart() {
    String file =
        HEADER + "A,One,,ONLINE,1,,,,,\r\nB,Two,,ONLINE,1,,,,,\r\na,Again,,ONLINE,1,,,,,\r\n";
    assertThat(rows(file, 0)).extracting(CsvRow::duplicateOfLine).containsExactly(0L, 0L, 2L);
    List<CsvRow> afterRestart = rows(file, 2);
    assertThat(afterRestart).hasSize(1);
    assertThat(afterRestart.get(0).duplicateOfLine()).isEqualTo(2L);
    assertThat(afterRestart.get(0).index()).isEqualTo(3L);
  }

  @Test
  void aRaggedRowKeepsItsWidthForTheCheck() {
    CsvRow row = rows(HEADER + "A,One,ONLINE\r\n", 0).get(0);
    assertThat(row.width()).isEqualTo(3);
    assertThat(row.headerWidth()).isEqualTo(10);
  }
}
