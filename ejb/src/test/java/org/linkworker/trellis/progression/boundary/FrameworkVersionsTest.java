package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.boundary.CourseQuery;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingInput;
import org.linkworker.trellis.catalogue.boundary.ProvisionCell;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.framework.boundary.StageDraft;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;

/**
 * Attainment before and after the link worker framework moves from version 1 to version 2 (the
 * shipped {@code lwcf-2.case.json}: CR.3 split into CR.3 and CR.7, DI.1 and DI.6 merged into DI.1,
 * TS.6 renamed and moved to LY.6, DI.7 new, CC.5 retired), on hand-built portfolios in a real Derby
 * database: evidence on a v1 competency counts for every v2 competency that continues it, at the
 * same level numbers, so no worker loses a level they held; a course mapped to a v1 competency
 * counts for its successors until it is mapped again (PRODUCT.md: Versions).
 */
class FrameworkVersionsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private AttainmentService attainment(EntityManager em) {
    return ProgressionTestAccess.attainment(em, fixture.frameworks, clock);
  }

  private CourseService courses(EntityManager em) {
    return CatalogueTestAccess.courses(em, fixture.policy, fixture.frameworks, clock);
  }

  private <T> T attainment(Function<AttainmentService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(attainment(em)));
  }

  private <T> T catalogue(Function<CourseService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(courses(em)));
  }

  private <T> T gaps(Function<GapReportService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          GapReportService service = new GapReportService();
          service.attainment = attainment(em);
          service.courses = courses(em);
          service.frameworks = fixture.frameworks;
          return call.apply(service);
        });
  }

  /** {@code count} verified claims of one competency at a level, a month apart. */
  private void claims(String owner, String competency, int level, int count) {
    for (int i = 1; i <= count; i++) {
      LocalDate day = TODAY.minusMonths(i + 1L);
      fixture.entry(owner, day).claims(competency, level).verifiedAt(noon(day)).save();
    }
  }

  /** Alex's portfolio under version 1: a level in each kind of change, and one held nowhere. */
  private void alexsVersionOnePortfolio() {
    claims("alex.link", "CR.3", 2, 2); // split: CR.3 and CR.7 both continue it
    claims("alex.link", "DI.1", 3, 1); // merged: one claim on each is two on the new DI.1
    claims("alex.link", "DI.6", 3, 1);
    fixture.assess("alex.link", "TS.6", 3, TODAY.minusMonths(3), noon(TODAY.minusMonths(3)));
    claims("alex.link", "CC.5", 2, 2); // retired
    claims("alex.link", "PC.1", 1, 2); // unchanged
  }

  /**
   * The steward imports version 2, gives it version 1's stages carried over, and makes it current;
   * the frameworks held in memory are read again.
   */
  private void versionTwoMadeCurrent() {
    FrameworkTestAccess.importPackage(
        fixture.database,
        shipped("lwcf-2.case.json"),
        FrameworkImportRequest.asThePackageSays(),
        true);
    List<StageDraft> stages =
        FrameworkTestAccess.draft(fixture.database, d -> d.stagesCarriedTo("LWCF", "2"));
    FrameworkTestAccess.draft(fixture.database, d -> d.replaceStages("LWCF", "2", stages));
    List<String> dropped =
        FrameworkTestAccess.draft(fixture.database, d -> d.stagesDroppedFrom("LWCF", "2"));
    assertThat(dropped).isEmpty();
    FrameworkTestAccess.draft(fixture.database, d -> d.publish("LWCF", "2", true));
    fixture.frameworks.forget();
  }

  private Map<String, Integer> levels(WorkerAttainment held) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    held.competencies().forEach(c -> levels.put(c.competency(), c.level()));
    return levels;
  }

  private Map<String, Integer> alexsLevels() {
    return levels(attainment(s -> s.attainment(fixture.emma, "alex.link", TODAY)));
  }

  @Test
  void underVersionOneEachCompetencyCountsOnlyItsOwnEvidence() {
    alexsVersionOnePortfolio();

    Map<String, Integer> levels = alexsLevels();

    assertThat(levels)
        .containsEntry("CR.3", 2)
        .containsEntry("DI.1", 0)
        .containsEntry("DI.6", 0)
        .containsEntry("TS.6", 3)
        .containsEntry("CC.5", 2)
        .containsEntry("PC.1", 1)
        .doesNotContainKeys("CR.7", "DI.7", "LY.6");
  }

  @Test
  void afterVersionTwoEvidenceCountsForEveryCompetencyThatContinuesItsOwn() {
    alexsVersionOnePortfolio();
    Map<String, Integer> before = alexsLevels();

    versionTwoMadeCurrent();
    WorkerAttainment after = attainment(s -> s.attainment(fixture.emma, "alex.link", TODAY));

    assertThat(after.framework().version()).isEqualTo("2");
    assertThat(after.stage()).isEqualTo("LINK_WORKER");
    Map<String, Integer> levels = levels(after);
    assertThat(levels)
        .containsEntry("CR.3", 2) // split: both halves keep the level
        .containsEntry("CR.7", 2)
        .containsEntry("DI.1", 3) // merged: the two claims together reach the threshold
        .containsEntry("LY.6", 3) // renamed and moved: the assessment carries over
        .containsEntry("DI.7", 0) // new: nothing continues into it
        .containsEntry("PC.1", 1)
        .doesNotContainKeys("CC.5", "TS.6", "DI.6"); // retired or gone into another
    assertThat(levels).hasSize(46);
    // no level held under version 1 is lost by a competency that continues it
    Map<String, List<String>> successors =
        Map.of(
            "CR.3", List.of("CR.3", "CR.7"),
            "DI.1", List.of("DI.1"),
            "DI.6", List.of("DI.1"),
            "TS.6", List.of("LY.6"),
            "PC.1", List.of("PC.1"));
    successors.forEach(
        (old, next) ->
            next.forEach(
                code ->
                    assertThat(levels.get(code))
                        .as("%s continuing %s", code, old)
                        .isGreaterThanOrEqualTo(before.get(old))));
    // the evidence shown for a carried level is the version 1 entry's
    assertThat(after.competencies())
        .filteredOn(c -> c.competency().equals("CR.7"))
        .singleElement()
        .satisfies(c -> assertThat(c.evidence()).hasSize(2));
  }

  @Test
  void newClaimsOnVersionTwoCountTogetherWithTheEvidenceTheyContinue() {
    claims("alex.link", "CR.3", 3, 1);
    versionTwoMadeCurrent();

    claims("alex.link", "CR.7", 3, 1); // CR.7 of version 2, now the current framework

    Map<String, Integer> levels = alexsLevels();
    assertThat(levels).containsEntry("CR.7", 3).containsEntry("CR.3", 0);
  }

  @Test
  void anOrganisationsLevelsAndAJobsLevelsCarryOverAlike() {
    alexsVersionOnePortfolio();
    versionTwoMadeCurrent();
    Map<String, Integer> single = alexsLevels();

    Map<String, Map<String, Integer>> organisation =
        attainment(s -> s.levelsOf(fixture.emma, fixture.riverside, TODAY));
    String alexId =
        fixture.database.inTransaction(
            em ->
                em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                    .setParameter("username", "alex.link")
                    .getSingleResult()
                    .getId());
    FrameworkSnapshot two = fixture.frameworks.current("LWCF").orElseThrow();
    Map<String, Integer> counted =
        attainment(s -> s.levelsOfPeople(List.of(alexId), two, TODAY)).get("alex.link");

    assertThat(organisation.get("alex.link")).isEqualTo(single);
    Map<String, Integer> held = new LinkedHashMap<>(single);
    held.values().removeIf(level -> level == 0);
    assertThat(counted).isEqualTo(held);
  }

  @Test
  void stagesCarriedToVersionTwoRequireOfEachCompetencyWhatVersionOneRequiredOfItsPredecessors() {
    FrameworkSnapshot one = fixture.framework;
    versionTwoMadeCurrent();
    FrameworkSnapshot two = fixture.frameworks.current("LWCF").orElseThrow();

    assertThat(two.stageCodes()).isEqualTo(one.stageCodes());
    for (String stage : one.stageCodes()) {
      Map<String, Integer> was = one.stage(stage).orElseThrow().requirements();
      Map<String, Integer> is = two.stage(stage).orElseThrow().requirements();
      assertThat(is.get("CR.3")).as(stage).isEqualTo(was.get("CR.3"));
      assertThat(is.get("CR.7")).as(stage).isEqualTo(was.get("CR.3"));
      assertThat(is.get("LY.6")).as(stage).isEqualTo(was.get("TS.6"));
      assertThat(is.get("DI.1")).as(stage).isEqualTo(max(was.get("DI.1"), was.get("DI.6")));
      assertThat(is).as(stage).doesNotContainKeys("DI.7", "CC.5");
    }
  }

  @Test
  void versionTwoWithoutACodeOfPracticeKeepsVersionOnesWithItsStandardsEvidencedByTheSuccessors() {
    var before = fixture.framework.outline().codeOfPractice();
    versionTwoMadeCurrent();

    var after = fixture.frameworks.current("LWCF").orElseThrow().outline().codeOfPractice();

    assertThat(after).isNotNull();
    assertThat(after.id()).isNotEqualTo(before.id());
    assertThat(after.title()).isEqualTo(before.title());
    assertThat(after.standards())
        .extracting(s -> s.code() + " " + s.title() + " " + s.behaviours())
        .containsExactlyElementsOf(
            before.standards().stream()
                .map(s -> s.code() + " " + s.title() + " " + s.behaviours())
                .toList());
    FrameworkSnapshot two = fixture.frameworks.current("LWCF").orElseThrow();
    after.standards().stream()
        .flatMap(s -> s.competencies().stream())
        .forEach(code -> assertThat(two.competency(code)).as(code).isPresent());
    // v1's code of practice links DI.1, DI.6 (merged into DI.1) and CC.5 (retired), not CR.3 or
    // TS.6: every standard keeps each link through its successor, and loses a retired one
    int merged = 0;
    int retired = 0;
    for (int i = 0; i < before.standards().size(); i++) {
      List<String> was = before.standards().get(i).competencies();
      List<String> is = after.standards().get(i).competencies();
      if (was.contains("DI.6") || was.contains("DI.1")) {
        assertThat(is).as(before.standards().get(i).code()).contains("DI.1");
        merged++;
      }
      if (was.contains("CC.5")) {
        assertThat(is).as(before.standards().get(i).code()).doesNotContain("CC.5");
        retired++;
      }
      long unchanged =
          was.stream().filter(c -> !List.of("DI.1", "DI.6", "CC.5").contains(c)).count();
      assertThat(is.stream().filter(c -> !c.equals("DI.1")).count())
          .as(before.standards().get(i).code())
          .isEqualTo(unchanged);
    }
    assertThat(merged).as("standards linking DI.1 or DI.6").isPositive();
    assertThat(retired).as("standards linking CC.5").isPositive();
  }

  private static Integer max(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.max(a, b);
  }

  private CourseView course(String title, String... mappings) {
    List<MappingInput> inputs =
        Arrays.stream(mappings)
            .map(
                m ->
                    new MappingInput(
                        m.split(":")[0],
                        Integer.valueOf(m.split(":")[1]),
                        MappingStrength.DEVELOPS,
                        null))
            .toList();
    return catalogue(
        s ->
            s.create(
                fixture.pat,
                new CourseDetails(
                    null,
                    title,
                    null,
                    DeliveryMode.ONLINE,
                    new BigDecimal("3"),
                    null,
                    null,
                    null,
                    CourseStatus.PUBLISHED,
                    inputs)));
  }

  private long provision(String competency, int level) {
    return catalogue(s -> s.provision(fixture.steward, "LWCF")).stream()
        .filter(c -> c.competency().equals(competency) && c.level() == level)
        .mapToLong(ProvisionCell::courses)
        .sum();
  }

  private List<String> found(String competency, int level) {
    return catalogue(
            s ->
                s.search(
                    fixture.alex,
                    new CourseQuery(competency, level, null, null, null, null, null),
                    0,
                    50))
        .items()
        .stream()
        .map(CourseView::title)
        .toList();
  }

  @Test
  void aCourseMappedToAVersionOneCompetencyCountsForItsSuccessorsUntilItIsMappedAgain() {
    CourseView course = course("Community referral pathways", "CR.3:3", "DI.6:2");
    versionTwoMadeCurrent();

    assertThat(provision("CR.3", 3)).isEqualTo(1);
    assertThat(provision("CR.7", 3)).isEqualTo(1);
    assertThat(provision("DI.1", 2)).isEqualTo(1);
    assertThat(found("CR.7", 3)).containsExactly("Community referral pathways");
    // Alex's gap report recommends it for a carried gap
    GapReport report = gaps(s -> s.report(fixture.alex, "alex.link", null, TODAY));
    assertThat(report.recommendations())
        .filteredOn(r -> r.course().equals(course.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.addresses()).contains("CR.7"));

    // The provider maps it again, to version 2's CR.3 only: CR.7 and DI.1 count it no more.
    catalogue(
        s ->
            s.update(
                fixture.pat,
                course.id(),
                course.version(),
                new CourseDetails(
                    null,
                    course.title(),
                    null,
                    DeliveryMode.ONLINE,
                    new BigDecimal("3"),
                    null,
                    null,
                    null,
                    CourseStatus.PUBLISHED,
                    List.of(new MappingInput("CR.3", 3, MappingStrength.DEVELOPS, null)))));

    assertThat(provision("CR.3", 3)).isEqualTo(1);
    assertThat(provision("CR.7", 3)).isZero();
    assertThat(provision("DI.1", 2)).isZero();
    assertThat(found("CR.7", 3)).isEmpty();
  }
}
