package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * Gap reports read from a real Derby database: against the next stage or a chosen one, the courses
 * that count as candidates (published ones only), who may read a report, and what it costs.
 */
class GapReportServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private GapReportService service(EntityManager em) {
    AttainmentService attainment = new AttainmentService();
    attainment.em = em;
    attainment.policy = fixture.policy;
    attainment.frameworks = fixture.frameworks;
    attainment.clock = clock;
    CourseService courses =
        CatalogueTestAccess.courses(em, fixture.policy, fixture.frameworks, clock);
    GapReportService service = new GapReportService();
    service.attainment = attainment;
    service.courses = courses;
    service.frameworks = fixture.frameworks;
    return service;
  }

  private <T> T gaps(Function<GapReportService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private GapReport report(Caller caller, String stage) {
    return gaps(s -> s.report(caller, "alex.link", stage, null));
  }

  /** A course of Pat's provider, mapped to competency code → level pairs. */
  private String course(String title, String hours, CourseStatus status, Object... mappings) {
    return fixture.database.inTransaction(
        em -> {
          Organisation provider =
              em.createQuery(
                      "select o from Organisation o where o.name = 'Courses Ltd'",
                      Organisation.class)
                  .getSingleResult();
          Course course = new Course(provider);
          course.describe(
              "C-" + title.hashCode(),
              title,
              null,
              DeliveryMode.ONLINE,
              new BigDecimal(hours),
              null,
              null,
              null);
          List<CourseMapping> list = new ArrayList<>();
          for (int i = 0; i < mappings.length; i += 2) {
            String code = (String) mappings[i];
            list.add(
                new CourseMapping(
                    fixture.framework.competency(code).orElseThrow().id(),
                    code,
                    (Integer) mappings[i + 1],
                    MappingStrength.DEVELOPS));
          }
          course.remap(list);
          if (status != CourseStatus.DRAFT) {
            course.moveTo(CourseStatus.PUBLISHED);
          }
          if (status == CourseStatus.WITHDRAWN) {
            course.moveTo(CourseStatus.WITHDRAWN);
          }
          em.persist(course);
          return course.getId();
        });
  }

  private StageView stage(String code) {
    return fixture.framework.stage(code).orElseThrow();
  }

  /** A competency the stage requires at level 2 or more, and that level. */
  private Map.Entry<String, Integer> requiredAtTwoOrMore(String stage) {
    return stage(stage).requirements().entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theReportIsAgainstTheNextStageByDefaultWithEveryRequiredCompetency() {
    GapReport report = report(fixture.alex, null);

    StageView next = fixture.framework.nextStage("LINK_WORKER").orElseThrow();
    assertThat(report.stage()).isEqualTo(next.code());
    assertThat(report.currentStage()).isEqualTo("LINK_WORKER");
    long required = next.requirements().values().stream().filter(l -> l > 0).count();
    assertThat(report.gaps()).hasSize((int) required);
    assertThat(report.gaps()).allMatch(g -> g.attained() == 0 && g.gap() == g.required());
    assertThat(report.readiness()).isZero();
    assertThat(report.gaps()).allMatch(g -> g.domain() != null);
  }

  @Test
  void aChosenStageIsReportedAgainstAndAnUnknownOneIsAnErrorOfTheStageField() {
    String first = fixture.framework.firstStage().orElseThrow().code();
    assertThat(report(fixture.alex, first.toLowerCase()).stage()).isEqualTo(first);

    assertThatThrownBy(() -> report(fixture.alex, "ASTRONAUT"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("stage"));
  }

  @Test
  void verifiedEvidenceClosesAGapAndRaisesReadiness() {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore("SENIOR");
    String code = target.getKey();
    int level = target.getValue();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, level).verified().save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims(code, level).verified().save();

    GapReport report = report(fixture.alex, "SENIOR");

    GapReport.Gap gap =
        report.gaps().stream().filter(g -> g.competency().equals(code)).findFirst().orElseThrow();
    assertThat(gap.attained()).isEqualTo(level);
    assertThat(gap.gap()).isZero();
    assertThat(report.met()).isEqualTo(1);
    assertThat(report.readiness()).isEqualTo(1.0 / report.required());
  }

  @Test
  void onlyPublishedCoursesAreRecommendedEachSayingWhichGapsItAddresses() {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore("SENIOR");
    String code = target.getKey();
    String published = course("Published course", "6", CourseStatus.PUBLISHED, code, 4);
    course("Draft course", "1", CourseStatus.DRAFT, code, 4);
    course("Withdrawn course", "1", CourseStatus.WITHDRAWN, code, 4);

    GapReport report = report(fixture.alex, "SENIOR");

    assertThat(report.recommendations()).hasSize(1);
    GapReport.Recommendation recommendation = report.recommendations().get(0);
    assertThat(recommendation.course()).isEqualTo(published);
    assertThat(recommendation.title()).isEqualTo("Published course");
    assertThat(recommendation.hours()).isEqualByComparingTo("6");
    assertThat(recommendation.addresses()).containsExactly(code);
    assertThat(recommendation.points()).isEqualTo(target.getValue());
    assertThat(recommendation.provider()).isEqualTo("Courses Ltd");
  }

  @Test
  void theCsvHasARowPerRequiredCompetencyWithItsRecommendedCourses() {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore("SENIOR");
    course("Published course", "6", CourseStatus.PUBLISHED, target.getKey(), 4);

    String csv = gaps(s -> s.csv(s.report(fixture.alex, "alex.link", "SENIOR", null)));

    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("username,stage,domain,competency,required,attained,gap,recommended courses");
    assertThat(lines).hasSize(1 + report(fixture.alex, "SENIOR").required());
    assertThat(lines)
        .anyMatch(l -> l.contains("," + target.getKey() + ",") && l.endsWith("Published course"));
  }

  @Test
  void theWorkerTheirSupervisorTheirEmployerAndTheStewardMayReadItNoOneElse() {
    assertThat(report(fixture.alex, null).username()).isEqualTo("alex.link");
    assertThat(report(fixture.sam, null).username()).isEqualTo("alex.link");
    assertThat(report(fixture.emma, null).username()).isEqualTo("alex.link");
    assertThat(report(fixture.steward, null).username()).isEqualTo("alex.link");
    for (Caller stranger : List.of(fixture.lee, fixture.hana, fixture.pat)) {
      assertThatThrownBy(() -> report(stranger, null)).isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> gaps(s -> s.report(fixture.steward, "nobody", null, null)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void aReportCostsTheSameStatementsForOneEntryAsForAHundredAndForOneCourseAsForTwenty() {
    String code = requiredAtTwoOrMore("SENIOR").getKey();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, 2).verified().save();
    course("Course 0", "2", CourseStatus.PUBLISHED, code, 3);
    int small = StatementCounter.during(() -> report(fixture.emma, null));
    for (int i = 0; i < 100; i++) {
      fixture
          .entry("alex.link", LocalDate.of(2026, 1, 1).plusDays(i))
          .claims(code, 1 + i % 3)
          .verified()
          .save();
    }
    for (int i = 1; i < 20; i++) {
      course("Course " + i, "2", CourseStatus.PUBLISHED, code, 1 + i % 4);
    }
    int large = StatementCounter.during(() -> report(fixture.emma, null));
    System.out.printf(
        "[gap report] statements for one worker: %d (1 entry, 1 course), %d (101 entries, 20"
            + " courses)%n",
        small, large);
    // The person, the claims, the assessments, the published courses with their mappings (and
    // what an unwoven test entity loads with the person).
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(6);
  }

  @Test
  void thePdfOpensAndHoldsTheWorkerTheGapsUnderTheirDomainsAndTheCourses() throws Exception {
    Map.Entry<String, Integer> target = requiredAtTwoOrMore("SENIOR");
    course("Published course", "6", CourseStatus.PUBLISHED, target.getKey(), 4);

    GapReport report = report(fixture.emma, "SENIOR");
    byte[] pdf = gaps(s -> s.pdf(report));

    assertThat(GapReportService.PDF_MEDIA_TYPE).isEqualTo("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      StageView senior = stage("SENIOR");
      String domain = fixture.framework.domainOf(target.getKey()).orElseThrow().title();
      String statement = fixture.framework.competency(target.getKey()).orElseThrow().statement();
      assertThat(text)
          .contains(report.displayName() + " (alex.link)")
          .contains("Reported against: " + senior.title())
          .contains("0 of " + report.required() + " competencies (0%)")
          .contains(domain)
          .contains(target.getKey() + " " + statement.substring(0, 20))
          .contains("Published course")
          .contains("Courses Ltd")
          .contains("Page 1 of");
    }
  }
}
