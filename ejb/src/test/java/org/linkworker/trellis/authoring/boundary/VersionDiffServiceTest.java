package org.linkworker.trellis.authoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.authoring.boundary.VersionDiff.ChangeKind;
import org.linkworker.trellis.authoring.boundary.VersionDiff.DiffCompetency;
import org.linkworker.trellis.authoring.boundary.VersionDiff.VersionChange;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * The diff of LWCF version 1 and the shipped version 2 on a real Derby database, with a hand-built
 * portfolio and catalogue on version 1's competencies so that every count is known.
 */
class VersionDiffServiceTest {

  private final EvidenceFixture fixture = new EvidenceFixture();

  @BeforeEach
  void importVersionTwo() {
    FrameworkTestAccess.importPackage(
        fixture.database,
        shipped("lwcf-2.case.json"),
        FrameworkImportRequest.asThePackageSays(),
        true);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private VersionDiffService service(EntityManager em) {
    VersionDiffService service = new VersionDiffService();
    service.em = em;
    service.policy = fixture.policy;
    return service;
  }

  private <T> T diffing(Function<VersionDiffService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private VersionDiff diff(String from, String to, boolean withUnchanged) {
    return diffing(s -> s.diff(fixture.steward, "LWCF", to, from, withUnchanged));
  }

  private static List<String> codes(List<DiffCompetency> refs) {
    return refs.stream().map(DiffCompetency::code).toList();
  }

  private static VersionChange only(VersionDiff diff, ChangeKind kind) {
    List<VersionChange> of = diff.changes().stream().filter(c -> c.kind() == kind).toList();
    assertThat(of).as(kind.name()).hasSize(1);
    return of.get(0);
  }

  /** A course of the fixture's provider mapped to the version 1 competencies named. */
  private void course(String title, String... competencies) {
    fixture.database.inTransaction(
        em -> {
          Organisation provider =
              em.createQuery(
                      "select o from Organisation o where o.name = 'Courses Ltd'",
                      Organisation.class)
                  .getSingleResult();
          Course course = new Course(provider);
          course.describe(null, title, null, DeliveryMode.ONLINE, BigDecimal.ONE, null, null, null);
          course.remap(
              java.util.Arrays.stream(competencies)
                  .map(
                      c ->
                          new CourseMapping(
                              fixture.competency(c).id(), c, 1, MappingStrength.DEVELOPS))
                  .toList());
          em.persist(course);
          return null;
        });
  }

  @Test
  void versionOneToTwoIsOneSplitOneMergeOneMoveOneNewOneRetiredAndTheRestUnchanged() {
    VersionDiff diff = diff("1", "2", false);

    assertThat(diff.code()).isEqualTo("LWCF");
    assertThat(diff.from()).isEqualTo("1");
    assertThat(diff.to()).isEqualTo("2");
    assertThat(diff.changes())
        .extracting(VersionChange::kind)
        .containsExactly(
            ChangeKind.SPLIT,
            ChangeKind.MERGED,
            ChangeKind.CHANGED,
            ChangeKind.NEW,
            ChangeKind.RETIRED);

    VersionChange split = only(diff, ChangeKind.SPLIT);
    assertThat(codes(split.from())).containsExactly("CR.3");
    assertThat(codes(split.to())).containsExactly("CR.3", "CR.7");
    VersionChange merged = only(diff, ChangeKind.MERGED);
    assertThat(codes(merged.from())).containsExactly("DI.1", "DI.6");
    assertThat(codes(merged.to())).containsExactly("DI.1");
    VersionChange moved = only(diff, ChangeKind.CHANGED);
    assertThat(codes(moved.from())).containsExactly("TS.6");
    assertThat(codes(moved.to())).containsExactly("LY.6");
    assertThat(moved.fields()).containsExactly("code", "domain", "title");
    assertThat(moved.to().get(0).title()).startsWith("Support other link workers to develop");
    VersionChange added = only(diff, ChangeKind.NEW);
    assertThat(added.from()).isEmpty();
    assertThat(codes(added.to())).containsExactly("DI.7");
    VersionChange retired = only(diff, ChangeKind.RETIRED);
    assertThat(codes(retired.from())).containsExactly("CC.5");
    assertThat(retired.to()).isEmpty();

    int versionOne = fixture.framework.competencyCount();
    // every version 1 competency but CR.3, DI.1, DI.6, TS.6 and CC.5 continues unchanged
    assertThat(diff.counts())
        .extracting(
            DiffCounts::getUnchanged,
            DiffCounts::getChanged,
            DiffCounts::getSplit,
            DiffCounts::getMerged,
            DiffCounts::getNew,
            DiffCounts::getRetired)
        .containsExactly(versionOne - 5, 1, 1, 1, 1, 1);
    assertThat(diff.counts().hasDifferences()).isTrue();
  }

  @Test
  void theUnchangedAreListedWhenAskedForEachContinuingItsTwin() {
    VersionDiff diff = diff("1", "2", true);

    List<VersionChange> unchanged =
        diff.changes().stream().filter(c -> c.kind() == ChangeKind.UNCHANGED).toList();
    assertThat(unchanged).hasSize(diff.counts().getUnchanged());
    assertThat(unchanged)
        .allSatisfy(
            c -> {
              assertThat(codes(c.from())).isEqualTo(codes(c.to()));
              assertThat(c.from().get(0).title()).isEqualTo(c.to().get(0).title());
              assertThat(c.fields()).isEmpty();
            });
    assertThat(unchanged.get(0).from().get(0).code()).isEqualTo("PC.1");
  }

  @Test
  void eachChangeCountsTheWorkersEntriesAndCoursesOnItsOldCompetencies() {
    // Alex: a submitted entry claiming CR.3 and CC.5, a verified one claiming CR.3
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .claims("CR.3", 2)
        .claims("CC.5", 1)
        .submitted()
        .save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims("CR.3", 2).verified().save();
    // Lee: a draft claiming DI.6 (an entry, but no worker), an assessment on DI.1 and a verified
    // entry claiming both merged competencies (one entry, one worker); Alex: an assessment on DI.6
    fixture.entry("lee.trainee", LocalDate.of(2026, 6, 2)).claims("DI.6", 1).save();
    fixture.assess(
        "lee.trainee", "DI.1", 2, LocalDate.of(2026, 6, 3), noon(LocalDate.of(2026, 6, 3)));
    fixture
        .entry("lee.trainee", LocalDate.of(2026, 7, 1))
        .claims("DI.1", 3)
        .claims("DI.6", 3)
        .verified()
        .save();
    fixture.assess(
        "alex.link", "DI.6", 1, LocalDate.of(2026, 6, 4), noon(LocalDate.of(2026, 6, 4)));
    // a withdrawn assessment on TS.6 is no one's evidence
    String withdrawn =
        fixture.assess(
            "alex.link", "TS.6", 2, LocalDate.of(2026, 7, 2), noon(LocalDate.of(2026, 7, 2)));
    fixture.withdraw(withdrawn, noon(LocalDate.of(2026, 7, 3)));
    // courses: one mapped to DI.6, one to DI.1 and DI.6, one to an unchanged competency
    course("Digital records", "DI.6");
    course("Records and systems", "DI.1", "DI.6");
    course("Listening", "PC.1");

    VersionDiff diff = diff("1", "2", false);

    VersionChange split = only(diff, ChangeKind.SPLIT);
    assertThat(List.of(split.workers(), split.entries(), split.courses()))
        .containsExactly(1L, 2L, 0L);
    VersionChange merged = only(diff, ChangeKind.MERGED);
    assertThat(List.of(merged.workers(), merged.entries(), merged.courses()))
        .containsExactly(2L, 2L, 2L);
    VersionChange retired = only(diff, ChangeKind.RETIRED);
    assertThat(List.of(retired.workers(), retired.entries(), retired.courses()))
        .containsExactly(1L, 1L, 0L);
    VersionChange moved = only(diff, ChangeKind.CHANGED);
    assertThat(List.of(moved.workers(), moved.entries(), moved.courses()))
        .containsExactly(0L, 0L, 0L);
    VersionChange added = only(diff, ChangeKind.NEW);
    assertThat(List.of(added.workers(), added.entries(), added.courses()))
        .containsExactly(0L, 0L, 0L);

    VersionChange listening =
        diff("1", "2", true).changes().stream()
            .filter(
                c -> c.kind() == ChangeKind.UNCHANGED && codes(c.from()).equals(List.of("PC.1")))
            .findFirst()
            .orElseThrow();
    assertThat(listening.courses()).isEqualTo(1);
  }

  @Test
  void theDiffTakesAFixedNumberOfStatementsHoweverManyChanges() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("CR.3", 2).verified().save();
    int few = StatementCounter.during(() -> diff("1", "2", false));
    int all = StatementCounter.during(() -> diff("1", "2", true));
    assertThat(all).isEqualTo(few).isLessThanOrEqualTo(7);
  }

  @Test
  void aLaterVersionContinuingTheIntermediateOneIsComparedThroughIt() {
    // version 3: version 2's package again, its continuations replaced by links to version 2's
    // twins (same code), so version 3 reaches version 1 only through version 2
    FrameworkTestAccess.importPackage(
        fixture.database,
        shipped("lwcf-2.case.json"),
        new FrameworkImportRequest(null, "3", null, null, List.of()),
        true);
    fixture.database.inTransaction(
        em -> {
          String three = "(select id from framework where code = 'LWCF' and version = '3')";
          String two = "(select id from framework where code = 'LWCF' and version = '2')";
          em.createNativeQuery(
                  "delete from competency_continuation where competency_id in"
                      + " (select id from competency where framework_id = "
                      + three
                      + ")")
              .executeUpdate();
          em.createNativeQuery(
                  "insert into competency_continuation (competency_id, continues_id)"
                      + " select c3.id, c2.id from competency c3, competency c2"
                      + " where c3.framework_id = "
                      + three
                      + " and c2.framework_id = "
                      + two
                      + " and c3.code = c2.code")
              .executeUpdate();
          return null;
        });

    VersionDiff direct = diff("1", "2", true);
    VersionDiff through = diff("1", "3", true);

    assertThat(through.counts()).isEqualTo(direct.counts());
    assertThat(through.changes())
        .extracting(c -> c.kind() + " " + codes(c.from()) + " -> " + codes(c.to()))
        .isEqualTo(
            direct.changes().stream()
                .map(c -> c.kind() + " " + codes(c.from()) + " -> " + codes(c.to()))
                .toList());
    VersionDiff twoToThree = diff(null, "3", false);
    assertThat(twoToThree.from()).as("the version below by default").isEqualTo("2");
    assertThat(twoToThree.changes()).isEmpty();
    assertThat(twoToThree.counts().hasDifferences()).isFalse();
    assertThat(twoToThree.counts().getUnchanged()).isEqualTo(direct.counts().getUnchanged() + 5);
  }

  @Test
  void withoutFromTheVersionBelowIsTheEarlier() {
    assertThat(diff(null, "2", false).from()).isEqualTo("1");
    assertThatThrownBy(() -> diff(null, "1", false))
        .isInstanceOf(NotVisibleException.class)
        .hasMessageContaining("no version before 1");
  }

  @Test
  void theSameVersionOrALaterOneIsRefusedByField() {
    assertThatThrownBy(() -> diff("2", "2", false))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("from"));
    assertThatThrownBy(() -> diff("2", "1", false))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("from"));
  }

  @Test
  void anUnknownCodeOrVersionIsNotThere() {
    assertThatThrownBy(() -> diff("1", "9", false)).isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> diff("9", "2", false)).isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> diffing(s -> s.diff(fixture.steward, "NOSUCH", "2", "1", false)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void onlyTheStewardMayCompareVersions() {
    for (var caller : List.of(fixture.alex, fixture.sam, fixture.emma, fixture.hana, fixture.pat)) {
      assertThatThrownBy(() -> diffing(s -> s.diff(caller, "LWCF", "2", "1", false)))
          .as(caller.username())
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void theCsvHasARowPerCompetencyOfEachChange() {
    VersionDiff diff = diff("1", "2", false);
    String csv = diffing(s -> s.csv(diff));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("kind,from_code,from_title,to_code,to_title,fields,workers,entries,courses");
    // split: two rows; merged: two rows; changed, new, retired: one each
    assertThat(lines).hasSize(1 + 2 + 2 + 3);
    assertThat(lines.get(1)).startsWith("SPLIT,CR.3,").contains(",CR.3,");
    assertThat(lines.get(2)).startsWith("SPLIT,CR.3,").contains(",CR.7,");
    assertThat(lines.get(5)).startsWith("CHANGED,TS.6,").contains(",LY.6,", ",code domain title,");
    assertThat(VersionDiffService.fileName(diff)).isEqualTo("framework-diff-lwcf-1-to-2");
  }

  @Test
  void thePdfNamesTheVersionsCountsEveryKindAndHasARowPerChange() throws Exception {
    VersionDiff diff = diff("1", "2", false);

    byte[] pdf = diffing(s -> s.pdf(diff));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    try {
      String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(text)
          .contains("LWCF: what changed from version 1 to version 2")
          .contains("41 unchanged, 1 changed, 1 split, 1 merged, 1 new, 1 retired")
          .contains("Split", "Merged", "Retired", "CR.7", "LY.6", "DI.7", "CC.5");
    } finally {
      reader.close();
    }
  }
}
