package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.linkworker.trellis.portfolio.boundary.CpdImportTestBed.HEADER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.imports.entity.ImportError;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.testing.StatementCounter;

/** The CPD import job's writing of rows, chunk by chunk, on a real database. */
class CpdImportRowsTest {

  private final CpdImportTestBed bed = new CpdImportTestBed();

  @AfterEach
  void close() {
    bed.close();
  }

  private static final String MIXED =
      HEADER
          + "A1,2026-11-01,Peer session on benefits,PEER_LEARNING,1.5,true,CP.3,We met,"
          + "Benefit rules,I check entitlement,PC.1:2;CC.3:1,\r\n"
          + "A2,2026-11-02,,READING,1,,,,,,,\r\n"
          + "A3,2026-11-03,Long day,COURSE,150,,,,,,,\r\n"
          + "A4,2026-11-04,Unknown competency,READING,1,,,,,,ZZ.9:1,\r\n"
          + "A5,2027-01-01,In the future,READING,1,,,,,,,\r\n"
          + "A6,2026-11-05,Safeguarding update,COURSE,6,,,,,,PC.2:1,SUBMITTED\r\n"
          + "A1,2026-11-06,Same key again,READING,1,,,,,,,\r\n"
          + "A8,2026-11-07,Level too high,READING,1,,,,,,PC.1:9,\r\n"
          + "A9,2026-11-08,Claimed twice,READING,1,,,,,,PC.1:1;PC.1:2,\r\n"
          + "A10,2026-11-09,Unknown standard,READING,1,,CP.99,,,,,\r\n"
          + ",2026-11-10,No key,READING,1,,,,,,,\r\n";

  @Test
  void goodRowsBecomeEntriesWithTheirClaimsAndBadRowsAreListedByLineAndColumn() {
    String id = bed.stored(MIXED);
    bed.write(id, MIXED, 4, 0);

    FileImport run = bed.run(id);
    assertThat(run.getTotalRows()).isEqualTo(11);
    assertThat(run.getDoneRows()).isEqualTo(11);
    assertThat(run.getCreated()).isEqualTo(2);
    assertThat(run.getUpdated()).isZero();
    assertThat(run.getUnchanged()).isZero();
    assertThat(run.getRejected()).isEqualTo(9);
    assertThat(bed.errors(id))
        .extracting(ImportError.Line::row, ImportError.Line::column)
        .containsExactly(
            tuple(3L, "title"),
            tuple(4L, "hours"),
            tuple(5L, "claims"),
            tuple(6L, "date"),
            tuple(8L, "key"),
            tuple(9L, "claims"),
            tuple(10L, "claims"),
            tuple(11L, "standard"),
            tuple(12L, "key"));
    assertThat(bed.errors(id).get(4).message())
        .isEqualTo("The key A1 is on line 2 already; give each entry its own key.");

    List<EntryView> entries = bed.alexsEntries();
    assertThat(entries)
        .extracting(EntryView::title, EntryView::status)
        .containsExactly(
            tuple("Safeguarding update", EntryStatus.SUBMITTED),
            tuple("Peer session on benefits", EntryStatus.DRAFT));
    EntryView first = entries.get(1);
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(first.type()).isEqualTo(ActivityType.PEER_LEARNING);
    assertThat(first.hours()).isEqualByComparingTo("1.5");
    assertThat(first.participatory()).isTrue();
    assertThat(first.standard()).isEqualTo("CP.3");
    assertThat(first.reflection())
        .isEqualTo(new EntryView.ReflectionView("We met", "Benefit rules", "I check entitlement"));
    assertThat(first.claims())
        .containsExactly(new EntryView.ClaimView("CC.3", 1), new EntryView.ClaimView("PC.1", 2));
    assertThat(entries.get(0).submittedAt()).isEqualTo(bed.clock.instant());
  }

  @Test
  void importingTheSameFileAgainAddsNothingAndCountsItsRowsUnchanged() {
    bed.imported(MIXED);
    List<EntryView> before = bed.alexsEntries();

    String again = bed.imported(MIXED);

    assertThat(bed.alexsEntries()).isEqualTo(before);
    FileImport run = bed.run(again);
    assertThat(run.getCreated()).isZero();
    assertThat(run.getUpdated()).isZero();
    assertThat(run.getUnchanged()).isEqualTo(2);
    assertThat(run.getRejected()).isEqualTo(9);
  }

  private static final String FOUR =
      HEADER
          + "D,2026-10-01,Draft,READING,1,,,,,,PC.1:1,\r\n"
          + "R,2026-10-02,To be returned,READING,1,,,,,,,SUBMITTED\r\n"
          + "S,2026-10-03,Submitted,READING,1,,,,,,,SUBMITTED\r\n"
          + "V,2026-10-04,To be verified,READING,1,,,,,,,SUBMITTED\r\n";

  private String idOf(String title) {
    return bed.alexsEntries().stream()
        .filter(e -> e.title().equals(title))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aRowWithAKnownKeyUpdatesADraftOrReturnedEntryAndLeavesASubmittedOrVerifiedOne() {
    bed.imported(FOUR);
    bed.portfolio(s -> s.returnEntry(bed.sam, idOf("To be returned"), "Say what you learned"));
    bed.portfolio(s -> s.verify(bed.sam, idOf("To be verified"), null));
    long draftVersion =
        bed.alexsEntries().stream()
            .filter(e -> e.title().equals("Draft"))
            .findFirst()
            .orElseThrow()
            .version();

    String changed =
        HEADER
            + "D,2026-10-01,Draft renamed,READING,2,,,,,,PC.1:2;CC.1:1,\r\n"
            + "R,2026-10-02,Returned and mended,READING,1,,,,I learned,,,SUBMITTED\r\n"
            + "S,2026-10-03,Submitted renamed,READING,1,,,,,,,\r\n"
            + "V,2026-10-04,Verified renamed,READING,1,,,,,,,\r\n"
            + "N,2026-10-05,New one,READING,1,,,,,,,\r\n";
    String id = bed.imported(changed);

    FileImport run = bed.run(id);
    assertThat(run.getCreated()).isEqualTo(1);
    assertThat(run.getUpdated()).isEqualTo(2);
    assertThat(run.getUnchanged()).isEqualTo(2);
    List<EntryView> entries = bed.alexsEntries();
    assertThat(entries)
        .extracting(EntryView::title, EntryView::status)
        .containsExactly(
            tuple("New one", EntryStatus.DRAFT),
            tuple("To be verified", EntryStatus.VERIFIED),
            tuple("Submitted", EntryStatus.SUBMITTED),
            tuple("Returned and mended", EntryStatus.SUBMITTED),
            tuple("Draft renamed", EntryStatus.DRAFT));
    EntryView draft = entries.get(4);
    assertThat(draft.hours()).isEqualByComparingTo(new BigDecimal(2));
    assertThat(draft.claims())
        .containsExactly(new EntryView.ClaimView("CC.1", 1), new EntryView.ClaimView("PC.1", 2));
    assertThat(draft.version()).isGreaterThan(draftVersion);
    assertThat(entries.get(3).reflection().learned()).isEqualTo("I learned");
  }

  @Test
  void aRowThatChangesNothingLeavesItsDraftAtTheVersionRead() {
    bed.imported(FOUR);
    long before = bed.alexsEntries().get(3).version();
    // 1.00 hours are the 1 hour stored; the claim is the same.
    String same = HEADER + "D,2026-10-01,Draft,READING,1.00,false,,,,,PC.1:1,DRAFT\r\n";
    String id = bed.imported(same);

    assertThat(bed.run(id).getUnchanged()).isEqualTo(1);
    assertThat(bed.run(id).getUpdated()).isZero();
    assertThat(bed.alexsEntries().get(3).version()).isEqualTo(before);
  }

  @Test
  void aChunkWrittenAgainAfterARestartDuplicatesNeitherEntriesNorErrors() {
    String id = bed.stored(MIXED);
    bed.write(id, MIXED, 3, 0);
    // The job failed after committing rows 1 to 9 but before its checkpoint said so: a restart
    // from the checkpoint at row 3 writes rows 4 to 11 again.
    bed.write(id, MIXED, 3, 3);

    assertThat(bed.alexsEntries()).hasSize(2);
    assertThat(bed.errors(id)).hasSize(9);
    assertThat(bed.run(id).getDoneRows()).isEqualTo(11);
  }

  @Test
  void keysAreEachWorkersOwn() {
    bed.imported(MIXED);
    String lees =
        bed.query(
            em ->
                bed.service(em)
                    .store(bed.lee, "lee.trainee", "mine.csv", CpdImportTestBed.utf8(MIXED)));
    bed.write(lees, MIXED, 100, 0);

    assertThat(bed.run(lees).getCreated()).isEqualTo(2);
    assertThat(bed.alexsEntries()).hasSize(2);
    assertThat(
            bed.portfolio(s -> s.entries(bed.lee, "lee.trainee", EntryFilter.none(), 0, 100))
                .page()
                .total())
        .isEqualTo(2);
  }

  @Test
  void anImportedEntryIsReadAndChangedAsOneTypedInIs() {
    bed.imported(
        HEADER
            + "T1,2026-11-20,Peer session,PEER_LEARNING,1.5,true,,We met,Benefits,"
            + "I will check,PC.1:2,\r\n");
    EntryView imported = bed.alexsEntries().get(0);
    EntryView typed =
        bed.portfolio(
            s ->
                s.create(
                    bed.alex,
                    "alex.link",
                    new EntryInput(
                        LocalDate.of(2026, 11, 20),
                        "Peer session",
                        ActivityType.PEER_LEARNING,
                        new BigDecimal("1.5"),
                        true,
                        null,
                        null,
                        new EntryInput.ReflectionInput("We met", "Benefits", "I will check"),
                        List.of(new EntryInput.ClaimInput("PC.1", 2)))));

    EntryView readBack = bed.portfolio(s -> s.find(bed.alex, imported.id())).orElseThrow();
    EntryView typedBack = bed.portfolio(s -> s.find(bed.alex, typed.id())).orElseThrow();
    assertThat(readBack).usingRecursiveComparison().ignoringFields("id").isEqualTo(typedBack);

    EntryView renamed =
        bed.portfolio(
            s ->
                s.update(
                    bed.alex,
                    imported.id(),
                    readBack.version(),
                    new EntryInput(
                        LocalDate.of(2026, 11, 20),
                        "Peer session, written up",
                        ActivityType.PEER_LEARNING,
                        new BigDecimal("1.5"),
                        true,
                        null,
                        null,
                        null,
                        List.of(new EntryInput.ClaimInput("CC.3", 1)))));
    assertThat(renamed.version()).isEqualTo(readBack.version() + 1);
    assertThat(renamed.claims()).containsExactly(new EntryView.ClaimView("CC.3", 1));
  }

  @Test
  void submittedRowsWaitInTheSupervisorsQueueWithoutANotificationEach() {
    bed.imported(MIXED);

    List<EntryView> queue = bed.portfolio(s -> s.queue(bed.sam));
    long unread =
        bed.query(em -> NotificationTestAccess.notifications(em, bed.clock).unreadCount(bed.sam));

    assertThat(queue).extracting(EntryView::title).containsExactly("Safeguarding update");
    assertThat(unread).isZero();
  }

  private static String numbered(String prefix, int rows) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 1; i <= rows; i++) {
      file.append(prefix)
          .append(i)
          .append(",2026-10-01,Learning ")
          .append(i)
          .append(",READING,1,,,,,,PC.1:1;CC.3:2,\r\n");
    }
    return file.toString();
  }

  /** The statements JPA sends for one chunk of the file, written whole. */
  private int statementsOfOneChunk(String file) {
    String id = bed.stored(file);
    bed.frameworks.current();
    return StatementCounter.during(() -> bed.write(id, file, 1000, 0));
  }

  @Test
  void aChunkLooksItsKeysUpAndRecordsItselfInTheSameStatementsForTenRowsAsForFiveHundred() {
    int ten = statementsOfOneChunk(numbered("T", 10));
    int fiveHundred = statementsOfOneChunk(numbered("F", 500));
    int tenAgain = statementsOfOneChunk(numbered("T", 10));
    int fiveHundredAgain = statementsOfOneChunk(numbered("F", 500));

    assertThat(fiveHundred).isEqualTo(ten);
    assertThat(fiveHundredAgain).isEqualTo(tenAgain);
    assertThat(tenAgain).as("a re-import reads the stored claims too").isEqualTo(ten + 1);
    assertThat(bed.alexsEntries()).hasSize(510);
    long claimingCc3 =
        bed.portfolio(
                s ->
                    s.entries(
                        bed.alex,
                        "alex.link",
                        new EntryFilter(null, null, null, null, "CC.3"),
                        0,
                        1))
            .page()
            .total();
    assertThat(claimingCc3).as("every entry kept both its claims").isEqualTo(510);
    assertThat(bed.alexsEntries().get(0).claims())
        .containsExactly(new EntryView.ClaimView("CC.3", 2), new EntryView.ClaimView("PC.1", 1));
  }
}
