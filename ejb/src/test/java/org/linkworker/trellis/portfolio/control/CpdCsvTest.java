package org.linkworker.trellis.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.entity.ActivityType;

/** A CPD file read as a whole and row by row, before any rule of an entry is asked. */
class CpdCsvTest {

  private static final String HEADER =
      "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status\r\n";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<CsvRow> rows(String file) {
    List<CsvRow> rows = new ArrayList<>();
    CpdCsv.rows(utf8(file), 0).forEachRemaining(rows::add);
    return rows;
  }

  private static CpdCsv.Parsed parse(String row) {
    return CpdCsv.parse(rows(HEADER + row + "\r\n").get(0));
  }

  private static Map<String, String> errors(String row) {
    return parse(row).errors();
  }

  @Test
  void theTemplateIsAFitFileWhoseExampleRowIsReadable() {
    assertThat(CpdCsv.inspect(utf8(CpdCsv.template()))).isEqualTo(new CsvFile.Fit(1));
    CpdCsv.Parsed example = CpdCsv.parse(rows(CpdCsv.template()).get(0));
    assertThat(example.errors()).isEmpty();
    assertThat(example.row().claims())
        .containsExactly(new CpdCsv.ClaimText("PC.1", 2), new CpdCsv.ClaimText("CC.3", 1));
  }

  @Test
  void aFullRowIsReadIntoTypedValues() {
    CpdCsv.Parsed parsed =
        parse(
            "A-1,2026-03-14,Benefits drop-in,peer learning,1.5,TRUE,CP.3,\"Sat in, twice\","
                + "\"Line one\nline two\",Screen early, PC.1:2 ; CC.3:1 ;,submitted");

    assertThat(parsed.readable()).isTrue();
    CpdCsv.Row row = parsed.row();
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.key()).isEqualTo("A-1");
    assertThat(row.date()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(row.title()).isEqualTo("Benefits drop-in");
    assertThat(row.type()).isEqualTo(ActivityType.PEER_LEARNING);
    assertThat(row.hours()).isEqualByComparingTo("1.5");
    assertThat(row.participatory()).isTrue();
    assertThat(row.standard()).isEqualTo("CP.3");
    assertThat(row.what()).isEqualTo("Sat in, twice");
    assertThat(row.learned()).isEqualTo("Line one\nline two");
    assertThat(row.change()).isEqualTo("Screen early");
    assertThat(row.claims())
        .containsExactly(new CpdCsv.ClaimText("PC.1", 2), new CpdCsv.ClaimText("CC.3", 1));
    assertThat(row.submit()).isTrue();
  }

  @Test
  void optionalColumnsLeftEmptyOrOutOfTheFileMeanADraftWithNothingMore() {
    CpdCsv.Parsed empty = parse("K,2026-01-02,Reading,READING,1,,,,,,,");
    assertThat(empty.errors()).isEmpty();
    assertThat(empty.row().participatory()).isFalse();
    assertThat(empty.row().submit()).isFalse();
    assertThat(empty.row().claims()).isEmpty();
    assertThat(empty.row().standard()).isNull();
    assertThat(empty.row().what()).isNull();

    String minimal = "key,date,title,type,hours\r\nK,2026-01-02,Reading,READING,1\r\n";
    assertThat(CpdCsv.inspect(utf8(minimal))).isEqualTo(new CsvFile.Fit(1));
    CpdCsv.Parsed shortFile = CpdCsv.parse(rows(minimal).get(0));
    assertThat(shortFile.errors()).isEmpty();
    assertThat(shortFile.row().hours()).isEqualTo(BigDecimal.ONE);
    assertThat(shortFile.row().submit()).isFalse();
  }

  @Test
  void aKeyIsRequiredOneLineOfAtMostEightyCharactersAndOncePerFile() {
    assertThat(errors(",2026-01-02,Reading,READING,1,,,,,,,"))
        .containsOnlyKeys("key")
        .extractingByKey("key")
        .asString()
        .contains("key of your own");
    assertThat(errors("k".repeat(81) + ",2026-01-02,Reading,READING,1,,,,,,,"))
        .extractingByKey("key")
        .isEqualTo("A key is one line of at most 80 characters.");
    assertThat(errors("k".repeat(80) + ",2026-01-02,Reading,READING,1,,,,,,,")).isEmpty();
    assertThat(errors("\"two\nlines\",2026-01-02,Reading,READING,1,,,,,,,"))
        .containsOnlyKeys("key");

    List<CsvRow> twice =
        rows(
            HEADER
                + "K1,2026-01-02,One,READING,1,,,,,,,\r\n"
                + "K1,2026-01-03,Two,READING,1,,,,,,,\r\n"
                + "k1,2026-01-03,Three,READING,1,,,,,,,\r\n");
    assertThat(CpdCsv.parse(twice.get(1)).errors())
        .containsEntry("key", "The key K1 is on line 2 already; give each entry its own key.");
    assertThat(CpdCsv.parse(twice.get(2)).errors()).as("keys are case-sensitive").isEmpty();
  }

  @Test
  void aDateIsRequiredAndWrittenYearMonthDay() {
    assertThat(errors("K,,Reading,READING,1,,,,,,,"))
        .containsEntry("date", "Give the date of the learning, such as 2026-04-01.");
    assertThat(errors("K,14/03/2026,Reading,READING,1,,,,,,,"))
        .containsEntry(
            "date", "Write the date as year-month-day, such as 2026-04-01, not \"14/03/2026\".");
    assertThat(errors("K,2026-02-30,Reading,READING,1,,,,,,,")).containsOnlyKeys("date");
    assertThat(errors("K,0000-01-01,Reading,READING,1,,,,,,,"))
        .as("year 0")
        .containsOnlyKeys("date");
    assertThat(errors("K,+99999-01-01,Reading,READING,1,,,,,,,")).containsOnlyKeys("date");
  }

  @Test
  void aTypeIsOneOfTheApisActivityTypes() {
    assertThat(errors("K,2026-01-02,Reading,,1,,,,,,,"))
        .extractingByKey("type")
        .asString()
        .startsWith("Give the kind of learning: one of COURSE, E_LEARNING, SUPERVISION");
    assertThat(errors("K,2026-01-02,Reading,WEBINAR,1,,,,,,,"))
        .extractingByKey("type")
        .asString()
        .startsWith("Must be one of COURSE, E_LEARNING")
        .endsWith("not \"WEBINAR\".");
    assertThat(parse("K,2026-01-02,Reading,e-learning,1,,,,,,,").row().type())
        .isEqualTo(ActivityType.E_LEARNING);
  }

  @Test
  void hoursAreRequiredAndANumber() {
    assertThat(errors("K,2026-01-02,Reading,READING,,,,,,,,"))
        .containsEntry("hours", "Give the hours of learning, between 0.25 and 100.");
    assertThat(errors("K,2026-01-02,Reading,READING,an hour,,,,,,,"))
        .containsEntry("hours", "Must be a number such as 1.5, not \"an hour\".");
  }

  @Test
  void participatoryIsTrueOrFalse() {
    assertThat(errors("K,2026-01-02,Reading,READING,1,yes,,,,,,"))
        .containsEntry("participatory", "Must be true or false, not \"yes\".");
    assertThat(parse("K,2026-01-02,Reading,READING,1,False,,,,,,").row().participatory()).isFalse();
  }

  @Test
  void eachClaimIsACompetencyAndAWholeLevel() {
    for (String claims : List.of("PC.1", "PC.1:two", ":2", "PC.1:2:DEVELOPS", "PC.1:1.5")) {
      assertThat(errors("K,2026-01-02,Reading,READING,1,,,,,,\"" + claims + "\","))
          .as(claims)
          .containsOnlyKeys("claims")
          .extractingByKey("claims")
          .asString()
          .startsWith("Write each claim as COMPETENCY:LEVEL, such as PC.1:2");
    }
  }

  @Test
  void aRowAsksForADraftOrASubmittedEntryOnly() {
    assertThat(parse("K,2026-01-02,Reading,READING,1,,,,,,,draft").row().submit()).isFalse();
    assertThat(errors("K,2026-01-02,Reading,READING,1,,,,,,,VERIFIED"))
        .extractingByKey("status")
        .asString()
        .startsWith("Must be DRAFT or SUBMITTED, not \"VERIFIED\"");
  }

  @Test
  void aRaggedRowIsSaidToBeSoAndEveryOtherErrorIsStillFound() {
    Map<String, String> errors = errors("K,2026-01-02,Reading,WEBINAR");
    assertThat(errors)
        .containsEntry("", "The row has 4 columns; the header has 12.")
        .containsKeys("type", "hours");
  }

  @Test
  void aFileWithoutARequiredColumnOrWithAColumnOfAnotherImportIsRefusedWhole() {
    assertThat(CpdCsv.inspect(utf8("key,date,title,type\r\nK,2026-01-02,Reading,READING\r\n")))
        .isEqualTo(
            new CsvFile.Unfit(
                "portfolio.import_header_missing",
                List.of(
                    "hours",
                    "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status")));
    assertThat(
            CpdCsv.inspect(
                utf8("key,date,title,type,hours,mappings\r\nK,2026-01-02,Reading,READING,1,x\r\n")))
        .isInstanceOf(CsvFile.Unfit.class)
        .extracting(i -> ((CsvFile.Unfit) i).key())
        .isEqualTo("portfolio.import_header_unknown");
    assertThat(CpdCsv.inspect(utf8(HEADER)))
        .isEqualTo(new CsvFile.Unfit("portfolio.import_no_rows", List.of()));
    assertThat(CpdCsv.inspect(new byte[0]))
        .isEqualTo(new CsvFile.Unfit("portfolio.import_empty", List.of()));
  }
}
