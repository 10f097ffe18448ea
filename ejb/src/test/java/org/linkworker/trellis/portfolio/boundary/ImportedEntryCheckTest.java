package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.testing.MethodValidation;

/**
 * Every rule of a CPD entry asked of an imported row, each said under the file's column: the same
 * constraints and messages as an entry typed in, on the link worker framework, on 25 November 2026.
 */
class ImportedEntryCheckTest {

  private static CpdImportTestBed bed;
  private static ImportedEntryCheck check;

  @BeforeAll
  static void framework() {
    bed = new CpdImportTestBed();
    check =
        new ImportedEntryCheck(
            MethodValidation.validator(), bed.frameworks.current(), LocalDate.of(2026, 11, 25));
  }

  @AfterAll
  static void close() {
    bed.close();
  }

  private static ImportedEntryCheck.Outcome checked(String row) {
    String file = CpdImportTestBed.HEADER + row + "\r\n";
    CsvRow first = CpdCsv.rows(CpdImportTestBed.utf8(file), 0).next();
    return check.check(CpdCsv.parse(first));
  }

  private static Map<String, String> errors(String row) {
    return checked(row).errors();
  }

  @Test
  void aGoodRowBecomesTheEntrysPartsWithItsClaimsOnTheFramework() {
    ImportedEntryCheck.Outcome outcome =
        checked(
            "K1,2026-11-25,Peer session,PEER_LEARNING,1.5,true,CP.3,We met,Rules,I check,"
                + "PC.1:2;CC.3:1,SUBMITTED");

    assertThat(outcome.good()).isTrue();
    ImportedEntryCheck.Checked entry = outcome.checked();
    assertThat(entry.key()).isEqualTo("K1");
    assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(entry.type()).isEqualTo(ActivityType.PEER_LEARNING);
    assertThat(entry.standard()).isEqualTo("CP.3");
    assertThat(entry.reflection().isComplete()).isTrue();
    assertThat(entry.claims())
        .extracting(Claim::getCompetencyCode, Claim::getLevel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PC.1", 2),
            org.assertj.core.groups.Tuple.tuple("CC.3", 1));
    assertThat(entry.claims()).allSatisfy(c -> assertThat(c.getCompetencyId()).isNotBlank());
    assertThat(entry.submit()).isTrue();
  }

  @Test
  void theTitleIsOneLineOfOneToTwoHundredCharacters() {
    assertThat(errors("K,2026-11-01,,READING,1,,,,,,,"))
        .containsExactly(Map.entry("title", "Give the entry a title."));
    assertThat(errors("K,2026-11-01," + "t".repeat(201) + ",READING,1,,,,,,,"))
        .containsExactly(Map.entry("title", "A title must be at most 200 characters."));
    assertThat(errors("K,2026-11-01," + "t".repeat(200) + ",READING,1,,,,,,,")).isEmpty();
    assertThat(errors("K,2026-11-01,\"Two\nlines\",READING,1,,,,,,,")).containsOnlyKeys("title");
  }

  @Test
  void hoursAreFromAQuarterToAHundredInHundredths() {
    assertThat(errors("K,2026-11-01,Reading,READING,0.2,,,,,,,"))
        .containsExactly(Map.entry("hours", "Hours must be between 0.25 and 100."));
    assertThat(errors("K,2026-11-01,Reading,READING,100.5,,,,,,,")).containsOnlyKeys("hours");
    assertThat(errors("K,2026-11-01,Reading,READING,1.255,,,,,,,"))
        .containsExactly(
            Map.entry("hours", "Give hours to at most two decimal places, such as 1.5 or 0.25."));
    assertThat(errors("K,2026-11-01,Reading,READING,0.25,,,,,,,")).isEmpty();
    assertThat(errors("K,2026-11-01,Reading,READING,100,,,,,,,")).isEmpty();
  }

  @Test
  void theDateIsNotInTheFuture() {
    assertThat(errors("K,2026-11-26,Reading,READING,1,,,,,,,"))
        .containsExactly(
            Map.entry(
                "date",
                "An entry records learning that has happened: choose a date no later than"
                    + " 2026-11-25."));
  }

  @Test
  void aStandardIsOneOfTheCodeOfPractice() {
    assertThat(errors("K,2026-11-01,Reading,READING,1,,CP.99,,,,,"))
        .containsExactly(Map.entry("standard", "CP.99 is not a standard of the code of practice."));
    assertThat(errors("K,2026-11-01,Reading,READING,1,," + "S".repeat(41) + ",,,,,"))
        .containsEntry("standard", "A standard's code must be at most 40 characters.");
  }

  @Test
  void eachReflectionPartIsAtMostFourThousandCharactersUnderItsOwnColumn() {
    assertThat(errors("K,2026-11-01,Reading,READING,1,,,," + "w".repeat(4001) + ",,,"))
        .containsExactly(
            Map.entry("learned", "Each part of a reflection must be at most 4000 characters."));
  }

  @Test
  void claimsNameCompetenciesOfTheFrameworkOnceAtOneOfItsLevels() {
    assertThat(errors("K,2026-11-01,Reading,READING,1,,,,,,ZZ.9:1,"))
        .containsExactly(Map.entry("claims", "ZZ.9 is not a competency of LWCF version 1."));
    assertThat(errors("K,2026-11-01,Reading,READING,1,,,,,,PC.1:5,"))
        .containsExactly(
            Map.entry("claims", "5 is not a level of LWCF (its levels run from 1 to 4)."));
    assertThat(errors("K,2026-11-01,Reading,READING,1,,,,,,PC.1:0,")).containsOnlyKeys("claims");
    assertThat(errors("K,2026-11-01,Reading,READING,1,,,,,,PC.1:1;PC.1:2,"))
        .containsExactly(Map.entry("claims", "PC.1 is claimed twice; claim each competency once."));
  }

  @Test
  void whatCannotBeReadKeepsItsMessageAndTheRulesStillSpeakOfTheRest() {
    Map<String, String> errors = errors(",tomorrow,,WEBINAR,500,,CP.99,,,,ZZ.9:1,");
    assertThat(errors)
        .containsOnlyKeys("key", "date", "title", "type", "hours", "standard", "claims");
    assertThat(errors.get("type")).startsWith("Must be one of COURSE");
    assertThat(errors.get("hours")).isEqualTo("Hours must be between 0.25 and 100.");
  }

  @Test
  void aFieldOfTheEntryNamesTheColumnItComesFrom() {
    assertThat(ImportedEntryCheck.column("title")).isEqualTo("title");
    assertThat(ImportedEntryCheck.column("reflection.what")).isEqualTo("what");
    assertThat(ImportedEntryCheck.column("claims[3].level")).isEqualTo("claims");
    assertThat(ImportedEntryCheck.column("claims[0]")).isEqualTo("claims");
  }
}
