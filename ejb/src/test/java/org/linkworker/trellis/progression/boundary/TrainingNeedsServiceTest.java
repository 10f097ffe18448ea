package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * The training needs analysis read from a real Derby database: Riverside's active link workers
 * (Alex and Lee at LINK_WORKER, Sam at SENIOR) against their next stages, the course set from the
 * published catalogue, who may read it, its CSV, and what it costs.
 */
class TrainingNeedsServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private TrainingNeedsService service(EntityManager em) {
    AttainmentService attainment = new AttainmentService();
    attainment.em = em;
    attainment.policy = fixture.policy;
    attainment.frameworks = fixture.frameworks;
    attainment.clock = clock;
    TrainingNeedsService service = new TrainingNeedsService();
    service.em = em;
    service.policy = fixture.policy;
    service.attainment = attainment;
    service.courses = CatalogueTestAccess.courses(em, fixture.policy, fixture.frameworks, clock);
    service.frameworks = fixture.frameworks;
    return service;
  }

  private <T> T needs(Function<TrainingNeedsService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private TrainingNeeds riverside(Caller caller, LocalDate on) {
    return needs(s -> s.needs(caller, fixture.riverside, on));
  }

  private StageView next(String stage) {
    return fixture.framework.nextStage(stage).orElseThrow();
  }

  /** A competency that both SENIOR and LEAD require, at level 2 or more in SENIOR. */
  private String sharedCompetency() {
    Map<String, Integer> lead = next("SENIOR").requirements();
    return next("LINK_WORKER").requirements().entrySet().stream()
        .filter(e -> e.getValue() >= 2 && lead.getOrDefault(e.getKey(), 0) > 0)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /** A published course of the provider mapped to competency code → level pairs. */
  private String course(String title, String hours, Object... mappings) {
    return fixture.database.inTransaction(
        em -> {
          Organisation provider =
              em.createQuery(
                      "select o from Organisation o where o.name = 'Courses Ltd'",
                      Organisation.class)
                  .getSingleResult();
          Course course = new Course(provider);
          course.describe(
              "TN-" + title.replace(' ', '-'),
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
          course.moveTo(CourseStatus.PUBLISHED);
          em.persist(course);
          return course.getId();
        });
  }

  /** A link worker of Riverside at a stage; deactivated when {@code active} is false. */
  private void worker(String username, String stage, boolean active) {
    fixture.database.inTransaction(
        em -> {
          Organisation river = em.find(Organisation.class, fixture.riverside);
          Person person = Person.create(username, username, river, Set.of(Role.LINK_WORKER), "h");
          person.placeAtStage(stage);
          if (!active) {
            person.deactivate();
          }
          em.persist(person);
          return null;
        });
  }

  /** Competency code to {workers, points}, summed from the stages' requirements. */
  private static Map<String, int[]> expected(List<StageView> stages) {
    Map<String, int[]> sums = new HashMap<>();
    for (StageView stage : stages) {
      stage
          .requirements()
          .forEach(
              (code, level) -> {
                if (level > 0) {
                  int[] sum = sums.computeIfAbsent(code, k -> new int[2]);
                  sum[0]++;
                  sum[1] += level;
                }
              });
    }
    return sums;
  }

  @Test
  void everyActiveLinkWorkerIsTakenAgainstTheirNextStageAndTheGapsAreSummedByCompetency() {
    worker("gone.link", "LINK_WORKER", false);

    TrainingNeeds needs = riverside(fixture.emma, null);

    // Alex and Lee (LINK_WORKER) and Sam (SENIOR); not Emma, nor a deactivated worker.
    assertThat(needs.people()).isEqualTo(3);
    assertThat(needs.workersWithGaps()).isEqualTo(3);
    assertThat(needs.on()).isEqualTo(TODAY);
    assertThat(needs.organisationName()).isEqualTo("Riverside");
    List<StageView> stages = List.of(next("LINK_WORKER"), next("LINK_WORKER"), next("SENIOR"));
    Map<String, int[]> expected = expected(stages);
    assertThat(needs.gaps()).hasSize(expected.size());
    for (TrainingNeeds.Gap gap : needs.gaps()) {
      assertThat(new int[] {gap.workers(), gap.points()})
          .as(gap.competency())
          .containsExactly(expected.get(gap.competency()));
      assertThat(gap.domain()).isNotNull();
      assertThat(gap.statement()).isNotBlank();
      assertThat(gap.lowestRequired()).isLessThanOrEqualTo(gap.highestRequired());
    }
    assertThat(needs.totals().gapPoints())
        .isEqualTo(expected.values().stream().mapToInt(s -> s[1]).sum());
    // Most workers first: a competency all three need comes before one only Sam's LEAD requires.
    assertThat(needs.gaps().get(0).workers()).isEqualTo(3);
    assertThat(needs.gaps())
        .isSortedAccordingTo((a, b) -> Integer.compare(b.workers(), a.workers()));
  }

  @Test
  void aCourseClosesTheGapsOfEveryoneItHelpsAndEvidenceHeldIsNotCountedAsAGap() {
    String code = sharedCompetency();
    int senior = next("LINK_WORKER").requirements().get(code);
    int lead = next("SENIOR").requirements().get(code);
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, senior).verified().save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims(code, senior).verified().save();
    String published = course("Shared course", "5", code, 4);

    TrainingNeeds needs = riverside(fixture.emma, null);

    TrainingNeeds.Gap gap =
        needs.gaps().stream().filter(g -> g.competency().equals(code)).findFirst().orElseThrow();
    // Alex holds the level SENIOR asks: Lee (SENIOR) and Sam (LEAD) are left.
    assertThat(gap.workers()).isEqualTo(2);
    assertThat(gap.points()).isEqualTo(senior + lead);
    assertThat(gap.lowestRequired()).isEqualTo(Math.min(senior, lead));
    assertThat(gap.highestRequired()).isEqualTo(Math.max(senior, lead));
    assertThat(needs.courses()).hasSize(1);
    TrainingNeeds.Course course = needs.courses().get(0);
    assertThat(course.course()).isEqualTo(published);
    assertThat(course.title()).isEqualTo("Shared course");
    assertThat(course.provider()).isEqualTo("Courses Ltd");
    assertThat(course.points()).isEqualTo(senior + lead);
    assertThat(course.peopleHelped()).isEqualTo(2);
    assertThat(course.addresses()).containsExactly(code);
    TrainingNeeds.Totals totals = needs.totals();
    assertThat(totals.courses()).isEqualTo(1);
    assertThat(totals.hours()).isEqualByComparingTo("5");
    assertThat(totals.pointsClosed()).isEqualTo(senior + lead);
    assertThat(totals.pointsLeft()).isEqualTo(totals.gapPoints() - senior - lead);
    assertThat(totals.hoursPerPoint())
        .isEqualByComparingTo(
            new BigDecimal(5)
                .divide(new BigDecimal(senior + lead), 2, java.math.RoundingMode.HALF_UP));

    // On a day before the evidence, Alex has the gap too.
    TrainingNeeds before = riverside(fixture.emma, LocalDate.of(2026, 4, 1));
    assertThat(before.on()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(
            before.gaps().stream()
                .filter(g -> g.competency().equals(code))
                .findFirst()
                .orElseThrow()
                .workers())
        .isEqualTo(3);
  }

  @Test
  void withNoCourseOnOfferTheSetIsEmptyAndHasNoCostPerPoint() {
    TrainingNeeds needs = riverside(fixture.steward, null);

    assertThat(needs.courses()).isEmpty();
    assertThat(needs.totals().pointsClosed()).isZero();
    assertThat(needs.totals().pointsLeft()).isEqualTo(needs.totals().gapPoints());
    assertThat(needs.totals().hoursPerPoint()).isNull();
  }

  @Test
  void anOrganisationWithNoLinkWorkersHasNoGapsAndNoCourses() {
    course("Anything", "2", sharedCompetency(), 4);
    String hillside =
        fixture.database.inTransaction(
            em ->
                em.createQuery(
                        "select o.id from Organisation o where o.name = 'Hillside'", String.class)
                    .getSingleResult());

    TrainingNeeds needs = needs(s -> s.needs(fixture.hana, hillside, null));

    assertThat(needs.people()).isZero();
    assertThat(needs.gaps()).isEmpty();
    assertThat(needs.courses()).isEmpty();
    assertThat(needs.totals().gapPoints()).isZero();
    assertThat(needs.totals().hoursPerPoint()).isNull();
  }

  @Test
  void theEmployerAndTheStewardReadItOthersOfTheOrganisationAreRefusedAndOutsidersFindNothing() {
    assertThat(riverside(fixture.emma, null).organisation()).isEqualTo(fixture.riverside);
    assertThat(riverside(fixture.steward, null).organisation()).isEqualTo(fixture.riverside);
    for (Caller colleague : List.of(fixture.alex, fixture.lee, fixture.sam)) {
      assertThatThrownBy(() -> riverside(colleague, null))
          .as(colleague.username())
          .isInstanceOf(AccessDeniedException.class);
    }
    for (Caller outsider : List.of(fixture.hana, fixture.pat)) {
      assertThatThrownBy(() -> riverside(outsider, null))
          .as(outsider.username())
          .isInstanceOf(NotVisibleException.class);
    }
    for (String missing : new String[] {"no-such-organisation", "", null}) {
      assertThatThrownBy(() -> needs(s -> s.needs(fixture.steward, missing, null)))
          .isInstanceOf(NotVisibleException.class);
    }
  }

  @Test
  void theCsvGivesTheGapsOrTheCourseSetAndAnyOtherPartIsAnErrorOfThePartField() {
    String code = sharedCompetency();
    course("Shared course", "5", code, 4);
    TrainingNeeds needs = riverside(fixture.emma, null);

    List<String> gaps = needs(s -> s.csv(needs, null)).lines().toList();
    assertThat(gaps.get(0))
        .isEqualTo(
            "domain,competency,statement,workers with a gap,gap points,lowest level required,"
                + "highest level required,courses of the set");
    assertThat(gaps).hasSize(1 + needs.gaps().size());
    assertThat(gaps).anyMatch(l -> l.contains("," + code + ",") && l.endsWith("Shared course"));

    List<String> courses = needs(s -> s.csv(needs, "courses")).lines().toList();
    assertThat(courses.get(0))
        .isEqualTo(
            "order,code,title,provider,hours,gap points closed,people helped,hours per gap"
                + " point,competencies addressed");
    assertThat(courses).hasSize(2);
    assertThat(courses.get(1)).startsWith("1,TN-").contains(",Shared course,Courses Ltd,5,");

    assertThatThrownBy(() -> needs(s -> s.csv(needs, "people")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("part"));
  }

  @Test
  void theAnalysisCostsTheSameStatementsForThreeWorkersAsForTwentyThreeWithTheirEvidence() {
    String code = sharedCompetency();
    course("Course 0", "2", code, 3);
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, 2).verified().save();
    riverside(fixture.emma, null);
    int small = StatementCounter.during(() -> riverside(fixture.emma, null));
    for (int i = 0; i < 20; i++) {
      String name = "team" + i + ".link";
      worker(name, i % 2 == 0 ? "TRAINEE" : "SENIOR", true);
      fixture
          .entry(name, LocalDate.of(2026, 3, 1).plusDays(i))
          .claims(code, 1 + i % 3)
          .verified()
          .save();
      fixture
          .entry(name, LocalDate.of(2026, 4, 1).plusDays(i))
          .claims(code, 1 + i % 3)
          .verified()
          .save();
      course("Course " + (i + 1), "2", code, 1 + i % 4);
    }
    assertThat(riverside(fixture.emma, null).people()).isEqualTo(23);
    int large = StatementCounter.during(() -> riverside(fixture.emma, null));
    System.out.printf(
        "[training needs] statements for an organisation: %d (3 workers, 1 entry, 1 course), %d"
            + " (23 workers, 41 entries, 21 courses)%n",
        small, large);
    // The organisation, its link workers, their claims, their assessments, the published courses.
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
  }
}
