package org.linkworker.trellis.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.control.CourseCsv;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.imports.entity.ImportError;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvRow;

/** The import job's writing of rows, chunk by chunk, on a real database. */
class CourseImportRowsTest {

  private static final String HEADER =
      "code,title,description,deliveryMode,hours,cpdHours,accreditation,url,status,mappings\r\n";

  private final CatalogueTestBed bed = new CatalogueTestBed().withSecondProfession();

  @AfterEach
  void close() {
    bed.close();
  }

  private String stored(String file) {
    return bed.query(
        em -> {
          FileImport run =
              FileImport.ofCourses(
                  bed.providerA,
                  "pat.provider",
                  "test.csv",
                  file.getBytes(StandardCharsets.UTF_8),
                  ((CsvFile.Fit) CourseCsv.inspect(file.getBytes(StandardCharsets.UTF_8))).rows(),
                  Instant.now());
          em.persist(run);
          return run.getId();
        });
  }

  /** Runs the rows through the writer in chunks of the given size, from a checkpoint. */
  private void write(String importId, String file, int chunk, long skip) {
    List<CsvRow> all = new ArrayList<>();
    CourseCsv.rows(file.getBytes(StandardCharsets.UTF_8), skip).forEachRemaining(all::add);
    for (int i = 0; i < all.size(); i += chunk) {
      List<CsvRow> part = all.subList(i, Math.min(all.size(), i + chunk));
      bed.query(
          em -> {
            bed.importRows(em).write(importId, part);
            return null;
          });
    }
  }

  private FileImport run(String importId) {
    return bed.query(em -> em.find(FileImport.class, importId));
  }

  private List<ImportError.Line> errors(String importId) {
    return bed.query(
        em ->
            em.createNamedQuery(ImportError.OF_IMPORT, ImportError.Line.class)
                .setParameter("import", importId)
                .getResultList());
  }

  private Page<CourseView> mine() {
    return bed.courses(
        s ->
            s.search(
                bed.pat,
                new CourseQuery(null, null, null, null, bed.providerA, null, null),
                0,
                1000));
  }

  private static final String MIXED =
      HEADER
          + "C1,Good one,,ONLINE,6,,,https://example.org/c1,PUBLISHED,PC.1:2:DEVELOPS;CC.3:1\r\n"
          + "C2,,,ONLINE,6,,,,,\r\n"
          + "C3,Bad hours,,ONLINE,lots,,,,,\r\n"
          + "C4,Bad mapping,,ONLINE,1,,,,,XX.1:2:DEVELOPS\r\n"
          + "C5,Bad mode,,BY PIGEON,1,,,,,\r\n"
          + "C6,Good two,,in person,0.25,,,,,PC.2:4:ASSESSES\r\n"
          + "C1,Duplicate code,,ONLINE,1,,,,,\r\n"
          + ",No code,,ONLINE,1,,,,,\r\n"
          + "C9,Bad url,,ONLINE,1,,,ftp://x,,\r\n";

  @Test
  void goodRowsAreCommittedAndBadRowsAreListedByLineAndColumn() {
    String id = stored(MIXED);
    write(id, MIXED, 3, 0);

    FileImport run = run(id);
    assertThat(run.getDoneRows()).isEqualTo(9);
    assertThat(run.getCreated()).isEqualTo(2);
    assertThat(run.getRejected()).isEqualTo(7);
    assertThat(errors(id))
        .extracting(e -> e.row() + " " + e.column())
        .containsExactly(
            "3 title", "4 hours", "5 mappings", "6 deliveryMode", "8 code", "9 code", "10 url");
    assertThat(errors(id).get(2).message())
        .isEqualTo("XX.1 is not a competency of LWCF version 1.");
    assertThat(mine().items())
        .extracting(CourseView::code, CourseView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C1", CourseStatus.PUBLISHED),
            org.assertj.core.groups.Tuple.tuple("C6", CourseStatus.DRAFT));
    assertThat(mine().items().get(0).mappings())
        .extracting(MappingView::competency)
        .containsExactly("CC.3", "PC.1");
  }

  @Test
  void aMappingMayNameTheFrameworkOfItsCompetency() {
    String file =
        HEADER
            + "H1,Coaching basics,,ONLINE,6,,,,PUBLISHED,HWBC:CO.2:2:DEVELOPS;PC.1:1\r\n"
            + "H2,Wrong framework,,ONLINE,6,,,,,LWCF:CO.2:2:DEVELOPS\r\n"
            + "H3,No framework,,ONLINE,6,,,,,:CO.2:2:DEVELOPS\r\n";
    String id = stored(file);
    write(id, file, 100, 0);

    assertThat(errors(id))
        .extracting(e -> e.row() + " " + e.column() + " " + e.message())
        .containsExactly(
            "3 mappings CO.2 is not a competency of LWCF version 1.",
            "4 mappings Write each mapping as COMPETENCY:LEVEL:STRENGTH, such as PC.1:2:DEVELOPS"
                + " (or FRAMEWORK:COMPETENCY:LEVEL:STRENGTH for a competency of another"
                + " framework), not \":CO.2:2:DEVELOPS\".");
    assertThat(mine().items())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.mappings())
                    .extracting(MappingView::competency, MappingView::framework)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CO.2", "HWBC"),
                        org.assertj.core.groups.Tuple.tuple("PC.1", "LWCF")));
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    write(stored(MIXED), MIXED, 100, 0);
    List<CourseView> before = mine().items();

    String again = stored(MIXED);
    write(again, MIXED, 100, 0);

    assertThat(mine().items()).isEqualTo(before);
    FileImport run = run(again);
    assertThat(run.getCreated()).isZero();
    assertThat(run.getUpdated()).isZero();
    assertThat(run.getUnchanged()).isEqualTo(2);
  }

  @Test
  void aRowWithTheCodeOfAStoredCourseUpdatesIt() {
    write(stored(MIXED), MIXED, 100, 0);
    String changed = HEADER + "C6,Good two renamed,,IN_PERSON,0.25,,,,PUBLISHED,PC.2:3\r\n";
    String id = stored(changed);
    write(id, changed, 100, 0);

    assertThat(run(id).getUpdated()).isEqualTo(1);
    CourseView c6 =
        mine().items().stream().filter(c -> c.code().equals("C6")).findFirst().orElseThrow();
    assertThat(c6.title()).isEqualTo("Good two renamed");
    assertThat(c6.status()).isEqualTo(CourseStatus.PUBLISHED);
    assertThat(c6.mappings())
        .containsExactly(
            new MappingView(
                "PC.2",
                3,
                org.linkworker.trellis.catalogue.entity.MappingStrength.DEVELOPS,
                "LWCF"));
  }

  @Test
  void aRowThatWouldMoveAPublishedCourseBackToDraftIsRefusedAndLeavesItAsItWas() {
    write(stored(MIXED), MIXED, 100, 0);
    String back = HEADER + "C1,Renamed,,ONLINE,6,,,,DRAFT,\r\n";
    String id = stored(back);
    write(id, back, 100, 0);

    assertThat(errors(id)).extracting(ImportError.Line::column).containsExactly("status");
    CourseView c1 =
        mine().items().stream().filter(c -> c.code().equals("C1")).findFirst().orElseThrow();
    assertThat(c1.title()).isEqualTo("Good one");
    assertThat(c1.mappings()).hasSize(2);
  }

  @Test
  void aChunkWrittenAgainAfterARestartDuplicatesNeitherCoursesNorErrors() {
    String id = stored(MIXED);
    write(id, MIXED, 3, 0);
    // The job failed after committing rows 1 to 6 but before its checkpoint said so: a restart
    // from the checkpoint at row 3 writes rows 4 to 9 again.
    write(id, MIXED, 3, 3);

    assertThat(mine().total()).isEqualTo(2);
    assertThat(errors(id)).hasSize(7);
  }
}
