package org.linkworker.trellis.platform.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.portfolio.control.CpdCsv;

/**
 * The lines {@link CsvFile} names for rows and bad bytes, on files the property tests
 * (CsvFilePropertiesTest) once found it wrong on, kept as they were shrunk.
 */
class CsvFileTest {

  @Test
  void aRowAfterABlankLineIsReportedOnTheLineItIsOn() {
    // Blank lines are skipped, but the row after one was said to start on the line after the
    // previous row: an error reported for line 3 of a file whose line 3 is empty.
    byte[] content = "DATE,TYPE,KEY,TITLE,HOURS\n,,,,\n\n,,,,\r\n\r\n\r\nk,,,,".getBytes(UTF_8);

    List<CsvRow> rows = new ArrayList<>();
    CsvFile.rows(content, CpdCsv.LAYOUT, 0).forEachRemaining(rows::add);

    assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L, 7L);
  }

  @Test
  void aFileWhoseLinesEndInCarriageReturnsNamesTheLineOfABadByte() {
    // Rows count a lone CR as the end of a line (as editors do); the encoding check counted LF
    // only, so a bad byte on line 3 of such a file was reported on line 1.
    byte[] content =
        "key,date,title,type,hours\rK1,2026-01-01,A,READING,1\rK2,\u00e9,B,READING,1\r"
            .getBytes(UTF_8);
    content[content.length - 16] = (byte) 0xFF;

    assertThat(CsvFile.inspect(content, CpdCsv.LAYOUT))
        .isEqualTo(new CsvFile.Unfit("portfolio.import_not_utf8", List.of(3)));
  }
}
