package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.EvidenceRevision;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.PortfolioTestAccess;
import org.linkworker.trellis.progression.boundary.ProgressionTestAccess;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * Staff competency coverage read from a real Derby database: Riverside's active link workers (Alex
 * and Lee at LINK_WORKER, Alex supervised by Sam; Sam at SENIOR), each against the stage they are
 * at now, who may read it, its filters, its files, and what it costs.
 */
class CoverageServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  /**
   * Kept between reports as on a server; a test that writes evidence by hand moves the revision.
   */
  private final TeamLevels teams = new TeamLevels();

  private CoverageService service(EntityManager em) {
    CoverageService service = new CoverageService();
    service.teams = teams;
    service.em = em;
    service.policy = fixture.policy;
    service.attainment = ProgressionTestAccess.attainment(em, fixture.frameworks, clock);
    service.frameworks = fixture.frameworks;
    return service;
  }

  private <T> T coverage(Function<CoverageService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private Coverage riverside(Caller caller, LocalDate on, String stage, String supervisor) {
    return coverage(s -> s.coverage(caller, fixture.riverside, on, stage, supervisor));
  }

  private Coverage riverside() {
    return riverside(fixture.emma, null, null, null);
  }

  private static Coverage.CompetencyCoverage of(Coverage coverage, String competency) {
    return coverage.competencies().stream()
        .filter(c -> c.competency().equals(competency))
        .findFirst()
        .orElseThrow();
  }

  private int required(String stage, String competency) {
    return fixture.framework.stage(stage).orElseThrow().requirements().getOrDefault(competency, 0);
  }

  /** A competency LINK_WORKER requires at a level SENIOR requires higher (so Sam needs more). */
  private String competencySeniorNeedsMoreOf() {
    return fixture.framework.stage("LINK_WORKER").orElseThrow().requirements().keySet().stream()
        .filter(code -> required("SENIOR", code) > required("LINK_WORKER", code))
        .findFirst()
        .orElseThrow();
  }

  /** What the services do when they change someone's verified evidence. */
  private void evidenceChanged() {
    fixture.database.inTransaction(
        em -> {
          EvidenceRevision.advance(em, fixture.riverside);
          return null;
        });
  }

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

  @Test
  void everyActiveLinkWorkerIsCountedAgainstTheStageTheyAreAtNow() {
    worker("gone.link", "LINK_WORKER", false);

    Coverage coverage = riverside();

    // Alex, Lee and Sam; not Emma (an employer), nor a deactivated worker.
    assertThat(coverage.people()).isEqualTo(3);
    assertThat(coverage.organisationName()).isEqualTo("Riverside");
    assertThat(coverage.on()).isEqualTo(TODAY);
    assertThat(coverage.staff())
        .extracting(Coverage.StaffMember::username)
        .containsExactlyInAnyOrder("alex.link", "lee.trainee", "sam.supervisor");
    assertThat(coverage.competencies()).hasSize(fixture.framework.competencyCount());
    assertThat(coverage.levels()).hasSize(fixture.framework.topLevel());
    for (Coverage.CompetencyCoverage c : coverage.competencies()) {
      int expected =
          2 * (required("LINK_WORKER", c.competency()) > 0 ? 1 : 0)
              + (required("SENIOR", c.competency()) > 0 ? 1 : 0);
      assertThat(c.required()).as(c.competency()).isEqualTo(expected);
      // No evidence yet: no one covers anything and everyone is at level 0.
      assertThat(c.covered()).isZero();
      assertThat(c.share()).isEqualTo(expected == 0 ? null : 0.0);
      assertThat(c.byLevel()).containsEntry("0", 3).hasSize(fixture.framework.topLevel() + 1);
      assertThat(c.singlePointOfFailure()).isFalse();
    }
    assertThat(coverage.uncovered())
        .isEqualTo((int) coverage.competencies().stream().filter(c -> c.required() > 0).count());
  }

  @Test
  void aCompetencyOneWorkerCoversIsASinglePointOfFailureUntilASecondDoes() {
    String code = competencySeniorNeedsMoreOf();
    int level = required("LINK_WORKER", code);
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, level).verified().save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims(code, level).verified().save();

    Coverage.CompetencyCoverage once = of(riverside(), code);

    assertThat(once.required()).isEqualTo(3);
    assertThat(once.covered()).isEqualTo(1);
    assertThat(once.share()).isEqualTo(1.0 / 3);
    assertThat(once.singlePointOfFailure()).isTrue();
    assertThat(once.soleHolder()).isEqualTo("alex.link");
    assertThat(once.byLevel()).containsEntry("0", 2).containsEntry(Integer.toString(level), 1);

    // Lee reaches it by a direct assessment: two cover it now.
    fixture.assess(
        "lee.trainee", code, level, LocalDate.of(2026, 7, 1), noon(LocalDate.of(2026, 7, 1)));
    evidenceChanged();
    Coverage.CompetencyCoverage twice = of(riverside(), code);
    assertThat(twice.covered()).isEqualTo(2);
    assertThat(twice.singlePointOfFailure()).isFalse();
    assertThat(twice.soleHolder()).isNull();

    // On a day before any of it, no one covers it.
    assertThat(of(riverside(fixture.emma, LocalDate.of(2026, 4, 1), null, null), code).covered())
        .isZero();
  }

  @Test
  void theTeamsLevelsAreKeptUntilAVerificationMovesTheOrganisationsEvidenceRevision() {
    String code = competencySeniorNeedsMoreOf();
    int level = required("LINK_WORKER", code);
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, level).verified().save();
    String second =
        fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims(code, level).submitted().save();

    int reading = StatementCounter.during(this::riverside);
    int keeping = StatementCounter.during(this::riverside);
    // Kept: neither the claims nor the assessments are read again.
    assertThat(keeping).isEqualTo(reading - 2);
    assertThat(of(riverside(), code).covered()).isZero();

    // Sam verifies Alex's second claim through the service, which moves the revision on.
    fixture.database.inTransaction(
        em ->
            PortfolioTestAccess.portfolio(em, fixture.frameworks, clock)
                .verify(fixture.sam, second, null));
    assertThat(of(riverside(), code).covered()).isEqualTo(1);
    assertThat(StatementCounter.during(this::riverside)).isEqualTo(keeping);

    // Another day is read for itself.
    assertThat(of(riverside(fixture.emma, LocalDate.of(2026, 5, 15), null, null), code).covered())
        .isZero();
  }

  @Test
  void theTeamCanBeNarrowedToAStageOrToOneSupervisorsWorkers() {
    Coverage linkWorkers = riverside(fixture.emma, null, "LINK_WORKER", null);
    assertThat(linkWorkers.people()).isEqualTo(2);
    assertThat(linkWorkers.stage()).isEqualTo("LINK_WORKER");

    Coverage sams = riverside(fixture.emma, null, null, "sam.supervisor");
    assertThat(sams.staff())
        .extracting(Coverage.StaffMember::username)
        .containsExactly("alex.link");
    assertThat(sams.staff().get(0).supervisorName()).isEqualTo("Sam");

    assertThat(riverside(fixture.emma, null, null, "nobody").people()).isZero();
    assertThatThrownBy(() -> riverside(fixture.emma, null, "ASTRONAUT", null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("stage"));
  }

  @Test
  void onlyTheOrganisationsEmployerAndTheStewardSeeItsCoverage() {
    assertThat(riverside(fixture.steward, null, null, null).people()).isEqualTo(3);
    // Of the organisation but not its employer: refused.
    assertThatThrownBy(() -> riverside(fixture.alex, null, null, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> riverside(fixture.sam, null, null, null))
        .isInstanceOf(AccessDeniedException.class);
    // Another organisation's employer, a provider: no such organisation, as for a made-up one.
    assertThatThrownBy(() -> riverside(fixture.hana, null, null, null))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> riverside(fixture.pat, null, null, null))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(
            () -> coverage(s -> s.coverage(fixture.steward, "no-such-id", null, null, null)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void theStaffRowsGiveEveryLevelAndWhatTheirStageRequires() {
    String code = competencySeniorNeedsMoreOf();
    fixture.assess("alex.link", code, 2, LocalDate.of(2026, 7, 1), noon(LocalDate.of(2026, 7, 1)));

    Coverage.StaffMember alex =
        riverside().staff().stream()
            .filter(p -> p.username().equals("alex.link"))
            .findFirst()
            .orElseThrow();

    assertThat(alex.stage()).isEqualTo("LINK_WORKER");
    assertThat(alex.supervisor()).isEqualTo("sam.supervisor");
    assertThat(alex.levels()).hasSize(fixture.framework.competencyCount()).containsEntry(code, 2);
    assertThat(alex.requirements())
        .isEqualTo(Map.copyOf(fixture.framework.stage("LINK_WORKER").orElseThrow().requirements()));
  }

  @Test
  void theCsvHasARowPerCompetencyOrPerPersonAndThePdfSaysTheSameInWords() throws IOException {
    String code = competencySeniorNeedsMoreOf();
    fixture.assess(
        "alex.link",
        code,
        required("LINK_WORKER", code),
        LocalDate.of(2026, 7, 1),
        noon(LocalDate.of(2026, 7, 1)));
    Coverage coverage = riverside();

    String[] competencies = coverage(s -> s.csv(coverage, null)).split("\r\n");
    assertThat(competencies[0])
        .startsWith("domain,competency,statement,required,covered,share,at level 0,at level 1")
        .endsWith("single point of failure,sole holder");
    assertThat(competencies).hasSize(1 + fixture.framework.competencyCount());
    assertThat(competencies)
        .anySatisfy(line -> assertThat(line).contains("," + code + ",").endsWith(",yes,alex.link"));

    String[] staff = coverage(s -> s.csv(coverage, "staff")).split("\r\n");
    assertThat(staff[0]).startsWith("username,name,stage,supervisor,");
    assertThat(staff).hasSize(4);
    assertThatThrownBy(() -> coverage(s -> s.csv(coverage, "people")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("part"));

    byte[] pdf = coverage(s -> s.pdf(coverage));
    PdfReader reader = new PdfReader(pdf);
    String first = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(first).contains("Staff competency coverage", "Riverside", "Active link workers: 3");
    StringBuilder all = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(all).contains("one person:", "alex.link", "no one");
    assertThat(CoverageService.fileName(coverage, null)).isEqualTo("coverage-" + TODAY);
  }

  @Test
  void coverageCostsTheSameStatementsForThreeWorkersAsForTwentyThreeWithTheirEvidence() {
    String code = competencySeniorNeedsMoreOf();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims(code, 2).verified().save();
    riverside();
    int small = StatementCounter.during(this::riverside);
    for (int i = 0; i < 20; i++) {
      String name = "team" + i + ".link";
      worker(name, i % 2 == 0 ? "TRAINEE" : "SENIOR", true);
      fixture
          .entry(name, LocalDate.of(2026, 3, 1).plusDays(i))
          .claims(code, 1 + i % 3)
          .verified()
          .save();
      fixture.assess(
          name, code, 1 + i % 4, LocalDate.of(2026, 4, 1), noon(LocalDate.of(2026, 4, 1)));
    }
    assertThat(riverside().people()).isEqualTo(23);
    int large = StatementCounter.during(this::riverside);
    System.out.printf(
        "[coverage] statements for an organisation: %d (3 workers, 1 entry), %d (23 workers,"
            + " 21 entries, 20 assessments)%n",
        small, large);
    // The organisation, its link workers with their supervisors, their claims, their assessments.
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
  }
}
