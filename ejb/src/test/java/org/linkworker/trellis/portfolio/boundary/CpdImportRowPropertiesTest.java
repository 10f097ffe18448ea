package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.testing.CsvFiles;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.Tries;

/**
 * Every row of a CPD history file, however hostile its cells, comes out of the import's checks
 * ({@link CpdCsv#parse}, then {@link ImportedEntryCheck}) as exactly one of: an entry's parts, or
 * errors each naming a column of the file (or the row as a whole) with a message; never an
 * exception, never a row lost.
 */
class CpdImportRowPropertiesTest {

  private static final FrameworkSnapshot FRAMEWORK =
      new FrameworkSnapshot(
          new FrameworkOutline(
              "f",
              "LWCF",
              "1",
              "Framework",
              null,
              FrameworkStatus.PUBLISHED,
              true,
              List.of(
                  new LevelView(1, "One"),
                  new LevelView(2, "Two"),
                  new LevelView(3, "Three"),
                  new LevelView(4, "Four")),
              List.of(
                  new DomainView(
                      "d",
                      "PC",
                      "Domain",
                      List.of(
                          new CompetencyView("c1", "PC.1", "One", new TreeMap<>()),
                          new CompetencyView("c2", "PC.2", "Two", new TreeMap<>())))),
              List.of(),
              new CodeOfPracticeView(
                  "cop",
                  "Code",
                  "1",
                  List.of(new StandardView("s", "CP.1", "Standard", List.of(), List.of("PC.1"))))),
          3,
          2);

  private final ImportedEntryCheck check =
      new ImportedEntryCheck(
          MethodValidation.validator(), Optional.of(FRAMEWORK), LocalDate.of(2026, 11, 25));

  @Test
  void everyRowBecomesAnEntryOrErrorsNamingItsColumnsNeverAnException() {
    Tries.check(
        60,
        random -> CsvFiles.hostileFile(random, CpdCsv.COLUMNS, 10),
        spec -> {
          byte[] content = spec.bytes();
          int rows = ((CsvFile.Fit) CpdCsv.inspect(content)).rows();
          List<ImportedEntryCheck.Outcome> outcomes = new ArrayList<>();

          CpdCsv.rows(content, 0)
              .forEachRemaining((CsvRow row) -> outcomes.add(check.check(CpdCsv.parse(row))));

          assertThat(outcomes).hasSize(rows).hasSize(spec.rows().size());
          for (ImportedEntryCheck.Outcome outcome : outcomes) {
            assertThat(outcome.good()).isEqualTo(outcome.checked() != null);
            outcome
                .errors()
                .forEach(
                    (column, message) -> {
                      assertThat(column).isIn(columnsOrRow());
                      assertThat(message).isNotBlank();
                    });
          }
        });
  }

  private static List<String> columnsOrRow() {
    List<String> names = new ArrayList<>(CpdCsv.COLUMNS);
    names.add("");
    return names;
  }
}
