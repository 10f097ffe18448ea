package org.linkworker.trellis.progression.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * Attainment read from a real Derby database: which entries and assessments are evidence at all,
 * history on past days, one organisation in one pass, who may ask, and what it costs.
 */
class AttainmentServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private AttainmentService service(EntityManager em) {
    AttainmentService service = new AttainmentService();
    service.em = em;
    service.policy = fixture.policy;
    service.frameworks = fixture.frameworks;
    service.clock = clock;
    return service;
  }

  private <T> T attainment(Function<AttainmentService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private int level(Caller caller, String competency, LocalDate on) {
    return attainment(s -> s.attainment(caller, "alex.link", on)).level(competency);
  }

  @Test
  void twoVerifiedClaimsAttainTheirLevel() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 2).verified().save();
    assertThat(level(fixture.alex, "PC.1", null)).isZero();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims("PC.1", 3).verified().save();
    assertThat(level(fixture.alex, "PC.1", null)).isEqualTo(2);
  }

  @Test
  void draftsSubmittedAndReturnedEntriesNeverCount() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 2).save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 2)).claims("PC.1", 2).submitted().save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 3)).claims("PC.1", 2).returned().save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 4)).claims("PC.1", 2).verified().save();
    assertThat(level(fixture.alex, "PC.1", null)).isZero();
  }

  @Test
  void everyCompetencyOfTheFrameworkIsReportedLevelZeroIncluded() {
    WorkerAttainment attainment = attainment(s -> s.attainment(fixture.alex, "alex.link", null));
    assertThat(attainment.competencies()).hasSize(fixture.framework.competencyCount());
    assertThat(attainment.competencies()).allMatch(c -> c.level() == 0 && c.lapses() == null);
    assertThat(attainment.on()).isEqualTo(TODAY);
  }

  @Test
  void aClaimCountsFromTheDayItsEntryWasVerifiedNotBefore() {
    LocalDate verifiedOn = LocalDate.of(2026, 9, 10);
    fixture.entry("alex.link", LocalDate.of(2026, 3, 1)).claims("PC.1", 2).verified().save();
    fixture
        .entry("alex.link", LocalDate.of(2026, 4, 1))
        .claims("PC.1", 2)
        .verifiedAt(noon(verifiedOn))
        .save();
    assertThat(level(fixture.alex, "PC.1", verifiedOn.minusDays(1))).isZero();
    assertThat(level(fixture.alex, "PC.1", verifiedOn)).isEqualTo(2);
    assertThat(level(fixture.alex, "PC.1", TODAY)).isEqualTo(2);
  }

  @Test
  void theBoundaryDayOfCurrencyCountsAndTheDayAfterItDoesNot() {
    LocalDate date = LocalDate.of(2024, 2, 29);
    fixture.entry("alex.link", date).claims("PC.1", 2).verified().save();
    fixture.entry("alex.link", date).claims("PC.1", 2).verified().save();
    // A leap day: 2027-02-28 minus three years is 2024-02-28, so the entry still counts; 2027-03-01
    // minus three years is 2024-03-01, the day after it.
    assertThat(level(fixture.alex, "PC.1", LocalDate.of(2027, 2, 28))).isEqualTo(2);
    assertThat(level(fixture.alex, "PC.1", LocalDate.of(2027, 3, 1))).isZero();
    WorkerAttainment today = attainment(s -> s.attainment(fixture.alex, "alex.link", TODAY));
    assertThat(today.find("PC.1").orElseThrow().lapses()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void anAssessmentAloneAttainsItsLevelFromItsDate() {
    fixture.assess(
        "alex.link", "PC.2", 3, LocalDate.of(2026, 10, 1), noon(LocalDate.of(2026, 10, 1)));
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2026, 9, 30))).isZero();
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2026, 10, 1))).isEqualTo(3);
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2029, 10, 1))).isEqualTo(3);
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2029, 10, 2))).isZero();
  }

  @Test
  void anAssessmentDatedAfterTheDayAskedAboutDoesNotCountYet() {
    fixture.assess("alex.link", "PC.2", 2, LocalDate.of(2026, 11, 20), noon(TODAY));
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2026, 11, 19))).isZero();
    assertThat(level(fixture.alex, "PC.2", TODAY)).isEqualTo(2);
  }

  @Test
  void aWithdrawnAssessmentCountsOnlyUntilItsWithdrawal() {
    String id =
        fixture.assess(
            "alex.link", "PC.2", 3, LocalDate.of(2026, 6, 1), noon(LocalDate.of(2026, 6, 1)));
    fixture.withdraw(id, noon(LocalDate.of(2026, 8, 1)));
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2026, 7, 31))).isEqualTo(3);
    assertThat(level(fixture.alex, "PC.2", LocalDate.of(2026, 8, 1))).isZero();
    assertThat(level(fixture.alex, "PC.2", TODAY)).isZero();
  }

  @Test
  void theEvidenceThatCarriesALevelIsNamed() {
    String first =
        fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 2).verified().save();
    String second =
        fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims("PC.1", 2).verified().save();
    CompetencyAttainment pc1 =
        attainment(s -> s.attainment(fixture.alex, "alex.link", null)).find("PC.1").orElseThrow();
    assertThat(pc1.evidence())
        .extracting(CompetencyAttainment.EvidenceView::source)
        .containsExactly(second, first);
    assertThat(pc1.evidence().get(0).title()).isEqualTo("Entry of 2026-06-01");
    assertThat(pc1.lapses()).isEqualTo(LocalDate.of(2029, 5, 2));
  }

  @Test
  void theWorkerTheirSupervisorTheirEmployerAndTheStewardMayAsk() {
    for (Caller caller : new Caller[] {fixture.alex, fixture.sam, fixture.emma, fixture.steward}) {
      assertThat(attainment(s -> s.attainment(caller, "alex.link", null)).username())
          .isEqualTo("alex.link");
    }
  }

  @Test
  void anyoneElseFindsNoSuchPerson() {
    for (Caller caller : new Caller[] {fixture.lee, fixture.hana, fixture.pat}) {
      assertThatThrownBy(() -> attainment(s -> s.attainment(caller, "alex.link", null)))
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> attainment(s -> s.attainment(fixture.steward, "nobody.here", null)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void aWholeOrganisationIsReadInOnePass() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 2).verified().save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).claims("PC.1", 2).verified().save();
    fixture.assess(
        "lee.trainee", "PC.3", 1, LocalDate.of(2026, 6, 1), noon(LocalDate.of(2026, 6, 1)));
    Map<String, Map<String, Integer>> levels =
        attainment(s -> s.levelsOf(fixture.emma, fixture.riverside, null));
    assertThat(levels.keySet()).containsExactly("alex.link", "lee.trainee", "sam.supervisor");
    assertThat(levels.get("alex.link")).containsEntry("PC.1", 2).containsEntry("PC.3", 0);
    assertThat(levels.get("lee.trainee")).containsEntry("PC.3", 1).containsEntry("PC.1", 0);
    assertThat(levels.get("alex.link")).hasSize(fixture.framework.competencyCount());
    assertThatThrownBy(() -> attainment(s -> s.levelsOf(fixture.hana, fixture.riverside, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aWorkersAttainmentCostsTheSameStatementsForOneEntryAsForAHundred() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 2).verified().save();
    int one = statements(() -> attainment(s -> s.attainment(fixture.emma, "alex.link", null)));
    for (int i = 0; i < 100; i++) {
      fixture
          .entry("alex.link", LocalDate.of(2026, 1, 1).plusDays(i))
          .claims("PC.1", 2)
          .claims("PC.2", 3)
          .verified()
          .save();
      fixture.assess("alex.link", "PC.3", 1 + i % 3, LocalDate.of(2026, 1, 1), Instant.EPOCH);
    }
    int hundred = statements(() -> attainment(s -> s.attainment(fixture.emma, "alex.link", null)));
    System.out.printf(
        "[attainment] statements for one worker: %d (1 entry), %d (101 entries)%n", one, hundred);
    // The person (with the organisation and supervisor an unwoven test entity loads), the
    // claims, the assessments.
    assertThat(hundred).isEqualTo(one).isLessThanOrEqualTo(5);
  }

  private static int statements(Runnable work) {
    return StatementCounter.during(work);
  }
}
