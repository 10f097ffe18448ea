package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.identity.boundary.IdentityTestBed.PASSWORD;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.testing.StatementCounter;

/**
 * The people of organisations: who may add, see and change whom (the access policy applied), the
 * rules a person's account follows, and the audit of every change.
 */
class PeopleServiceTest {

  private IdentityTestBed bed;
  private String riverside;
  private String hillside;
  private String learning;

  @BeforeEach
  void setUp() {
    bed = new IdentityTestBed().withCurrentFramework();
    riverside = bed.organisation("Riverside", OrganisationKind.EMPLOYER);
    hillside = bed.organisation("Hillside", OrganisationKind.EMPLOYER);
    learning = bed.organisation("Learning Partnership", OrganisationKind.PROVIDER);
    bed.person("steward", null, Role.STEWARD);
    bed.person("emma.employer", riverside, Role.EMPLOYER);
    bed.person(
        "sam.supervisor", riverside, Set.of(Role.SUPERVISOR, Role.LINK_WORKER), "SENIOR", null);
    bed.person("alex.link", riverside, Set.of(Role.LINK_WORKER), "LINK_WORKER", "sam.supervisor");
    bed.person("lee.trainee", riverside, Set.of(Role.LINK_WORKER), "TRAINEE", null);
    bed.person("hana.employer", hillside, Role.EMPLOYER);
    bed.person("hal.supervisor", hillside, Role.SUPERVISOR);
    bed.person("pat.provider", learning, Role.PROVIDER);
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  private Caller as(String username) {
    return bed.caller(username);
  }

  private <T> T organisations(Function<OrganisationService, T> call) {
    return bed.organisations(call);
  }

  private <T> T people(Function<PeopleService, T> call) {
    return bed.people(call);
  }

  private static NewPerson worker(String username, String stage, String supervisor) {
    return new NewPerson(
        username, "Worker " + username, PASSWORD, Set.of(Role.LINK_WORKER), stage, supervisor);
  }

  private PersonView add(String caller, String organisation, NewPerson person) {
    return people(
        p -> {
          IdentityTestBed.checkParameters(p, "addPerson", as(caller), organisation, person);
          return p.addPerson(as(caller), organisation, person);
        });
  }

  private PersonView update(String caller, String username, PersonChange change) {
    return people(
        p -> {
          IdentityTestBed.checkParameters(p, "updatePerson", as(caller), username, change);
          return p.updatePerson(as(caller), username, change);
        });
  }

  private long version(String username) {
    return bed.person(username).getLockVersion();
  }

  private Optional<PersonView> findPerson(String caller, String username) {
    return people(o -> o.findPerson(as(caller), username));
  }

  private Optional<OrganisationView> findOrganisation(String caller, String id) {
    return organisations(o -> o.find(as(caller), id));
  }

  private List<OrganisationView> list(String caller) {
    return organisations(o -> o.list(as(caller)));
  }

  /** What a caller is told about bad input: by the constraints, or by the service's rules. */
  private static InvalidInputException invalid(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e;
    } catch (ConstraintViolationException e) {
      return InvalidInputException.of(e);
    }
    throw new AssertionError("InvalidInputException or ConstraintViolationException expected");
  }

  @Test
  void anEmployerAddsALinkWorkerToTheirOwnOrganisation() {
    PersonView added =
        add("emma.employer", riverside, worker("Kim.New", "trainee", "sam.supervisor"));

    assertThat(added.username()).isEqualTo("kim.new");
    assertThat(added.stage()).isEqualTo("TRAINEE");
    assertThat(added.supervisor()).isEqualTo("sam.supervisor");
    assertThat(added.organisationName()).isEqualTo("Riverside");
    assertThat(added.active()).isTrue();
    Optional<Caller> kim = bed.accounts(a -> a.signIn("kim.new", PASSWORD, null));
    assertThat(kim).isPresent();
  }

  @Test
  void addingAPersonIsAuditedWithoutThePassword() {
    add("emma.employer", riverside, worker("kim.new", "TRAINEE", null));

    AuditEntry entry =
        bed.auditEntries().stream()
            .filter(e -> e.getAction().equals("PERSON_ADDED"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.getActor()).isEqualTo("emma.employer");
    assertThat(entry.getSubject()).isEqualTo("person:kim.new");
    assertThat(entry.getDetail())
        .contains("roles [LINK_WORKER]")
        .contains("stage TRAINEE")
        .doesNotContain(PASSWORD);
  }

  @Test
  void anEmployerCannotAddToAnotherOrganisation() {
    assertThatThrownBy(() -> add("emma.employer", hillside, worker("kim.new", "TRAINEE", null)))
        .isInstanceOf(NotVisibleException.class)
        .hasMessage("No such organisation.");
    assertThat(bed.auditEntries()).extracting(AuditEntry::getAction).doesNotContain("PERSON_ADDED");
  }

  @Test
  void peopleWhoSeeTheirOrganisationButDoNotManageItCannotAddToIt() {
    assertThatThrownBy(
            () ->
                add(
                    "pat.provider",
                    learning,
                    new NewPerson(
                        "pip.provider", "Pip", PASSWORD, Set.of(Role.PROVIDER), null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> add("sam.supervisor", riverside, worker("kim.new", null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> add("alex.link", riverside, worker("kim.new", null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theStewardAddsToAnyOrganisation() {
    assertThat(add("steward", hillside, worker("kim.new", "LEAD", "hal.supervisor")).stage())
        .isEqualTo("LEAD");
  }

  @Test
  void aTakenUsernameIsRefusedOnTheUsernameField() {
    InvalidInputException e =
        invalid(() -> add("emma.employer", riverside, worker("Alex.Link", "TRAINEE", null)));

    assertThat(e.fieldErrors())
        .containsExactly(java.util.Map.entry("username", "That username is taken."));
  }

  @Test
  void theAuditLogsNameForTheSystemIsNotAUsername() {
    InvalidInputException e =
        invalid(() -> add("emma.employer", riverside, worker("System", "TRAINEE", null)));

    assertThat(e.fieldErrors()).containsEntry("username", "That username is taken.");
  }

  @Test
  void everyProblemAFieldHasOfItselfIsNamedByItsField() {
    InvalidInputException e =
        invalid(
            () ->
                add(
                    "emma.employer",
                    riverside,
                    new NewPerson("no", " ", null, Set.of(), "SENIOR\u0000", "x".repeat(61))));

    assertThat(e.fieldErrors())
        .containsOnlyKeys("username", "displayName", "password", "roles", "stage", "supervisor");
    assertThat(e.fieldErrors())
        .containsEntry("username", "A username is 3 to 60 characters long.")
        .containsEntry("displayName", "Enter the name people will see.")
        .containsEntry("roles", "Choose at least one role.")
        .containsEntry(
            "stage",
            "Use one line of plain text: no line breaks, tabs or other control characters.");
    assertThat(findPerson("steward", "no")).isEmpty();
  }

  @Test
  void aNameWithAControlCharacterIsRefusedAndNothingIsStored() {
    for (String name :
        List.of("Kim\u0000Smith", "Kim\nSmith", "Kim\u001bSmith", "Kim\u2028Smith")) {
      InvalidInputException e =
          invalid(
              () ->
                  add(
                      "emma.employer",
                      riverside,
                      new NewPerson(
                          "kim.new", name, PASSWORD, Set.of(Role.LINK_WORKER), null, null)));
      assertThat(e.fieldErrors()).containsOnlyKeys("displayName");
    }
    assertThat(findPerson("steward", "kim.new")).isEmpty();
  }

  @Test
  void aUsernameIsStoredTrimmedAndInLowerCase() {
    assertThat(add("emma.employer", riverside, worker("  Kim.New ", null, null)).username())
        .isEqualTo("kim.new");
  }

  @Test
  void aNewPasswordFollowsThePasswordPolicy() {
    for (String weak : List.of("kim.new-password", "password1234", "eleven-char")) {
      InvalidInputException e =
          invalid(
              () ->
                  add(
                      "emma.employer",
                      riverside,
                      new NewPerson("kim.new", "Kim", weak, Set.of(Role.LINK_WORKER), null, null)));
      assertThat(e.fieldErrors()).containsOnlyKeys("password");
    }
  }

  @Test
  void rolesMustSuitTheOrganisation() {
    InvalidInputException provider =
        invalid(
            () ->
                add(
                    "emma.employer",
                    riverside,
                    new NewPerson("kim.new", "Kim", PASSWORD, Set.of(Role.PROVIDER), null, null)));
    InvalidInputException steward =
        invalid(
            () ->
                add(
                    "steward",
                    riverside,
                    new NewPerson("kim.new", "Kim", PASSWORD, Set.of(Role.STEWARD), null, null)));

    assertThat(provider.fieldErrors())
        .containsEntry("roles", "People of Riverside cannot hold the role PROVIDER.");
    assertThat(steward.fieldErrors()).containsOnlyKeys("roles");
  }

  @Test
  void theStageMustBeAStageOfTheCurrentFrameworkAndOnlyForLinkWorkers() {
    InvalidInputException unknown =
        invalid(() -> add("emma.employer", riverside, worker("kim.new", "WIZARD", null)));
    InvalidInputException notWorker =
        invalid(
            () ->
                add(
                    "emma.employer",
                    riverside,
                    new NewPerson(
                        "kim.new", "Kim", PASSWORD, Set.of(Role.EMPLOYER), "SENIOR", null)));

    assertThat(unknown.fieldErrors())
        .containsEntry(
            "stage",
            "WIZARD is not a career stage of a current framework; choose one of TRAINEE,"
                + " LINK_WORKER, SENIOR, LEAD.");
    assertThat(notWorker.fieldErrors())
        .containsEntry("stage", "Only link workers have a career stage.");
  }

  @Test
  void aLinkWorkerGivenNoStageStartsAtTheFirstStage() {
    assertThat(add("emma.employer", riverside, worker("kim.new", null, null)).stage())
        .isEqualTo("TRAINEE");
  }

  @Test
  void theSupervisorMustBeAnActiveSupervisorOfTheSameOrganisation() {
    bed.person("gone.supervisor", riverside, Role.SUPERVISOR);
    bed.people(o -> o.deactivate(as("emma.employer"), "gone.supervisor"));

    for (String supervisor :
        List.of("hal.supervisor", "alex.link", "gone.supervisor", "nobody.at.all")) {
      InvalidInputException e =
          invalid(() -> add("emma.employer", riverside, worker("kim.new", null, supervisor)));
      assertThat(e.fieldErrors())
          .containsEntry(
              "supervisor", supervisor + " is not an active supervisor in this organisation.");
    }
    InvalidInputException notWorker =
        invalid(
            () ->
                add(
                    "emma.employer",
                    riverside,
                    new NewPerson(
                        "kim.new",
                        "Kim",
                        PASSWORD,
                        Set.of(Role.EMPLOYER),
                        null,
                        "sam.supervisor")));
    assertThat(notWorker.fieldErrors()).containsOnlyKeys("supervisor");
  }

  @Test
  void peopleArePagedByDisplayNameInAFixedNumberOfStatements() {
    for (int i = 0; i < 12; i++) {
      bed.person("worker" + i, riverside, Set.of(Role.LINK_WORKER), "TRAINEE", "sam.supervisor");
    }
    Caller emma = as("emma.employer");

    int small = StatementCounter.during(() -> people(o -> o.people(emma, riverside, 0, 2)));
    int large = StatementCounter.during(() -> people(o -> o.people(emma, riverside, 0, 50)));
    Page<PersonView> page = people(o -> o.people(emma, riverside, 3, 4));

    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
    assertThat(page.total()).isEqualTo(16);
    assertThat(page.offset()).isEqualTo(3);
    assertThat(page.limit()).isEqualTo(4);
    List<PersonView> all = people(o -> o.people(emma, riverside, 0, 100)).items();
    assertThat(all).extracting(PersonView::displayName).isSorted();
    assertThat(page.items()).isEqualTo(all.subList(3, 7));
    PersonView worker =
        all.stream().filter(p -> p.username().equals("worker3")).findFirst().orElseThrow();
    assertThat(worker.roles()).containsExactly(Role.LINK_WORKER);
    assertThat(worker.supervisor()).isEqualTo("sam.supervisor");
    assertThat(worker.organisationName()).isEqualTo("Riverside");
    assertThat(worker.version()).isEqualTo(version("worker3"));
  }

  @Test
  void aPageIsAtMostTheMaximumLong() {
    Page<PersonView> page =
        people(o -> o.people(as("steward"), riverside, 0, Page.MAX_LIMIT + 500));

    assertThat(page.limit()).isEqualTo(Page.MAX_LIMIT);
    assertThatThrownBy(() -> people(o -> o.people(as("steward"), riverside, -1, 10)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void onlyTheEmployerAndTheStewardListAnOrganisationsPeople() {
    assertThat(people(o -> o.people(as("steward"), riverside, 0, 10)).total()).isEqualTo(4);
    assertThatThrownBy(() -> people(o -> o.people(as("emma.employer"), hillside, 0, 10)))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> people(o -> o.people(as("sam.supervisor"), riverside, 0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people(o -> o.people(as("alex.link"), riverside, 0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people(o -> o.people(as("pat.provider"), riverside, 0, 10)))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void whoSeesWhom() {
    assertThat(findPerson("alex.link", "alex.link")).isPresent();
    assertThat(findPerson("alex.link", "lee.trainee")).isEmpty();
    assertThat(findPerson("sam.supervisor", "alex.link")).isPresent();
    assertThat(findPerson("sam.supervisor", "lee.trainee")).isEmpty();
    assertThat(findPerson("emma.employer", "lee.trainee")).isPresent();
    assertThat(findPerson("hana.employer", "lee.trainee")).isEmpty();
    assertThat(findPerson("pat.provider", "alex.link")).isEmpty();
    assertThat(findPerson("steward", "pat.provider")).isPresent();
    assertThat(findPerson("emma.employer", "nobody")).isEmpty();
  }

  @Test
  void anEmployerChangesAPersonAndTheChangeIsAuditedFromWhatToWhat() {
    PersonView changed =
        update(
            "emma.employer",
            "lee.trainee",
            new PersonChange(
                "Lee T.", null, "LINK_WORKER", "sam.supervisor", version("lee.trainee")));

    assertThat(changed.displayName()).isEqualTo("Lee T.");
    assertThat(changed.stage()).isEqualTo("LINK_WORKER");
    assertThat(changed.supervisor()).isEqualTo("sam.supervisor");
    assertThat(changed.version()).isGreaterThan(0).isEqualTo(version("lee.trainee"));
    AuditEntry entry = bed.lastAuditEntry();
    assertThat(entry.getAction()).isEqualTo("PERSON_CHANGED");
    assertThat(entry.getActor()).isEqualTo("emma.employer");
    assertThat(entry.getSubject()).isEqualTo("person:lee.trainee");
    assertThat(entry.getDetail())
        .isEqualTo(
            "displayName \"Name of lee.trainee\" → \"Lee T.\"; stage TRAINEE → LINK_WORKER;"
                + " supervisor none → sam.supervisor");
  }

  @Test
  void aChangeOfRolesAloneMovesTheVersionOn() {
    long before = version("lee.trainee");

    PersonView changed =
        update(
            "emma.employer",
            "lee.trainee",
            new PersonChange(null, Set.of(Role.LINK_WORKER, Role.SUPERVISOR), null, null, before));

    assertThat(changed.version()).isGreaterThan(before);
    assertThat(bed.lastAuditEntry().getDetail())
        .isEqualTo("roles [LINK_WORKER] → [LINK_WORKER, SUPERVISOR]");
  }

  @Test
  void aStaleVersionIsRefused() {
    long stale = version("lee.trainee");
    update("emma.employer", "lee.trainee", new PersonChange("Lee", null, null, null, stale));

    assertThatThrownBy(
            () ->
                update(
                    "emma.employer",
                    "lee.trainee",
                    new PersonChange("Leo", null, null, null, stale)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(bed.person("lee.trainee").getDisplayName()).isEqualTo("Lee");
  }

  @Test
  void aChangeThatChangesNothingIsNotAudited() {
    int entries = bed.auditEntries().size();
    long version = version("lee.trainee");

    PersonView same =
        update(
            "emma.employer",
            "lee.trainee",
            new PersonChange("Name of lee.trainee", null, "TRAINEE", null, version));

    assertThat(same.version()).isEqualTo(version);
    assertThat(bed.auditEntries()).hasSize(entries);
  }

  @Test
  void someoneWhoStopsBeingALinkWorkerLosesStageAndSupervisor() {
    PersonView changed =
        update(
            "emma.employer",
            "alex.link",
            new PersonChange(null, Set.of(Role.EMPLOYER), null, null, version("alex.link")));

    assertThat(changed.stage()).isNull();
    assertThat(changed.supervisor()).isNull();
  }

  @Test
  void someoneWhoBecomesALinkWorkerStartsAtTheFirstStage() {
    PersonView changed =
        update(
            "emma.employer",
            "emma.employer",
            new PersonChange(
                null,
                Set.of(Role.EMPLOYER, Role.LINK_WORKER),
                null,
                null,
                version("emma.employer")));

    assertThat(changed.stage()).isEqualTo("TRAINEE");
  }

  @Test
  void aBlankSupervisorRemovesTheSupervisorAndABlankStageIsRefused() {
    PersonView changed =
        update(
            "emma.employer",
            "alex.link",
            new PersonChange(null, null, null, "", version("alex.link")));
    InvalidInputException blankStage =
        invalid(
            () ->
                update(
                    "emma.employer",
                    "alex.link",
                    new PersonChange(null, null, " ", null, version("alex.link"))));

    assertThat(changed.supervisor()).isNull();
    assertThat(blankStage.fieldErrors()).containsOnlyKeys("stage");
  }

  @Test
  void nobodySupervisesThemselves() {
    InvalidInputException e =
        invalid(
            () ->
                update(
                    "emma.employer",
                    "sam.supervisor",
                    new PersonChange(
                        null, null, null, "sam.supervisor", version("sam.supervisor"))));

    assertThat(e.fieldErrors()).containsOnlyKeys("supervisor");
  }

  @Test
  void aSupervisorWithPeopleToSuperviseKeepsTheRole() {
    InvalidInputException e =
        invalid(
            () ->
                update(
                    "emma.employer",
                    "sam.supervisor",
                    new PersonChange(
                        null, Set.of(Role.LINK_WORKER), null, null, version("sam.supervisor"))));

    assertThat(e.fieldErrors())
        .containsEntry(
            "roles",
            "sam.supervisor still supervises link workers; give them another supervisor first.");
  }

  @Test
  void onlyTheEmployerOrTheStewardChangesAnAccount() {
    PersonChange rename = new PersonChange("X", null, null, null, version("alex.link"));

    assertThatThrownBy(() -> update("sam.supervisor", "alex.link", rename))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> update("alex.link", "alex.link", rename))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> update("hana.employer", "alex.link", rename))
        .isInstanceOf(NotVisibleException.class)
        .hasMessage("No such person.");
    assertThatThrownBy(() -> update("emma.employer", "nobody", rename))
        .isInstanceOf(NotVisibleException.class)
        .hasMessage("No such person.");
    assertThat(update("steward", "alex.link", rename).displayName()).isEqualTo("X");
  }

  @Test
  void deactivationAndReactivationAreAuditedAndHappenOnce() {
    PersonView deactivated = people(o -> o.deactivate(as("emma.employer"), "lee.trainee"));
    PersonView again = people(o -> o.deactivate(as("emma.employer"), "lee.trainee"));
    PersonView reactivated = people(o -> o.reactivate(as("steward"), "lee.trainee"));

    assertThat(deactivated.active()).isFalse();
    assertThat(again.active()).isFalse();
    assertThat(reactivated.active()).isTrue();
    assertThat(bed.auditEntries())
        .filteredOn(e -> e.getSubject() != null && e.getSubject().equals("person:lee.trainee"))
        .extracting(AuditEntry::getAction, AuditEntry::getActor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PERSON_DEACTIVATED", "emma.employer"),
            org.assertj.core.groups.Tuple.tuple("PERSON_REACTIVATED", "steward"));
  }

  @Test
  void aDeactivatedPersonKeepsTheirAccountAndRecords() {
    people(o -> o.deactivate(as("emma.employer"), "alex.link"));

    PersonView kept = findPerson("emma.employer", "alex.link").orElseThrow();
    assertThat(kept.active()).isFalse();
    assertThat(kept.stage()).isEqualTo("LINK_WORKER");
    assertThat(kept.supervisor()).isEqualTo("sam.supervisor");
  }

  @Test
  void nobodyDeactivatesThemselves() {
    assertThatThrownBy(() -> people(o -> o.deactivate(as("emma.employer"), "emma.employer")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people(o -> o.deactivate(as("steward"), "steward")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyTheEmployerOrTheStewardDeactivates() {
    assertThatThrownBy(() -> people(o -> o.deactivate(as("sam.supervisor"), "alex.link")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people(o -> o.deactivate(as("hana.employer"), "alex.link")))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> people(o -> o.deactivate(as("pat.provider"), "alex.link")))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void meIsTheCallersOwnAccount() {
    PersonView me = people(o -> o.me(as("alex.link")));

    assertThat(me.username()).isEqualTo("alex.link");
    assertThat(me.organisationId()).isEqualTo(riverside);
    assertThat(me.stage()).isEqualTo("LINK_WORKER");
    assertThat(people(o -> o.me(as("steward"))).organisationId()).isNull();
  }

  @Test
  void theCallersStageIsReadAloneAndNoneForSomeoneWithoutOne() {
    Optional<String> worker = people(o -> o.stageOf(as("alex.link")));
    Optional<String> steward = people(o -> o.stageOf(as("steward")));

    assertThat(worker).contains("LINK_WORKER");
    assertThat(steward).isEmpty();
  }

  @Test
  void aStageOfEitherProfessionCanBeGivenAndAnUnknownOneListsThemAll() {
    bed.withSecondProfession();
    String northgate = bed.organisation("Northgate", OrganisationKind.EMPLOYER);
    bed.person("nell.employer", northgate, Role.EMPLOYER);

    PersonView coach = add("nell.employer", northgate, worker("cara.coach", "coach", null));
    InvalidInputException unknown =
        invalid(() -> add("nell.employer", northgate, worker("kim.new", "WIZARD", null)));

    assertThat(coach.stage()).isEqualTo("COACH");
    assertThat(unknown.fieldErrors())
        .containsEntry(
            "stage",
            "WIZARD is not a career stage of a current framework; choose one of TRAINEE,"
                + " LINK_WORKER, SENIOR, LEAD, TRAINEE_COACH, COACH, SENIOR_COACH, LEAD_COACH.");
  }

  @Test
  void aLinkWorkerGivenNoStageStartsAtTheFirstStageOfTheirOrganisationsFramework() {
    bed.withSecondProfession();
    String northgate = bed.organisation("Northgate", OrganisationKind.EMPLOYER);
    String newcomers = bed.organisation("Newcomers", OrganisationKind.EMPLOYER);
    bed.person("nell.employer", northgate, Role.EMPLOYER);
    bed.person("nia.employer", newcomers, Role.EMPLOYER);
    bed.person("cara.coach", northgate, Set.of(Role.LINK_WORKER), "COACH", null);

    PersonView coach = add("nell.employer", northgate, worker("toby.trainee", null, null));
    PersonView linkWorker = add("emma.employer", riverside, worker("kim.new", null, null));
    PersonView first = add("nia.employer", newcomers, worker("ned.new", null, null));

    // Northgate's people are coaches; Riverside's link workers; an organisation with no one yet
    // starts in the default framework, the link worker framework, which its data marks so.
    assertThat(coach.stage()).isEqualTo("TRAINEE_COACH");
    assertThat(linkWorker.stage()).isEqualTo("TRAINEE");
    assertThat(first.stage()).isEqualTo("TRAINEE");
  }
}
