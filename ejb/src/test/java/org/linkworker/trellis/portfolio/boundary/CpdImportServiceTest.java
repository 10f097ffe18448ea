package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.portfolio.boundary.CpdImportTestBed.HEADER;
import static org.linkworker.trellis.portfolio.boundary.CpdImportTestBed.utf8;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.imports.entity.ImportKind;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;

/** Who may import a CPD history, the files refused whole, and who sees an import afterwards. */
class CpdImportServiceTest {

  private final CpdImportTestBed bed = new CpdImportTestBed();

  @AfterEach
  void close() {
    bed.close();
  }

  private static final String FILE = HEADER + "K1,2026-11-01,Reading,READING,1,,,,,,,\r\n";

  private String store(Caller caller, String username, byte[] content) {
    return bed.query(em -> bed.service(em).store(caller, username, "history.csv", content));
  }

  private boolean mayImport(Caller caller) {
    return bed.query(em -> bed.service(em).mayImport(caller, "alex.link"));
  }

  private Optional<ImportView> find(Caller caller, String id) {
    return bed.query(em -> bed.imports(em).find(caller, id));
  }

  private List<ImportView> recent(ImportKind kind) {
    return bed.query(em -> bed.imports(em).recent(bed.alex, kind));
  }

  private long imports() {
    return bed.query(
        em -> em.createQuery("select count(i) from FileImport i", Long.class).getSingleResult());
  }

  @Test
  void aWorkerStoresAFileForTheirOwnPortfolio() {
    String id = store(bed.alex, "alex.link", utf8(FILE));

    FileImport run = bed.run(id);
    assertThat(run.getKind()).isEqualTo(ImportKind.CPD_ENTRIES);
    assertThat(run.getOwnerId()).isEqualTo(bed.alexId);
    assertThat(run.getProviderId()).isNull();
    assertThat(run.getStartedBy()).isEqualTo("alex.link");
    assertThat(run.getTotalRows()).isEqualTo(1);
    assertThat(run.getFileName()).isEqualTo("history.csv");
    assertThat(mayImport(bed.alex)).isTrue();
  }

  @Test
  void onlyTheWorkerImportsAndAPortfolioTheCallerCannotSeeIsNotThere() {
    assertThatThrownBy(() -> store(bed.sam, "alex.link", utf8(FILE)))
        .as("the supervisor sees the portfolio but does not write in it")
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Only the link worker can change their own portfolio.");
    assertThatThrownBy(() -> store(bed.emma, "alex.link", utf8(FILE)))
        .isInstanceOf(AccessDeniedException.class);
    for (Caller outsider : new Caller[] {bed.lee, bed.steward, bed.pat}) {
      assertThatThrownBy(() -> store(outsider, "alex.link", utf8(FILE)))
          .as(outsider.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> store(bed.alex, "nobody.here", utf8(FILE)))
        .isInstanceOf(NotVisibleException.class);
    assertThat(imports()).isZero();
    for (Caller caller : new Caller[] {bed.sam, bed.emma, bed.lee, bed.steward, bed.pat}) {
      assertThat(mayImport(caller)).as(caller.username()).isFalse();
    }
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeSayingWhyAndNothingIsStored() {
    assertThatThrownBy(() -> store(bed.alex, "alex.link", new byte[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("file"));
    assertThatThrownBy(() -> store(bed.alex, "alex.link", utf8(HEADER)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors().get("file"))
                    .isEqualTo("The file has a header row but no entries under it."));
    assertThatThrownBy(
            () ->
                store(
                    bed.alex,
                    "alex.link",
                    (HEADER + "K1,2026-11-01,Café,READING,1,,,,,,,\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("file")).contains("not UTF-8 text (line 2)"));
    assertThatThrownBy(() -> store(bed.alex, "alex.link", utf8("code,title\r\nA,Course\r\n")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors().get("file"))
                    .startsWith("The header row lacks the column(s) key, date, type, hours."));
    byte[] tooLarge = new byte[CpdImportService.MAX_BYTES + 1];
    Arrays.fill(tooLarge, (byte) 'x');
    assertThatThrownBy(() -> store(bed.alex, "alex.link", tooLarge))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors().get("file"))
                    .isEqualTo("The file is larger than 10 MB; split it into smaller files."));
    assertThat(imports()).isZero();
  }

  @Test
  void anImportIsSeenByWhoeverStartedItAndTheStewardAlone() {
    String id = store(bed.alex, "alex.link", utf8(FILE));

    assertThat(find(bed.alex, id))
        .get()
        .extracting(ImportView::kind, ImportView::status)
        .containsExactly(ImportKind.CPD_ENTRIES, "STARTING");
    assertThat(find(bed.steward, id)).isPresent();
    for (Caller other : new Caller[] {bed.sam, bed.emma, bed.lee, bed.pat}) {
      assertThat(find(other, id)).as(other.username()).isEmpty();
    }
    assertThat(recent(ImportKind.CPD_ENTRIES)).extracting(ImportView::id).containsExactly(id);
    assertThat(recent(ImportKind.COURSES)).isEmpty();
  }
}
