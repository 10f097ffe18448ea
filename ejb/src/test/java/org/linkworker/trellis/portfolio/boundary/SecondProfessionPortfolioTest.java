package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;

/**
 * A second profession's portfolio on a real Derby database: health and wellbeing coaches of
 * Northgate record CPD, claim and are assessed in the competencies of their own framework (their
 * stage's, HWBC) and declare against its code of practice, beside Riverside's link workers in the
 * LWCF; a claim of the other profession's competency is refused by field.
 */
class SecondProfessionPortfolioTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final EvidenceFixture.Northgate northgate = fixture.secondProfession();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private PortfolioService portfolio(EntityManager em) {
    PortfolioService service = new PortfolioService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = fixture.policy;
    service.frameworks = fixture.frameworks;
    service.clock = clock;
    service.courses = CatalogueTestAccess.courses(em, fixture.policy, fixture.frameworks, clock);
    service.notifications = NotificationTestAccess.notifications(em, clock);
    return service;
  }

  private <T> T portfolio(Function<PortfolioService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(portfolio(em)));
  }

  private <T> T supervision(Function<SupervisionService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          SupervisionService service = new SupervisionService();
          service.em = em;
          service.policy = fixture.policy;
          service.frameworks = fixture.frameworks;
          service.clock = clock;
          return call.apply(service);
        });
  }

  private <T> T declarations(Function<DeclarationService, T> call) {
    return fixture.database.inTransaction(
        em -> {
          DeclarationService service = new DeclarationService();
          service.em = em;
          service.policy = fixture.policy;
          service.frameworks = fixture.frameworks;
          service.clock = clock;
          return call.apply(service);
        });
  }

  private static EntryInput input(String standard, EntryInput.ClaimInput... claims) {
    return new EntryInput(
        TODAY.minusDays(3),
        "Motivational interviewing workshop",
        ActivityType.COURSE,
        new BigDecimal("3"),
        true,
        null,
        standard,
        new EntryInput.ReflectionInput("A day's workshop", "Rolling with resistance", "Ask more"),
        List.of(claims));
  }

  private EntryView create(Caller caller, String owner, EntryInput input) {
    return portfolio(
        s -> {
          MethodValidation.checkParameters(s, "create", caller, owner, input);
          return s.create(caller, owner, input);
        });
  }

  private static EntryInput.ClaimInput claim(String competency, int level) {
    return new EntryInput.ClaimInput(competency, level);
  }

  @Test
  void aCoachClaimsCompetenciesOfTheirOwnFrameworkAndTheirSupervisorVerifiesThem() {
    EntryView draft =
        create(northgate.cara(), "cara.coach", input("HC.1", claim("BC.1", 2), claim("CO.2", 2)));
    portfolio(s -> s.submit(northgate.cara(), draft.id()));
    EntryView verified = portfolio(s -> s.verify(northgate.sol(), draft.id(), "Well reflected"));

    assertThat(draft.claims())
        .extracting(EntryView.ClaimView::competency, EntryView.ClaimView::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BC.1", 2),
            org.assertj.core.groups.Tuple.tuple("CO.2", 2));
    assertThat(draft.standard()).isEqualTo("HC.1");
    assertThat(verified.status()).isEqualTo(EntryStatus.VERIFIED);
    assertThat(verified.decidedBy()).isEqualTo("sol.supervisor");
    java.util.Optional<org.linkworker.trellis.framework.boundary.FrameworkSnapshot> framework =
        portfolio(s -> s.frameworkOf(northgate.cara(), "cara.coach"));
    assertThat(framework).map(f -> f.code()).contains("HWBC");
  }

  @Test
  void aClaimOfTheOtherProfessionsCompetencyIsRefusedByFieldAndNothingIsWritten() {
    InvalidInputException coachClaimsLinkWork =
        catchThrowableOfType(
            () ->
                create(
                    northgate.cara(),
                    "cara.coach",
                    input("CP.1", claim("CO.1", 1), claim("PC.1", 2), claim("SP.1", 5))),
            InvalidInputException.class);
    InvalidInputException linkWorkerClaimsCoaching =
        catchThrowableOfType(
            () -> create(fixture.alex, "alex.link", input(null, claim("CO.1", 1))),
            InvalidInputException.class);

    assertThat(coachClaimsLinkWork.fieldErrors())
        .containsEntry("claims[1].competency", "PC.1 is not a competency of HWBC version 1.")
        .containsEntry("standard", "CP.1 is not a standard of the code of practice.")
        .containsKey("claims[2].level")
        .doesNotContainKey("claims[0].competency");
    assertThat(linkWorkerClaimsCoaching.fieldErrors())
        .containsEntry("claims[0].competency", "CO.1 is not a competency of LWCF version 1.");
    assertThat(
            portfolio(s -> s.entries(northgate.cara(), "cara.coach", EntryFilter.none(), 0, 10))
                .page()
                .total())
        .isZero();
  }

  @Test
  void aCoachsSupervisorAssessesCompetenciesOfTheCoachsFrameworkOnly() {
    AssessmentView assessed =
        supervision(
            s ->
                s.assess(
                    northgate.sol(),
                    "cara.coach",
                    new AssessmentInput(TODAY, "PS.2", 3, "Observed teach-back")));
    InvalidInputException linkWork =
        catchThrowableOfType(
            () ->
                supervision(
                    s ->
                        s.assess(
                            northgate.sol(),
                            "cara.coach",
                            new AssessmentInput(TODAY, "SE.1", 2, null))),
            InvalidInputException.class);

    assertThat(assessed.competency()).isEqualTo("PS.2");
    assertThat(assessed.level()).isEqualTo(3);
    assertThat(linkWork.fieldErrors())
        .containsEntry("competency", "SE.1 is not a competency of HWBC version 1.");
  }

  @Test
  void aCoachDeclaresAgainstTheCodeOfPracticeOfTheirOwnFramework() {
    DeclarationView coach =
        declarations(
            s -> s.declare(northgate.cara(), "cara.coach", new DeclarationInput(null, null)));
    DeclarationView linkWorker =
        declarations(s -> s.declare(fixture.alex, "alex.link", new DeclarationInput(null, null)));

    assertThat(coach.framework()).isEqualTo("HWBC");
    assertThat(linkWorker.framework()).isEqualTo("LWCF");
  }

  @Test
  void anotherOrganisationsEmployerFindsNoCoach() {
    assertThat(
            catchThrowableOfType(
                () ->
                    portfolio(
                        s -> s.entries(fixture.emma, "cara.coach", EntryFilter.none(), 0, 10)),
                NotVisibleException.class))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                () ->
                    portfolio(
                        s -> s.entries(northgate.nell(), "alex.link", EntryFilter.none(), 0, 10)),
                NotVisibleException.class))
        .isNotNull();
  }
}
