package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.boundary.ProgressionTestAccess;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;

/**
 * The workforce reports for a second profession on a real Derby database: Northgate's coverage is
 * in the coaches' framework (HWBC), each worker counted against what their own stage requires; an
 * employer's mandatory training may list either profession's competencies, and each item applies to
 * the workers whose framework has it; and no other organisation's employer sees Northgate.
 */
class SecondProfessionWorkforceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final EvidenceFixture.Northgate northgate = fixture.secondProfession();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private ComplianceService compliance(EntityManager em) {
    ComplianceService service = new ComplianceService();
    service.em = em;
    service.policy = fixture.policy;
    service.frameworks = fixture.frameworks;
    service.clock = clock;
    return service;
  }

  private <T> T coverage(Function<CoverageService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          CoverageService service = new CoverageService();
          service.teams = new TeamLevels();
          service.em = em;
          service.policy = fixture.policy;
          service.attainment = ProgressionTestAccess.attainment(em, fixture.frameworks, clock);
          service.frameworks = fixture.frameworks;
          return call.apply(service);
        });
  }

  private <T> T compliance(Function<ComplianceService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(compliance(em)));
  }

  private <T> T team(Function<TeamService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          TeamService service = new TeamService();
          service.em = em;
          service.policy = fixture.policy;
          service.compliance = compliance(em);
          return call.apply(service);
        });
  }

  private void attains(String owner, String competency, int level) {
    for (int months = 1; months <= 2; months++) {
      fixture
          .entry(owner, TODAY.minusMonths(months))
          .claims(competency, level)
          .verifiedAt(noon(TODAY.minusMonths(months)))
          .save();
    }
  }

  private static Coverage.CompetencyCoverage of(Coverage coverage, String competency) {
    return coverage.competencies().stream()
        .filter(c -> c.competency().equals(competency))
        .findFirst()
        .orElseThrow();
  }

  private int required(String stage, String competency) {
    StageView view = northgate.hwbc().stage(stage).orElseThrow();
    return view.requirements().getOrDefault(competency, 0);
  }

  @Test
  void northgatesCoverageIsInTheCoachesFrameworkAgainstEachCoachsOwnStage() {
    attains("cara.coach", "CO.1", required("COACH", "CO.1"));

    Coverage coverage =
        coverage(s -> s.coverage(northgate.nell(), northgate.id(), TODAY, null, null));

    assertThat(coverage.people()).isEqualTo(3);
    assertThat(coverage.levels())
        .extracting(l -> l.name())
        .containsExactly("Developing", "Skilled", "Advanced", "Leading");
    assertThat(coverage.competencies())
        .extracting(Coverage.CompetencyCoverage::competency)
        .hasSize(22)
        .startsWith("CO.1", "CO.2")
        .doesNotContain("PC.1");
    Coverage.CompetencyCoverage co1 = of(coverage, "CO.1");
    int requiring =
        (required("COACH", "CO.1") > 0 ? 1 : 0)
            + (required("TRAINEE_COACH", "CO.1") > 0 ? 1 : 0)
            + (required("SENIOR_COACH", "CO.1") > 0 ? 1 : 0);
    assertThat(co1.required()).isEqualTo(requiring);
    assertThat(co1.covered()).isEqualTo(1);
    assertThat(co1.singlePointOfFailure()).isTrue();
    assertThat(co1.soleHolder()).isEqualTo("cara.coach");
    assertThat(co1.domain()).isEqualTo("CO");
    // BC.4 is not asked of a trainee coach: only Cara and Sol are required to hold it.
    assertThat(of(coverage, "BC.4").required()).isEqualTo(2);
    assertThat(coverage.staff())
        .extracting(Coverage.StaffMember::stage)
        .containsExactlyInAnyOrder("COACH", "SENIOR_COACH", "TRAINEE_COACH");

    Coverage coaches =
        coverage(s -> s.coverage(northgate.nell(), northgate.id(), TODAY, "COACH", null));
    assertThat(coaches.people()).isEqualTo(1);
    String csv = coverage(s -> s.csv(coverage, "competencies"));
    byte[] pdf = coverage(s -> s.pdf(coverage));
    assertThat(csv).contains("CO.1").doesNotContain("PC.1");
    assertThat(pdf).startsWith("%PDF".getBytes());
  }

  @Test
  void riversidesCoverageStaysInTheLinkWorkerFramework() {
    Coverage coverage =
        coverage(s -> s.coverage(fixture.emma, fixture.riverside, TODAY, null, null));

    assertThat(coverage.competencies()).hasSize(46);
    assertThat(coverage.competencies())
        .extracting(Coverage.CompetencyCoverage::competency)
        .doesNotContain("CO.1");
  }

  @Test
  void noOtherOrganisationsEmployerSeesNorthgate() {
    assertThat(
            catchThrowableOfType(
                () -> coverage(s -> s.coverage(fixture.emma, northgate.id(), TODAY, null, null)),
                NotVisibleException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () ->
                    team(
                        s ->
                            s.compliance(
                                fixture.hana, northgate.id(), TeamService.Filter.NONE, 0, 10)),
                NotVisibleException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () -> compliance(s -> s.everyScheme(fixture.emma, "cara.coach", TODAY)),
                NotVisibleException.class))
        .isNotNull();
  }

  @Test
  void mandatoryTrainingMayListEitherProfessionsCompetenciesAndEachAppliesToItsOwnWorkers() {
    // Riverside takes on a coach beside its link workers.
    fixture.database.inTransaction(
        em -> {
          Organisation riverside = em.find(Organisation.class, fixture.riverside);
          Person coach =
              Person.create("rio.coach", "Rio", riverside, Set.of(Role.LINK_WORKER), "h");
          coach.placeAtStage("COACH");
          em.persist(coach);
          return null;
        });
    compliance(
        s ->
            s.define(
                fixture.emma,
                fixture.riverside,
                new SchemeInput(
                    "SAFEGUARDING",
                    "Safeguarding refreshers",
                    List.of(new SchemeInput.Item("SE.1", 12), new SchemeInput.Item("SP.2", 12)))));
    compliance(
        s ->
            s.define(
                fixture.emma,
                fixture.riverside,
                new SchemeInput(
                    "COACHING_ONLY",
                    "Coaching boundaries",
                    List.of(new SchemeInput.Item("SP.1", 24)))));
    fixture.entry("rio.coach", TODAY.minusMonths(1)).claims("SP.2", 1).submitted().save();

    List<TeamMemberCompliance> members =
        team(
            s ->
                s.compliance(fixture.emma, fixture.riverside, TeamService.Filter.NONE, 0, 100)
                    .items());
    TeamMemberCompliance rio =
        members.stream().filter(m -> m.username().equals("rio.coach")).findFirst().orElseThrow();
    TeamMemberCompliance alex =
        members.stream().filter(m -> m.username().equals("alex.link")).findFirst().orElseThrow();

    ComplianceReport rioSafeguarding =
        rio.schemes().stream()
            .filter(r -> r.scheme().equals("SAFEGUARDING"))
            .findFirst()
            .orElseThrow();
    assertThat(rioSafeguarding.parts())
        .extracting(ComplianceReport.Part::part)
        .containsExactly("SP.2");
    assertThat(rioSafeguarding.met()).isTrue();
    assertThat(rio.schemes()).extracting(ComplianceReport::scheme).contains("COACHING_ONLY");
    ComplianceReport alexSafeguarding =
        alex.schemes().stream()
            .filter(r -> r.scheme().equals("SAFEGUARDING"))
            .findFirst()
            .orElseThrow();
    assertThat(alexSafeguarding.parts())
        .extracting(ComplianceReport.Part::part)
        .containsExactly("SE.1");
    assertThat(alex.schemes()).extracting(ComplianceReport::scheme).doesNotContain("COACHING_ONLY");
    // The coach's own standing says the same.
    List<ComplianceReport> own = compliance(s -> s.everyScheme(fixture.emma, "rio.coach", TODAY));
    assertThat(own).extracting(ComplianceReport::scheme).contains("SAFEGUARDING", "COACHING_ONLY");
  }

  @Test
  void aSchemeItemMustBeACompetencyOfSomeCurrentFramework() {
    InvalidInputException unknown =
        catchThrowableOfType(
            () ->
                compliance(
                    s ->
                        s.define(
                            northgate.nell(),
                            northgate.id(),
                            new SchemeInput(
                                "NORTHGATE",
                                "Northgate training",
                                List.of(
                                    new SchemeInput.Item("CO.1", 12),
                                    new SchemeInput.Item("ZZ.9", 12))))),
            InvalidInputException.class);

    assertThat(unknown.fieldErrors())
        .containsOnlyKeys("items[1].competency")
        .containsEntry("items[1].competency", "ZZ.9 is not a competency of any current framework.");
  }
}
