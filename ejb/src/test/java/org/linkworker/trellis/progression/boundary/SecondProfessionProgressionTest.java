package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingInput;
import org.linkworker.trellis.catalogue.boundary.ProvisionCell;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;

/**
 * Progression for a second profession on a real Derby database: a health and wellbeing coach's
 * attainment, gap report and recommendations are read in the framework of their stage (HWBC), an
 * organisation's training needs and levels in each worker's own framework, and a course mapped to
 * the coaches' framework is recommended to them and counted in its provision.
 */
class SecondProfessionProgressionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final EvidenceFixture.Northgate northgate = fixture.secondProfession();
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

  private <T> T needs(Function<TrainingNeedsService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          TrainingNeedsService service = new TrainingNeedsService();
          service.em = em;
          service.policy = fixture.policy;
          service.attainment = attainment(em);
          service.courses = courses(em);
          service.frameworks = fixture.frameworks;
          return call.apply(service);
        });
  }

  private <T> T catalogue(Function<CourseService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(courses(em)));
  }

  /** A course of Pat's, published, mapped to the coaches' framework by naming it. */
  private CourseView coachingCourse(String title, String hours, String... mappings) {
    List<MappingInput> inputs =
        java.util.Arrays.stream(mappings)
            .map(
                m ->
                    new MappingInput(
                        m.split(":")[0],
                        Integer.valueOf(m.split(":")[1]),
                        MappingStrength.DEVELOPS,
                        "HWBC"))
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
                    new BigDecimal(hours),
                    null,
                    null,
                    null,
                    CourseStatus.PUBLISHED,
                    inputs)));
  }

  /** Two verified claims: enough to attain the level (the threshold is 2). */
  private void attains(String owner, String competency, int level) {
    fixture
        .entry(owner, TODAY.minusMonths(2))
        .claims(competency, level)
        .verifiedAt(noon(TODAY.minusMonths(2)))
        .save();
    fixture
        .entry(owner, TODAY.minusMonths(1))
        .claims(competency, level)
        .verifiedAt(noon(TODAY.minusMonths(1)))
        .save();
  }

  private StageView hwbcStage(String code) {
    return northgate.hwbc().stage(code).orElseThrow();
  }

  @Test
  void aCoachsAttainmentIsInEveryCompetencyOfTheirFrameworkAndNoOther() {
    attains("cara.coach", "BC.1", 2);

    WorkerAttainment held = attainment(s -> s.attainment(northgate.cara(), "cara.coach", TODAY));

    assertThat(held.framework().code()).isEqualTo("HWBC");
    assertThat(held.competencies()).hasSize(22);
    assertThat(held.competencies())
        .extracting(CompetencyAttainment::competency)
        .contains("CO.1", "BC.1", "SP.5")
        .doesNotContain("PC.1");
    assertThat(held.competencies())
        .filteredOn(c -> c.competency().equals("BC.1"))
        .singleElement()
        .satisfies(c -> assertThat(c.level()).isEqualTo(2));
  }

  @Test
  void aCoachsGapReportIsAgainstTheirNextCoachingStageWithCoachingCourses() {
    attains("cara.coach", "BC.1", 3);
    CourseView course = coachingCourse("Coaching for confidence", "4", "BC.3:3", "CO.2:3");

    GapReport report = gaps(s -> s.report(northgate.cara(), "cara.coach", null, TODAY));

    StageView senior = hwbcStage("SENIOR_COACH");
    assertThat(report.framework()).isEqualTo("HWBC");
    assertThat(report.currentStage()).isEqualTo("COACH");
    assertThat(report.stage()).isEqualTo("SENIOR_COACH");
    assertThat(report.stageTitle()).isEqualTo("Senior health and wellbeing coach");
    assertThat(report.required()).isEqualTo(senior.requirements().size());
    assertThat(report.gaps())
        .extracting(GapReport.Gap::competency)
        .containsExactlyInAnyOrderElementsOf(senior.requirements().keySet());
    assertThat(report.gaps())
        .filteredOn(g -> g.competency().equals("BC.1"))
        .singleElement()
        .satisfies(g -> assertThat(g.gap()).isZero());
    assertThat(report.met()).isEqualTo(1);
    assertThat(report.recommendations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.course()).isEqualTo(course.id());
              assertThat(r.addresses()).containsExactly("CO.2", "BC.3");
            });
    // A link worker is not recommended the coaching course: it maps none of their competencies.
    assertThat(gaps(s -> s.report(fixture.alex, "alex.link", null, TODAY)).recommendations())
        .isEmpty();
    byte[] pdf = gaps(s -> s.pdf(report));
    assertThat(pdf).startsWith("%PDF".getBytes());
  }

  @Test
  void aStageOfTheOtherProfessionIsNotOneToReportAgainst() {
    InvalidInputException wrong =
        catchThrowableOfType(
            () -> gaps(s -> s.report(northgate.cara(), "cara.coach", "SENIOR", TODAY)),
            InvalidInputException.class);

    assertThat(wrong.fieldErrors())
        .containsEntry(
            "stage",
            "SENIOR is not a career stage of this framework; choose one of TRAINEE_COACH, COACH,"
                + " SENIOR_COACH, LEAD_COACH.");
  }

  @Test
  void anOrganisationOfBothProfessionsHasEachPersonsLevelsInTheirOwnFramework() {
    fixture.database.inTransaction(
        em -> {
          Organisation riverside = em.find(Organisation.class, fixture.riverside);
          Person coach =
              Person.create("rio.coach", "Rio", riverside, Set.of(Role.LINK_WORKER), "h");
          coach.placeAtStage("COACH");
          em.persist(coach);
          return null;
        });
    attains("rio.coach", "GW.2", 2);
    attains("alex.link", "PC.1", 2);

    Map<String, Map<String, Integer>> levels =
        attainment(s -> s.levelsOf(fixture.emma, fixture.riverside, TODAY));
    Map<String, List<CompetencyAttainment>> held =
        fixture.database.inTransaction(
            em ->
                attainment(em)
                    .heldLevelsOfPeople(
                        em.createQuery(
                                "select p from Person p where p.username in :names", Person.class)
                            .setParameter("names", List.of("rio.coach", "alex.link"))
                            .getResultList(),
                        TODAY));

    assertThat(levels.get("rio.coach")).hasSize(22).containsEntry("GW.2", 2);
    assertThat(levels.get("alex.link")).hasSize(46).containsEntry("PC.1", 2);
    assertThat(levels.get("rio.coach")).doesNotContainKey("PC.1");
    assertThat(held.get("rio.coach"))
        .singleElement()
        .satisfies(c -> assertThat(c.competency()).isEqualTo("GW.2"));
    assertThat(held.get("alex.link"))
        .singleElement()
        .satisfies(c -> assertThat(c.competency()).isEqualTo("PC.1"));
  }

  @Test
  void northgatesTrainingNeedsAreTheCoachesGapsClosedByCoachingCourses() {
    coachingCourse("Group facilitation skills", "6", "GW.1:3");

    TrainingNeeds needs = needs(s -> s.needs(northgate.nell(), northgate.id(), TODAY));

    assertThat(needs.people()).isEqualTo(3);
    assertThat(needs.gaps())
        .isNotEmpty()
        .allSatisfy(g -> assertThat(northgate.hwbc().competency(g.competency())).isPresent());
    assertThat(needs.gaps()).extracting(TrainingNeeds.Gap::competency).contains("GW.1");
    assertThat(needs.courses())
        .singleElement()
        .satisfies(c -> assertThat(c.addresses()).containsExactly("GW.1"));
    assertThat(
            catchThrowableOfType(
                () -> needs(s -> s.needs(fixture.emma, northgate.id(), TODAY)),
                NotVisibleException.class))
        .isNotNull();
  }

  @Test
  void provisionOfTheCoachesFrameworkCountsTheCoursesMappedToIt() {
    coachingCourse("Group facilitation skills", "6", "GW.1:3", "GW.2:2");

    List<ProvisionCell> hwbc = catalogue(s -> s.provision(fixture.alex, "HWBC"));
    List<ProvisionCell> lwcf = catalogue(s -> s.provision(fixture.alex, null));

    assertThat(hwbc).hasSize(22 * 4);
    assertThat(hwbc)
        .filteredOn(c -> c.courses() > 0)
        .extracting(c -> c.competency() + ":" + c.level())
        .containsExactly("GW.1:3", "GW.2:2");
    assertThat(lwcf).hasSize(46 * 4).allSatisfy(c -> assertThat(c.courses()).isZero());
  }
}
