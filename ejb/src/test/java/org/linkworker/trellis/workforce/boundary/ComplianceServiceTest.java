package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * Compliance read from a real Derby database, with the schemes the migration inserts: which entries
 * count, which schemes a person is under, an employer's own scheme, who may ask, and what it costs.
 */
class ComplianceServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private ComplianceService service(EntityManager em) {
    ComplianceService service = new ComplianceService();
    service.em = em;
    service.policy = fixture.policy;
    service.frameworks = fixture.frameworks;
    service.clock = clock;
    return service;
  }

  private <T> T compliance(Function<ComplianceService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private List<ComplianceReport> everyScheme(Caller caller) {
    return compliance(s -> s.everyScheme(caller, "alex.link", null));
  }

  private List<ComplianceService.SchemeChoice> choices(Caller caller) {
    return compliance(s -> s.choicesOf(caller, "alex.link"));
  }

  private List<SchemeView> schemesOfRiverside(Caller caller) {
    return compliance(s -> s.schemesOfOrganisation(caller, fixture.riverside));
  }

  private ComplianceReport.Part part(ComplianceReport report, String code) {
    return report.parts().stream().filter(p -> p.part().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void submittedAndVerifiedEntriesCountAndDraftsAndReturnedOnesDoNot() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).hours("3").save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 2)).hours("5").returned().save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 3)).hours("7").submitted().save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 4)).hours("11").verified().save();
    ComplianceReport report = compliance(s -> s.compliance(fixture.alex, "alex.link", null, null));
    assertThat(report.scheme()).isEqualTo("ASSOCIATION");
    assertThat(report.window().from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(part(report, "points").achieved()).isEqualByComparingTo("18");
    assertThat(part(report, "formalHours").achieved()).isEqualByComparingTo("18");
    assertThat(report.met()).isFalse();
  }

  @Test
  void theMigrationsSchemesAreExact() {
    fixture
        .entry("alex.link", LocalDate.of(2026, 3, 31))
        .hours("20")
        .type(ActivityType.COURSE)
        .verified()
        .save();
    ComplianceReport lastDay =
        compliance(
            s -> s.compliance(fixture.alex, "alex.link", "ASSOCIATION", LocalDate.of(2026, 3, 31)));
    assertThat(lastDay.met()).isTrue();
    ComplianceReport nextYear =
        compliance(
            s -> s.compliance(fixture.alex, "alex.link", "ASSOCIATION", LocalDate.of(2026, 4, 1)));
    assertThat(nextYear.met()).isFalse();
    ComplianceReport threeYear =
        compliance(s -> s.compliance(fixture.alex, "alex.link", "THREE_YEAR", TODAY));
    assertThat(threeYear.parts())
        .extracting(ComplianceReport.Part::part)
        .containsExactly("hours", "participatoryHours", "reflectiveAccounts", "activityTypes");
    assertThat(threeYear.parts())
        .extracting(p -> p.required().toPlainString())
        .containsExactly("35", "20", "5", "2");
    assertThat(part(threeYear, "hours").achieved()).isEqualByComparingTo("20");
  }

  @Test
  void reflectiveAccountsAreEntriesWithAllThreePartsFilledIn() {
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .reflective()
        .participatory()
        .hours("2")
        .submitted()
        .save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 2)).submitted().save();
    ComplianceReport report =
        compliance(s -> s.compliance(fixture.alex, "alex.link", "THREE_YEAR", null));
    assertThat(part(report, "reflectiveAccounts").achieved()).isEqualByComparingTo("1");
    assertThat(part(report, "participatoryHours").achieved()).isEqualByComparingTo("2");
  }

  @Test
  void aLinkWorkerIsUnderTheAssociationsSchemeAndChoosesTheThreeYearOne() {
    assertThat(everyScheme(fixture.alex))
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION");
    compliance(
        s -> {
          s.choose(fixture.alex, "alex.link", "THREE_YEAR", true);
          return null;
        });
    assertThat(everyScheme(fixture.emma))
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "THREE_YEAR");
    assertThatThrownBy(
            () ->
                compliance(
                    s -> {
                      s.choose(fixture.alex, "alex.link", "ASSOCIATION", false);
                      return null;
                    }))
        .isInstanceOf(StateConflictException.class);
    assertThatThrownBy(
            () ->
                compliance(
                    s -> {
                      s.choose(fixture.sam, "alex.link", "THREE_YEAR", false);
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    compliance(
        s -> {
          s.choose(fixture.emma, "alex.link", "THREE_YEAR", false);
          return null;
        });
    assertThat(choices(fixture.alex))
        .extracting(c -> c.scheme().code() + "=" + c.under())
        .containsExactly("ASSOCIATION=true", "THREE_YEAR=false");
  }

  @Test
  void anEmployerDefinesMandatoryTrainingForItsLinkWorkers() {
    SchemeView scheme =
        compliance(
            s ->
                s.define(
                    fixture.emma,
                    fixture.riverside,
                    new SchemeInput(
                        "SAFEGUARDING",
                        "Safeguarding refreshers",
                        List.of(
                            new SchemeInput.Item("PC.1", 12), new SchemeInput.Item("PC.2", 24)))));
    assertThat(scheme.items())
        .extracting(SchemeView.ItemView::competency)
        .containsExactly("PC.1", "PC.2");
    fixture.entry("alex.link", LocalDate.of(2026, 1, 10)).claims("PC.1", 1).submitted().save();
    List<ComplianceReport> reports =
        compliance(s -> s.everyScheme(fixture.alex, "alex.link", null));
    assertThat(reports)
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "SAFEGUARDING");
    ComplianceReport mandatory = reports.get(1);
    assertThat(part(mandatory, "PC.1").met()).isTrue();
    assertThat(part(mandatory, "PC.1").lapses()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(part(mandatory, "PC.2").met()).isFalse();
    assertThat(schemesOfRiverside(fixture.emma))
        .extracting(SchemeView::code)
        .containsExactly("SAFEGUARDING");
    SchemeView revised =
        compliance(
            s ->
                s.revise(
                    fixture.emma,
                    scheme.id(),
                    new SchemeInput(
                        "SAFEGUARDING", "Safeguarding", List.of(new SchemeInput.Item("PC.3", 6))),
                    scheme.version()));
    assertThat(revised.title()).isEqualTo("Safeguarding");
    assertThatThrownBy(
            () ->
                compliance(
                    s ->
                        s.revise(
                            fixture.emma,
                            scheme.id(),
                            new SchemeInput(
                                "SAFEGUARDING", "Again", List.of(new SchemeInput.Item("PC.3", 6))),
                            scheme.version())))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void aSchemeNeedsKnownCompetenciesEachOnceAndAFreeCode() {
    assertThatThrownBy(
            () ->
                compliance(
                    s ->
                        s.define(
                            fixture.emma,
                            fixture.riverside,
                            new SchemeInput(
                                "MANDATORY",
                                "Mandatory",
                                List.of(
                                    new SchemeInput.Item("ZZ.9", 12),
                                    new SchemeInput.Item("PC.1", 12),
                                    new SchemeInput.Item("PC.1", 6))))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("items[0].competency", "items[2].competency"));
    assertThatThrownBy(
            () ->
                compliance(
                    s ->
                        s.define(
                            fixture.emma,
                            fixture.riverside,
                            new SchemeInput(
                                "ASSOCIATION", "Mine", List.of(new SchemeInput.Item("PC.1", 12))))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("code"));
    assertThatThrownBy(
            () ->
                compliance(
                    s -> {
                      MethodValidation.checkParameters(
                          s,
                          "define",
                          fixture.emma,
                          fixture.riverside,
                          new SchemeInput(
                              "lower case", "", List.of(new SchemeInput.Item("PC.1", 0))));
                      return null;
                    }))
        .isInstanceOf(ConstraintViolationException.class);
  }

  @Test
  void onlyTheOrganisationsEmployerDefinesItsSchemes() {
    SchemeInput input =
        new SchemeInput("MANDATORY", "Mandatory", List.of(new SchemeInput.Item("PC.1", 12)));
    assertThatThrownBy(() -> compliance(s -> s.define(fixture.hana, fixture.riverside, input)))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> compliance(s -> s.define(fixture.alex, fixture.riverside, input)))
        .isInstanceOfAny(AccessDeniedException.class, NotVisibleException.class);
    assertThatThrownBy(
            () -> compliance(s -> s.schemesOfOrganisation(fixture.hana, fixture.riverside)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void theWorkerTheirSupervisorEmployerAndTheStewardMayAskAndNoOneElse() {
    for (Caller caller : new Caller[] {fixture.alex, fixture.sam, fixture.emma, fixture.steward}) {
      assertThat(compliance(s -> s.compliance(caller, "alex.link", null, null)).scheme())
          .isEqualTo("ASSOCIATION");
    }
    for (Caller caller : new Caller[] {fixture.lee, fixture.hana, fixture.pat}) {
      assertThatThrownBy(() -> compliance(s -> s.compliance(caller, "alex.link", null, null)))
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(
            () -> compliance(s -> s.compliance(fixture.alex, "alex.link", "NO_SUCH", null)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void everySchemeCostsTheSameStatementsForOneEntryAsForAHundred() {
    compliance(
        s ->
            s.define(
                fixture.emma,
                fixture.riverside,
                new SchemeInput(
                    "MANDATORY", "Mandatory", List.of(new SchemeInput.Item("PC.1", 12)))));
    compliance(
        s -> {
          s.choose(fixture.alex, "alex.link", "THREE_YEAR", true);
          return null;
        });
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 1).submitted().save();
    int one =
        StatementCounter.during(
            () -> compliance(s -> s.everyScheme(fixture.emma, "alex.link", null)));
    for (int i = 0; i < 100; i++) {
      fixture
          .entry("alex.link", LocalDate.of(2024, 1, 1).plusDays(7 * i))
          .claims("PC.1", 1)
          .claims("PC.2", 2)
          .verified()
          .save();
    }
    int hundred =
        StatementCounter.during(
            () -> compliance(s -> s.everyScheme(fixture.emma, "alex.link", null)));
    System.out.printf(
        "[compliance] statements for every scheme of one worker: %d (1 entry), %d (101 entries)%n",
        one, hundred);
    assertThat(hundred).isEqualTo(one);
  }
}
