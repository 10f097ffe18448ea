package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.EvidenceFixture.noon;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;
import org.linkworker.trellis.testing.EvidenceFixture;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * The team view on a hand-built team (Riverside: Sam, who supervises and is a senior link worker,
 * Alex, whom Sam supervises, and Lee) in a real Derby database: each worker's compliance status on
 * the days around a window's at-risk boundary, supervision due and overdue on the boundary day, the
 * organisation's target, the filters, who may ask, and what a page of the team costs.
 */
class TeamServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final EvidenceFixture fixture = new EvidenceFixture();
  private final MutableClock clock = new MutableClock(noon(TODAY));

  @AfterEach
  void close() {
    fixture.close();
  }

  private TeamService service(EntityManager em) {
    ComplianceService compliance = new ComplianceService();
    compliance.em = em;
    compliance.policy = fixture.policy;
    compliance.frameworks = fixture.frameworks;
    compliance.clock = clock;
    TeamService service = new TeamService();
    service.em = em;
    service.policy = fixture.policy;
    service.compliance = compliance;
    return service;
  }

  private <T> T team(Function<TeamService, T> call) {
    return fixture.database.inTransaction(em -> call.apply(service(em)));
  }

  private List<TeamMemberCompliance> compliance(Caller caller, TeamService.Filter filter) {
    return team(s -> s.compliance(caller, fixture.riverside, filter, 0, 100)).items();
  }

  private List<TeamMemberCompliance> complianceOn(LocalDate day) {
    return compliance(fixture.emma, new TeamService.Filter(day, null, null, null));
  }

  private List<TeamMemberSupervision> supervisionOn(LocalDate day) {
    return team(s ->
            s.supervision(
                fixture.emma,
                fixture.riverside,
                new TeamService.Filter(day, null, null, null),
                0,
                100))
        .items();
  }

  private static <T> T of(List<T> members, Function<T, String> username, String who) {
    return members.stream().filter(m -> username.apply(m).equals(who)).findFirst().orElseThrow();
  }

  private static ComplianceStatus statusOf(List<TeamMemberCompliance> team, String who) {
    return of(team, TeamMemberCompliance::username, who).schemes().get(0).status();
  }

  private void session(String owner, LocalDate date, int minutes) {
    fixture.database.inTransaction(
        em -> {
          Person person =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", owner)
                  .getSingleResult();
          em.persist(
              new SupervisionRecord(
                  person,
                  date,
                  minutes,
                  SupervisionKind.CLINICAL,
                  "sam.supervisor",
                  "Private: what worries me",
                  owner,
                  noon(date)));
          return null;
        });
  }

  @Test
  void everyActiveLinkWorkerIsListedWithTheirStageSupervisorAndSchemes() {
    List<TeamMemberCompliance> team = complianceOn(null);
    assertThat(team)
        .extracting(TeamMemberCompliance::username)
        .containsExactly("sam.supervisor", "alex.link", "lee.trainee");
    TeamMemberCompliance alex = of(team, TeamMemberCompliance::username, "alex.link");
    assertThat(alex.stage()).isEqualTo("LINK_WORKER");
    assertThat(alex.supervisor()).isEqualTo("sam.supervisor");
    assertThat(alex.supervisorName()).isEqualTo("Sam");
    assertThat(alex.schemes()).extracting(ComplianceReport::scheme).containsExactly("ASSOCIATION");
    assertThat(alex.schemes().get(0).window())
        .isEqualTo(
            new ComplianceReport.Window(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
  }

  @Test
  void aWorkerWhoseEveryPartIsMetIsMetAndTheirPartsSaySo() {
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .hours("20")
        .type(ActivityType.COURSE)
        .verified()
        .save();
    fixture
        .entry("lee.trainee", LocalDate.of(2026, 5, 1))
        .hours("20")
        .type(ActivityType.READING)
        .submitted()
        .save();
    List<TeamMemberCompliance> team = complianceOn(TODAY);
    assertThat(statusOf(team, "alex.link")).isEqualTo(ComplianceStatus.MET);
    assertThat(statusOf(team, "lee.trainee")).isEqualTo(ComplianceStatus.NOT_MET);
    ComplianceReport lee = of(team, TeamMemberCompliance::username, "lee.trainee").schemes().get(0);
    assertThat(lee.parts())
        .extracting(p -> p.part() + " " + p.required() + " " + p.achieved() + " " + p.met())
        .containsExactly("points 20 20 true", "formalHours 10 0 false");
    assertThat(lee.parts().get(1).missing()).isEqualByComparingTo("10");
  }

  @Test
  void notMetTurnsAtRiskSixtyDaysBeforeTheWindowEnds() {
    // The association's year ends on 31 March 2027: 61 days before is not yet at risk, 60 is.
    assertThat(statusOf(complianceOn(LocalDate.of(2027, 1, 29)), "lee.trainee"))
        .isEqualTo(ComplianceStatus.NOT_MET);
    assertThat(statusOf(complianceOn(LocalDate.of(2027, 1, 30)), "lee.trainee"))
        .isEqualTo(ComplianceStatus.AT_RISK);
    assertThat(statusOf(complianceOn(LocalDate.of(2027, 3, 31)), "lee.trainee"))
        .isEqualTo(ComplianceStatus.AT_RISK);
    assertThat(statusOf(complianceOn(LocalDate.of(2027, 4, 1)), "lee.trainee"))
        .isEqualTo(ComplianceStatus.NOT_MET);
  }

  @Test
  void draftsAndReturnedEntriesDoNotCountForTheTeamEither() {
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).hours("20").save();
    fixture.entry("alex.link", LocalDate.of(2026, 5, 2)).hours("20").returned().save();
    assertThat(statusOf(complianceOn(TODAY), "alex.link")).isEqualTo(ComplianceStatus.NOT_MET);
  }

  @Test
  void aChosenSchemeIsReportedOnlyForThoseUnderItAndOneSchemeCanBeAskedFor() {
    fixture.database.inTransaction(
        em -> {
          ComplianceService compliance = service(em).compliance;
          compliance.choose(fixture.alex, "alex.link", "THREE_YEAR", true);
          return null;
        });
    List<TeamMemberCompliance> all = complianceOn(TODAY);
    assertThat(of(all, TeamMemberCompliance::username, "alex.link").schemes())
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "THREE_YEAR");
    assertThat(of(all, TeamMemberCompliance::username, "lee.trainee").schemes())
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION");
    List<TeamMemberCompliance> threeYear =
        compliance(fixture.emma, new TeamService.Filter(TODAY, "THREE_YEAR", null, null));
    assertThat(of(threeYear, TeamMemberCompliance::username, "alex.link").schemes())
        .extracting(ComplianceReport::scheme)
        .containsExactly("THREE_YEAR");
    assertThat(of(threeYear, TeamMemberCompliance::username, "lee.trainee").schemes()).isEmpty();
    assertThatThrownBy(
            () -> compliance(fixture.emma, new TeamService.Filter(TODAY, "NO_SUCH", null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("scheme"));
  }

  @Test
  void theTeamIsFilteredByStageAndBySupervisorAndPaged() {
    assertThat(compliance(fixture.emma, new TeamService.Filter(null, null, "SENIOR", null)))
        .extracting(TeamMemberCompliance::username)
        .containsExactly("sam.supervisor");
    assertThat(compliance(fixture.emma, new TeamService.Filter(null, null, null, "sam.supervisor")))
        .extracting(TeamMemberCompliance::username)
        .containsExactly("alex.link");
    Page<TeamMemberCompliance> second =
        team(s -> s.compliance(fixture.emma, fixture.riverside, TeamService.Filter.NONE, 1, 1));
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.items())
        .extracting(TeamMemberCompliance::username)
        .containsExactly("alex.link");
    java.util.Map<String, String> supervisors =
        team(s -> s.supervisorsOf(fixture.emma, fixture.riverside));
    assertThat(supervisors).containsExactly(java.util.Map.entry("sam.supervisor", "Sam"));
  }

  @Test
  void supervisionIsDueOnTheLastSessionPlusTheTargetAndOverdueTheDayAfter() {
    LocalDate last = TODAY.minusWeeks(6);
    session("alex.link", last, 60);
    session("sam.supervisor", last.minusDays(1), 45);
    List<TeamMemberSupervision> team = supervisionOn(TODAY);
    TeamMemberSupervision alex = of(team, TeamMemberSupervision::username, "alex.link");
    assertThat(alex.lastSession()).isEqualTo(last);
    assertThat(alex.daysSinceLast()).isEqualTo(42);
    assertThat(alex.nextDue()).isEqualTo(TODAY);
    assertThat(alex.targetWeeks()).isEqualTo(6);
    assertThat(alex.overdue()).isFalse();
    TeamMemberSupervision sam = of(team, TeamMemberSupervision::username, "sam.supervisor");
    assertThat(sam.nextDue()).isEqualTo(TODAY.minusDays(1));
    assertThat(sam.overdue()).isTrue();
    TeamMemberSupervision lee = of(team, TeamMemberSupervision::username, "lee.trainee");
    assertThat(lee.lastSession()).isNull();
    assertThat(lee.daysSinceLast()).isNull();
    assertThat(lee.nextDue()).isNull();
    assertThat(lee.sessions()).isZero();
    assertThat(lee.overdue()).isTrue();
    assertThat(
            of(supervisionOn(TODAY.plusDays(1)), TeamMemberSupervision::username, "alex.link")
                .overdue())
        .isTrue();
  }

  @Test
  void sessionsAndMinutesCountOverTheTwelveMonthsEndingOnTheDay() {
    session("alex.link", TODAY.minusYears(1), 30); // the day before the window: not counted
    session("alex.link", TODAY.minusYears(1).plusDays(1), 40); // the window's first day
    session("alex.link", TODAY, 50);
    session("alex.link", TODAY.plusDays(1), 70); // after the day asked about
    TeamMemberSupervision alex =
        of(supervisionOn(TODAY), TeamMemberSupervision::username, "alex.link");
    assertThat(alex.sessions()).isEqualTo(2);
    assertThat(alex.minutes()).isEqualTo(90);
    assertThat(alex.lastSession()).isEqualTo(TODAY);
    assertThat(alex.daysSinceLast()).isZero();
    assertThat(alex.window())
        .isEqualTo(new ComplianceReport.Window(TODAY.minusYears(1).plusDays(1), TODAY));
    TeamMemberSupervision before =
        of(supervisionOn(TODAY.minusYears(1)), TeamMemberSupervision::username, "alex.link");
    assertThat(before.lastSession()).isEqualTo(TODAY.minusYears(1));
    assertThat(before.sessions()).isEqualTo(1);
  }

  @Test
  void theEmployerAndTheStewardSetTheTargetWithinOneToFiftyTwoWeeks() {
    assertThat(team(s -> s.supervisionTarget(fixture.emma, fixture.riverside)).weeks())
        .isEqualTo(6);
    session("alex.link", TODAY.minusWeeks(5), 60);
    assertThat(team(s -> s.targetSupervision(fixture.emma, fixture.riverside, 4)).weeks())
        .isEqualTo(4);
    TeamMemberSupervision alex =
        of(supervisionOn(TODAY), TeamMemberSupervision::username, "alex.link");
    assertThat(alex.targetWeeks()).isEqualTo(4);
    assertThat(alex.overdue()).isTrue();
    assertThat(team(s -> s.targetSupervision(fixture.steward, fixture.riverside, 52)).weeks())
        .isEqualTo(52);
    assertThat(team(s -> s.targetSupervision(fixture.emma, fixture.riverside, 1)).weeks())
        .isEqualTo(1);
    for (Integer wrong : new Integer[] {0, 53, null}) {
      assertThatThrownBy(
              () -> team(s -> s.targetSupervision(fixture.emma, fixture.riverside, wrong)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("weeks"));
    }
    assertThatThrownBy(() -> team(s -> s.targetSupervision(fixture.sam, fixture.riverside, 4)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> team(s -> s.targetSupervision(fixture.hana, fixture.riverside, 4)))
        .isInstanceOf(NotVisibleException.class);
    assertThat(team(s -> s.supervisionTarget(fixture.emma, fixture.riverside)).weeks())
        .isEqualTo(1);
  }

  @Test
  void theTeamIsTheEmployersAndTheStewardsOthersOfTheOrganisationAreRefusedTheRestFindNothing() {
    for (Caller caller : new Caller[] {fixture.emma, fixture.steward}) {
      assertThat(compliance(caller, TeamService.Filter.NONE)).hasSize(3);
    }
    for (Caller caller : new Caller[] {fixture.sam, fixture.alex, fixture.lee}) {
      assertThatThrownBy(() -> compliance(caller, TeamService.Filter.NONE))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () ->
                  team(
                      s ->
                          s.supervision(caller, fixture.riverside, TeamService.Filter.NONE, 0, 10)))
          .isInstanceOf(AccessDeniedException.class);
    }
    for (Caller caller : new Caller[] {fixture.hana, fixture.pat}) {
      assertThatThrownBy(() -> compliance(caller, TeamService.Filter.NONE))
          .isInstanceOf(NotVisibleException.class);
      assertThatThrownBy(
              () ->
                  team(
                      s ->
                          s.supervision(caller, fixture.riverside, TeamService.Filter.NONE, 0, 10)))
          .isInstanceOf(NotVisibleException.class);
    }
    String unknown = UUID.randomUUID().toString();
    assertThatThrownBy(
            () -> team(s -> s.compliance(fixture.steward, unknown, TeamService.Filter.NONE, 0, 10)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void thePersonSummaryShowsFiguresAndEntriesButNoReflectionAndNoPrivateNotes() {
    fixture
        .entry("alex.link", LocalDate.of(2026, 5, 1))
        .hours("2.5")
        .reflective()
        .verified()
        .save();
    fixture.entry("alex.link", LocalDate.of(2026, 6, 1)).hours("1").save();
    session("alex.link", TODAY.minusWeeks(2), 60);
    PersonSummary alex = team(s -> s.person(fixture.emma, "alex.link", TODAY));
    assertThat(alex.stage()).isEqualTo("LINK_WORKER");
    assertThat(alex.supervisor()).isEqualTo("sam.supervisor");
    assertThat(alex.entryCount()).isEqualTo(2);
    assertThat(alex.hourCount()).isEqualByComparingTo("3.5");
    assertThat(alex.totals())
        .filteredOn(t -> t.status() == EntryStatus.VERIFIED)
        .singleElement()
        .satisfies(t -> assertThat(t.hours()).isEqualByComparingTo("2.5"));
    assertThat(alex.entriesShown()).isTrue();
    assertThat(alex.latest())
        .extracting(PersonSummary.LatestEntry::date)
        .containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1));
    assertThat(alex.compliance())
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION");
    assertThat(alex.supervision().overdue()).isFalse();
    assertThat(alex.toString()).doesNotContain("What I learned").doesNotContain("Private");

    PersonSummary forTheSteward = team(s -> s.person(fixture.steward, "alex.link", TODAY));
    assertThat(forTheSteward.entriesShown()).isFalse();
    assertThat(forTheSteward.latest()).isEmpty();
    assertThat(forTheSteward.entryCount()).isEqualTo(2);
    assertThat(team(s -> s.person(fixture.sam, "alex.link", TODAY)).entriesShown()).isTrue();

    for (Caller caller : new Caller[] {fixture.lee, fixture.hana, fixture.pat}) {
      assertThatThrownBy(() -> team(s -> s.person(caller, "alex.link", TODAY)))
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> team(s -> s.person(fixture.emma, "no.such.person", TODAY)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void aPageOfTheTeamCostsTheSameStatementsForThreeWorkersAsForThirty() {
    fixture.database.inTransaction(
        em -> {
          ComplianceService compliance = service(em).compliance;
          compliance.define(
              fixture.emma,
              fixture.riverside,
              new SchemeInput("MANDATORY", "Mandatory", List.of(new SchemeInput.Item("PC.1", 12))));
          compliance.choose(fixture.alex, "alex.link", "THREE_YEAR", true);
          return null;
        });
    fixture.entry("alex.link", LocalDate.of(2026, 5, 1)).claims("PC.1", 1).submitted().save();
    session("alex.link", TODAY.minusWeeks(1), 60);
    int small = statementsOfBoth();
    fixture.database.inTransaction(
        em -> {
          Organisation riverside = em.find(Organisation.class, fixture.riverside);
          Person sam =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", "sam.supervisor")
                  .getSingleResult();
          for (int i = 0; i < 27; i++) {
            Person worker =
                Person.create(
                    "worker" + i, "Worker " + i, riverside, Set.of(Role.LINK_WORKER), "h");
            worker.placeAtStage(i % 2 == 0 ? "TRAINEE" : "LINK_WORKER");
            worker.assignSupervisor(sam);
            em.persist(worker);
          }
          return null;
        });
    for (int i = 0; i < 27; i++) {
      fixture
          .entry("worker" + i, LocalDate.of(2026, 5, 1).plusDays(i))
          .claims("PC.1", 1)
          .verified()
          .save();
      fixture.entry("worker" + i, LocalDate.of(2026, 6, 1)).submitted().save();
      session("worker" + i, TODAY.minusDays(i), 30);
    }
    int large = statementsOfBoth();
    System.out.printf(
        "[team] statements for a page of compliance and one of supervision: %d (3 workers), %d"
            + " (30 workers)%n",
        small, large);
    assertThat(large).isEqualTo(small);
    assertThat(
            team(s ->
                    s.compliance(fixture.emma, fixture.riverside, TeamService.Filter.NONE, 0, 100))
                .items())
        .hasSize(30);
  }

  private int statementsOfBoth() {
    return StatementCounter.during(
        () ->
            team(
                s -> {
                  s.compliance(fixture.emma, fixture.riverside, TeamService.Filter.NONE, 0, 100);
                  s.supervision(fixture.emma, fixture.riverside, TeamService.Filter.NONE, 0, 100);
                  return null;
                }));
  }
}
