package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkworker.trellis.identity.entity.Role;

/**
 * PRODUCT.md's access rule, as matrices. The first tests ask the account questions with the
 * boundary's {@link PersonView}, as the identity pages do: every role, in one of two organisations
 * (A and B) or in none, against every question about things of A and of B. The tables further down
 * hold every question the policy answers on identity facts alone, for every role, and say exactly
 * which answers are yes.
 */
class AccessPolicyTest {

  private static final String A = "organisation-a";
  private static final String B = "organisation-b";

  private final AccessPolicy policy = new AccessPolicy();

  private static Caller caller(String username, String organisation, Role... roles) {
    return new Caller(username, "Name of " + username, Set.of(roles), organisation);
  }

  private static PersonView person(String username, String organisation, String supervisor) {
    return new PersonView(
        username,
        "Name of " + username,
        Set.of(Role.LINK_WORKER),
        organisation,
        organisation == null ? null : "Org " + organisation,
        "TRAINEE",
        supervisor,
        true,
        1);
  }

  // The things asked about: organisations A and B, and people of each.
  private static final PersonView SUPERVISED_IN_A = person("wrk.a", A, "sup.a");
  private static final PersonView UNSUPERVISED_IN_A = person("other.a", A, null);
  private static final PersonView SUPERVISED_IN_B = person("wrk.b", B, "sup.b");
  private static final PersonView STEWARD_ACCOUNT = person("other.steward", null, null);

  /** Every yes the policy gives a caller, as "question:thing" words. */
  private List<String> yeses(Caller caller) {
    List<String> yes = new ArrayList<>();
    if (policy.mayManageOrganisations(caller)) {
      yes.add("manageOrganisations");
    }
    if (policy.maySeeAudit(caller)) {
      yes.add("seeAudit");
    }
    for (String organisation : List.of(A, B)) {
      String name = organisation.equals(A) ? "A" : "B";
      if (policy.maySeeOrganisation(caller, organisation)) {
        yes.add("seeOrganisation:" + name);
      }
      if (policy.mayManagePeopleOf(caller, organisation)) {
        yes.add("managePeople:" + name);
      }
    }
    Map<String, PersonView> people = new LinkedHashMap<>();
    people.put("supervisedA", SUPERVISED_IN_A);
    people.put("unsupervisedA", UNSUPERVISED_IN_A);
    people.put("supervisedB", SUPERVISED_IN_B);
    people.put("stewardAccount", STEWARD_ACCOUNT);
    people.put("self", person(caller.username(), caller.organisationId(), null));
    people.forEach(
        (name, person) -> {
          if (policy.maySeePerson(caller, Owner.of(person))) {
            yes.add("seePerson:" + name);
          }
          if (policy.mayManagePerson(caller, Owner.of(person))) {
            yes.add("managePerson:" + name);
          }
        });
    return yes;
  }

  @Test
  void theStewardManagesEverythingAndSeesTheAuditLog() {
    assertThat(yeses(caller("steward", null, Role.STEWARD)))
        .containsExactlyInAnyOrder(
            "manageOrganisations",
            "seeAudit",
            "seeOrganisation:A",
            "managePeople:A",
            "seeOrganisation:B",
            "managePeople:B",
            "seePerson:supervisedA",
            "managePerson:supervisedA",
            "seePerson:unsupervisedA",
            "managePerson:unsupervisedA",
            "seePerson:supervisedB",
            "managePerson:supervisedB",
            "seePerson:stewardAccount",
            "managePerson:stewardAccount",
            "seePerson:self",
            "managePerson:self");
  }

  @Test
  void anEmployerSeesAndManagesThePeopleOfTheirOwnOrganisationOnly() {
    List<String> expected =
        List.of(
            "seeOrganisation:A",
            "managePeople:A",
            "seePerson:supervisedA",
            "managePerson:supervisedA",
            "seePerson:unsupervisedA",
            "managePerson:unsupervisedA",
            "seePerson:self",
            "managePerson:self");
    assertThat(yeses(caller("emp.a", A, Role.EMPLOYER)))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(yeses(caller("emp.b", B, Role.EMPLOYER)))
        .containsExactlyInAnyOrder(
            "seeOrganisation:B",
            "managePeople:B",
            "seePerson:supervisedB",
            "managePerson:supervisedB",
            "seePerson:self",
            "managePerson:self");
  }

  @Test
  void aSupervisorSeesOnlyThemselvesAndTheWorkersTheySuperviseAndManagesNobody() {
    assertThat(yeses(caller("sup.a", A, Role.SUPERVISOR)))
        .containsExactlyInAnyOrder("seeOrganisation:A", "seePerson:supervisedA", "seePerson:self");
    assertThat(yeses(caller("sup.b", B, Role.SUPERVISOR, Role.LINK_WORKER)))
        .containsExactlyInAnyOrder("seeOrganisation:B", "seePerson:supervisedB", "seePerson:self");
  }

  @Test
  void aSupervisorOfTheSameNameInAnotherOrganisationSeesNothingOfIt() {
    // Only the organisation's own supervisor: a name alone gives nothing across organisations.
    assertThat(yeses(caller("sup.a", B, Role.SUPERVISOR)))
        .containsExactlyInAnyOrder("seeOrganisation:B", "seePerson:self");
  }

  @Test
  void aLinkWorkerSeesOnlyThemselvesAndTheirOrganisation() {
    assertThat(yeses(caller("wrk.a", A, Role.LINK_WORKER)))
        .containsExactlyInAnyOrder("seeOrganisation:A", "seePerson:supervisedA", "seePerson:self");
    assertThat(yeses(caller("lee.a", A, Role.LINK_WORKER)))
        .containsExactlyInAnyOrder("seeOrganisation:A", "seePerson:self");
    assertThat(yeses(caller("lee.b", B, Role.LINK_WORKER)))
        .containsExactlyInAnyOrder("seeOrganisation:B", "seePerson:self");
  }

  @Test
  void aProviderSeesOnlyTheirOwnOrganisationAndThemselves() {
    assertThat(yeses(caller("pat.a", A, Role.PROVIDER)))
        .containsExactlyInAnyOrder("seeOrganisation:A", "seePerson:self");
    assertThat(yeses(caller("pat.b", B, Role.PROVIDER)))
        .containsExactlyInAnyOrder("seeOrganisation:B", "seePerson:self");
  }

  @Test
  void someoneOfNoOrganisationWhoIsNotTheStewardSeesOnlyThemselves() {
    for (Role role : List.of(Role.EMPLOYER, Role.SUPERVISOR, Role.LINK_WORKER, Role.PROVIDER)) {
      assertThat(yeses(caller("loner", null, role)))
          .as(role.name())
          .containsExactly("seePerson:self");
    }
  }

  // --- the questions on identity facts, as tables a reviewer can check against PRODUCT.md ---

  private static final AccessPolicy POLICY = new AccessPolicy();

  private static final String CALLER = "caller";

  /** The role sets a row names: each role alone, and the senior link worker who supervises. */
  private static final List<Set<Role>> ROLE_SETS =
      Stream.concat(
              Arrays.stream(Role.values()).map(EnumSet::of),
              Stream.of(EnumSet.of(Role.SUPERVISOR, Role.LINK_WORKER)))
          .<Set<Role>>map(Set::copyOf)
          .toList();

  /** The organisation cases: the caller's and the thing's, with none meaning both have none. */
  private enum Organisations {
    SAME(A, A),
    OTHER(A, B),
    NONE(null, null);

    final String caller;
    final String thing;

    Organisations(String caller, String thing) {
      this.caller = caller;
      this.thing = thing;
    }
  }

  /** Whose the thing is, seen from the caller. */
  private enum Whose {
    SELF,
    SUPERVISED_BY_CALLER,
    SOMEONE_ELSES;

    Owner owner(String organisation, boolean active) {
      return switch (this) {
        case SELF -> new Owner(CALLER, organisation, "their.supervisor", active);
        case SUPERVISED_BY_CALLER -> new Owner("worker", organisation, CALLER, active);
        case SOMEONE_ELSES -> new Owner("worker", organisation, "their.supervisor", active);
      };
    }
  }

  private static final Map<String, BiPredicate<Caller, Owner>> OWNER_QUESTIONS =
      questions(
          Map.entry("seePerson", POLICY::maySeePerson),
          Map.entry("managePerson", POLICY::mayManagePerson),
          Map.entry("seePortfolio", POLICY::maySeePortfolio),
          Map.entry("changePortfolio", POLICY::mayChangePortfolio),
          Map.entry("seeReflectionsAndEvidence", POLICY::maySeeReflectionsAndEvidence),
          Map.entry("verify", POLICY::mayVerify),
          Map.entry("assess", POLICY::mayAssess),
          Map.entry("recordSupervision", POLICY::mayRecordSupervision),
          Map.entry("seePrivateNotes", POLICY::maySeePrivateNotes),
          Map.entry("seeGapReport", POLICY::maySeeGapReport),
          Map.entry("seeDeclarations", POLICY::maySeeDeclarations),
          Map.entry("exportPortfolio", POLICY::mayExportPortfolio));

  /** The questions that change a person's portfolio: none once the person is deactivated. */
  private static final Set<String> PORTFOLIO_CHANGES =
      Set.of("changePortfolio", "verify", "assess", "recordSupervision");

  /**
   * Questions about a person's things. Y: yes, .: no. The caller is in organisation A and the owner
   * in A (same) or B (other), or both are of no organisation (none). "self": the caller's own;
   * "sup": of a worker whose supervisor is the caller; "not": of a worker someone else supervises.
   */
  private static final String OWNER_TABLE =
      """
      #                                                same           other          none
      # question                role                   self sup not   self sup not   self sup not
      seePerson                 LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seePerson                 SUPERVISOR             Y    Y   .     Y    .   .     Y    .   .
      seePerson                 SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      seePerson                 EMPLOYER               Y    Y   Y     Y    .   .     Y    .   .
      seePerson                 PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seePerson                 STEWARD                Y    Y   Y     Y    Y   Y     Y    Y   Y

      managePerson              LINK_WORKER            .    .   .     .    .   .     .    .   .
      managePerson              SUPERVISOR             .    .   .     .    .   .     .    .   .
      managePerson              SUPERVISOR+LINK_WORKER .    .   .     .    .   .     .    .   .
      managePerson              EMPLOYER               Y    Y   Y     .    .   .     .    .   .
      managePerson              PROVIDER               .    .   .     .    .   .     .    .   .
      managePerson              STEWARD                Y    Y   Y     Y    Y   Y     Y    Y   Y

      # A link worker's own; their supervisor's; their employer's. The steward sees reports only.
      seePortfolio              LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seePortfolio              SUPERVISOR             Y    Y   .     Y    .   .     Y    .   .
      seePortfolio              SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      seePortfolio              EMPLOYER               Y    Y   Y     Y    .   .     Y    .   .
      seePortfolio              PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seePortfolio              STEWARD                Y    .   .     Y    .   .     Y    .   .

      # Only the link worker changes a portfolio, and only their own.
      changePortfolio           LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      changePortfolio           SUPERVISOR             .    .   .     .    .   .     .    .   .
      changePortfolio           SUPERVISOR+LINK_WORKER Y    .   .     Y    .   .     Y    .   .
      changePortfolio           EMPLOYER               .    .   .     .    .   .     .    .   .
      changePortfolio           PROVIDER               .    .   .     .    .   .     .    .   .
      changePortfolio           STEWARD                .    .   .     .    .   .     .    .   .

      # The worker and their supervisor only: never the employer, never the steward.
      seeReflectionsAndEvidence LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seeReflectionsAndEvidence SUPERVISOR             Y    Y   .     Y    .   .     Y    .   .
      seeReflectionsAndEvidence SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      seeReflectionsAndEvidence EMPLOYER               Y    .   .     Y    .   .     Y    .   .
      seeReflectionsAndEvidence PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seeReflectionsAndEvidence STEWARD                Y    .   .     Y    .   .     Y    .   .

      # The supervisor of that worker, in that organisation, and never for their own entries.
      verify                    LINK_WORKER            .    .   .     .    .   .     .    .   .
      verify                    SUPERVISOR             .    Y   .     .    .   .     .    .   .
      verify                    SUPERVISOR+LINK_WORKER .    Y   .     .    .   .     .    .   .
      verify                    EMPLOYER               .    .   .     .    .   .     .    .   .
      verify                    PROVIDER               .    .   .     .    .   .     .    .   .
      verify                    STEWARD                .    .   .     .    .   .     .    .   .

      assess                    LINK_WORKER            .    .   .     .    .   .     .    .   .
      assess                    SUPERVISOR             .    Y   .     .    .   .     .    .   .
      assess                    SUPERVISOR+LINK_WORKER .    Y   .     .    .   .     .    .   .
      assess                    EMPLOYER               .    .   .     .    .   .     .    .   .
      assess                    PROVIDER               .    .   .     .    .   .     .    .   .
      assess                    STEWARD                .    .   .     .    .   .     .    .   .

      # The worker in their own log, or their supervisor; never the employer or the steward.
      recordSupervision         LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      recordSupervision         SUPERVISOR             .    Y   .     .    .   .     .    .   .
      recordSupervision         SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      recordSupervision         EMPLOYER               .    .   .     .    .   .     .    .   .
      recordSupervision         PROVIDER               .    .   .     .    .   .     .    .   .
      recordSupervision         STEWARD                .    .   .     .    .   .     .    .   .

      # Supervision notes stay with the worker: not even their supervisor reads them.
      seePrivateNotes           LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seePrivateNotes           SUPERVISOR             Y    .   .     Y    .   .     Y    .   .
      seePrivateNotes           SUPERVISOR+LINK_WORKER Y    .   .     Y    .   .     Y    .   .
      seePrivateNotes           EMPLOYER               Y    .   .     Y    .   .     Y    .   .
      seePrivateNotes           PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seePrivateNotes           STEWARD                Y    .   .     Y    .   .     Y    .   .

      # The worker, their supervisor, their employer, and the steward, who sees every report.
      seeGapReport              LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seeGapReport              SUPERVISOR             Y    Y   .     Y    .   .     Y    .   .
      seeGapReport              SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      seeGapReport              EMPLOYER               Y    Y   Y     Y    .   .     Y    .   .
      seeGapReport              PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seeGapReport              STEWARD                Y    Y   Y     Y    Y   Y     Y    Y   Y

      # Whoever sees the portfolio, and the steward: a declaration is a statement, not private.
      seeDeclarations           LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      seeDeclarations           SUPERVISOR             Y    Y   .     Y    .   .     Y    .   .
      seeDeclarations           SUPERVISOR+LINK_WORKER Y    Y   .     Y    .   .     Y    .   .
      seeDeclarations           EMPLOYER               Y    Y   Y     Y    .   .     Y    .   .
      seeDeclarations           PROVIDER               Y    .   .     Y    .   .     Y    .   .
      seeDeclarations           STEWARD                Y    Y   Y     Y    Y   Y     Y    Y   Y

      # The whole portfolio, private notes and all, to take elsewhere: the person themself only.
      exportPortfolio           LINK_WORKER            Y    .   .     Y    .   .     Y    .   .
      exportPortfolio           SUPERVISOR             Y    .   .     Y    .   .     Y    .   .
      exportPortfolio           SUPERVISOR+LINK_WORKER Y    .   .     Y    .   .     Y    .   .
      exportPortfolio           EMPLOYER               Y    .   .     Y    .   .     Y    .   .
      exportPortfolio           PROVIDER               Y    .   .     Y    .   .     Y    .   .
      exportPortfolio           STEWARD                Y    .   .     Y    .   .     Y    .   .
      """;

  private static final Map<String, BiPredicate<Caller, String>> ORGANISATION_QUESTIONS =
      questions(
          Map.entry("seeOrganisation", POLICY::maySeeOrganisation),
          Map.entry("managePeopleOf", POLICY::mayManagePeopleOf),
          Map.entry("seeReportsOf", POLICY::maySeeReportsOf),
          Map.entry("seePublishedCourse", (c, provider) -> POLICY.maySeeCourse(c, provider, true)),
          Map.entry(
              "seeUnpublishedCourse", (c, provider) -> POLICY.maySeeCourse(c, provider, false)),
          Map.entry("changeCourse", POLICY::mayChangeCourse),
          Map.entry("seeProvisionOf", POLICY::maySeeProvisionOf));

  /**
   * Questions about an organisation's things (its people, its reports, the courses it offers as a
   * provider). Y: yes, .: no. The caller is in A and the thing of A (same) or B (other), or both
   * are of no organisation (none).
   */
  private static final String ORGANISATION_TABLE =
      """
      # question                role                   same  other none
      seeOrganisation           LINK_WORKER            Y     .     .
      seeOrganisation           SUPERVISOR             Y     .     .
      seeOrganisation           SUPERVISOR+LINK_WORKER Y     .     .
      seeOrganisation           EMPLOYER               Y     .     .
      seeOrganisation           PROVIDER               Y     .     .
      seeOrganisation           STEWARD                Y     Y     Y

      managePeopleOf            LINK_WORKER            .     .     .
      managePeopleOf            SUPERVISOR             .     .     .
      managePeopleOf            SUPERVISOR+LINK_WORKER .     .     .
      managePeopleOf            EMPLOYER               Y     .     .
      managePeopleOf            PROVIDER               .     .     .
      managePeopleOf            STEWARD                Y     Y     Y

      # Coverage, compliance, team gaps: the organisation's employer and the steward.
      seeReportsOf              LINK_WORKER            .     .     .
      seeReportsOf              SUPERVISOR             .     .     .
      seeReportsOf              SUPERVISOR+LINK_WORKER .     .     .
      seeReportsOf              EMPLOYER               Y     .     .
      seeReportsOf              PROVIDER               .     .     .
      seeReportsOf              STEWARD                Y     Y     Y

      # Everyone signed in reads published courses.
      seePublishedCourse        LINK_WORKER            Y     Y     Y
      seePublishedCourse        SUPERVISOR             Y     Y     Y
      seePublishedCourse        SUPERVISOR+LINK_WORKER Y     Y     Y
      seePublishedCourse        EMPLOYER               Y     Y     Y
      seePublishedCourse        PROVIDER               Y     Y     Y
      seePublishedCourse        STEWARD                Y     Y     Y

      # A provider sees and changes only their own courses; nobody else sees a draft.
      seeUnpublishedCourse      LINK_WORKER            .     .     .
      seeUnpublishedCourse      SUPERVISOR             .     .     .
      seeUnpublishedCourse      SUPERVISOR+LINK_WORKER .     .     .
      seeUnpublishedCourse      EMPLOYER               .     .     .
      seeUnpublishedCourse      PROVIDER               Y     .     .
      seeUnpublishedCourse      STEWARD                .     .     .

      changeCourse              LINK_WORKER            .     .     .
      changeCourse              SUPERVISOR             .     .     .
      changeCourse              SUPERVISOR+LINK_WORKER .     .     .
      changeCourse              EMPLOYER               .     .     .
      changeCourse              PROVIDER               Y     .     .
      changeCourse              STEWARD                .     .     .

      seeProvisionOf            LINK_WORKER            .     .     .
      seeProvisionOf            SUPERVISOR             .     .     .
      seeProvisionOf            SUPERVISOR+LINK_WORKER .     .     .
      seeProvisionOf            EMPLOYER               .     .     .
      seeProvisionOf            PROVIDER               Y     .     .
      seeProvisionOf            STEWARD                Y     Y     Y
      """;

  private static final Map<String, Predicate<Caller>> CALLER_QUESTIONS =
      questions(
          Map.entry("manageOrganisations", POLICY::mayManageOrganisations),
          Map.entry("seeAudit", POLICY::maySeeAudit),
          Map.entry("backUp", POLICY::mayBackUp),
          Map.entry("seeDemand", POLICY::maySeeDemand),
          Map.entry("seeNationalReports", POLICY::maySeeNationalReports),
          Map.entry("seeOwnImport", c -> POLICY.maySeeImport(c, c.username())),
          Map.entry("seeAnothersImport", c -> POLICY.maySeeImport(c, "someone.else")));

  /** Questions whose answer depends on the caller alone. Y: yes, .: no, in A or in none. */
  private static final String CALLER_TABLE =
      """
      # question                role                   in A  in none
      manageOrganisations       LINK_WORKER            .     .
      manageOrganisations       SUPERVISOR             .     .
      manageOrganisations       SUPERVISOR+LINK_WORKER .     .
      manageOrganisations       EMPLOYER               .     .
      manageOrganisations       PROVIDER               .     .
      manageOrganisations       STEWARD                Y     Y

      seeAudit                  LINK_WORKER            .     .
      seeAudit                  SUPERVISOR             .     .
      seeAudit                  SUPERVISOR+LINK_WORKER .     .
      seeAudit                  EMPLOYER               .     .
      seeAudit                  PROVIDER               .     .
      seeAudit                  STEWARD                Y     Y

      # Backups hold everyone's records: the steward alone makes them.
      backUp                    LINK_WORKER            .     .
      backUp                    SUPERVISOR             .     .
      backUp                    SUPERVISOR+LINK_WORKER .     .
      backUp                    EMPLOYER               .     .
      backUp                    PROVIDER               .     .
      backUp                    STEWARD                Y     Y

      # Demand only as counts: the providers who could meet it, and the steward.
      seeDemand                 LINK_WORKER            .     .
      seeDemand                 SUPERVISOR             .     .
      seeDemand                 SUPERVISOR+LINK_WORKER .     .
      seeDemand                 EMPLOYER               .     .
      seeDemand                 PROVIDER               Y     Y
      seeDemand                 STEWARD                Y     Y

      seeNationalReports        LINK_WORKER            .     .
      seeNationalReports        SUPERVISOR             .     .
      seeNationalReports        SUPERVISOR+LINK_WORKER .     .
      seeNationalReports        EMPLOYER               .     .
      seeNationalReports        PROVIDER               .     .
      seeNationalReports        STEWARD                Y     Y

      # An import is its starter's and the steward's.
      seeOwnImport              LINK_WORKER            Y     Y
      seeOwnImport              SUPERVISOR             Y     Y
      seeOwnImport              SUPERVISOR+LINK_WORKER Y     Y
      seeOwnImport              EMPLOYER               Y     Y
      seeOwnImport              PROVIDER               Y     Y
      seeOwnImport              STEWARD                Y     Y

      seeAnothersImport         LINK_WORKER            .     .
      seeAnothersImport         SUPERVISOR             .     .
      seeAnothersImport         SUPERVISOR+LINK_WORKER .     .
      seeAnothersImport         EMPLOYER               .     .
      seeAnothersImport         PROVIDER               .     .
      seeAnothersImport         STEWARD                Y     Y
      """;

  private static final List<String> OWNER_COLUMNS =
      Arrays.stream(Organisations.values())
          .flatMap(o -> Arrays.stream(Whose.values()).map(w -> o + "/" + w))
          .toList();
  private static final List<String> ORGANISATION_COLUMNS =
      Arrays.stream(Organisations.values()).map(Enum::name).toList();
  private static final List<String> CALLER_COLUMNS = List.of("in A", "in none");

  /** One cell of a table: a question asked by a caller of these roles, and the expected answer. */
  record Cell(String question, String roleNames, int column, String columnName, boolean yes) {
    Set<Role> roles() {
      return AccessPolicyTest.roles(roleNames);
    }

    @Override
    public String toString() {
      return question + " by " + roleNames + " (" + columnName + "): " + (yes ? "yes" : "no");
    }
  }

  static Stream<Cell> ownerCells() {
    return cells(OWNER_TABLE, OWNER_COLUMNS);
  }

  static Stream<Cell> organisationCells() {
    return cells(ORGANISATION_TABLE, ORGANISATION_COLUMNS);
  }

  static Stream<Cell> callerCells() {
    return cells(CALLER_TABLE, CALLER_COLUMNS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerCells")
  void answersQuestionsAboutAPersonsThingsAsTheTableSays(Cell cell) {
    Organisations organisations = Organisations.values()[cell.column() / Whose.values().length];
    Whose whose = Whose.values()[cell.column() % Whose.values().length];
    Caller caller = new Caller(CALLER, "The caller", cell.roles(), organisations.caller);

    boolean answer =
        OWNER_QUESTIONS.get(cell.question()).test(caller, whose.owner(organisations.thing, true));

    assertThat(answer).as(cell.toString()).isEqualTo(cell.yes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerCells")
  void aDeactivatedPersonsThingsStayVisibleButNobodyChangesTheirPortfolio(Cell cell) {
    Organisations organisations = Organisations.values()[cell.column() / Whose.values().length];
    Whose whose = Whose.values()[cell.column() % Whose.values().length];
    Caller caller = new Caller(CALLER, "The caller", cell.roles(), organisations.caller);

    boolean answer =
        OWNER_QUESTIONS.get(cell.question()).test(caller, whose.owner(organisations.thing, false));

    assertThat(answer)
        .as("%s in the table, but the owner is deactivated", cell)
        .isEqualTo(cell.yes() && !PORTFOLIO_CHANGES.contains(cell.question()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisationCells")
  void answersQuestionsAboutAnOrganisationsThingsAsTheTableSays(Cell cell) {
    Organisations organisations = Organisations.values()[cell.column()];
    Caller caller = new Caller(CALLER, "The caller", cell.roles(), organisations.caller);

    boolean answer = ORGANISATION_QUESTIONS.get(cell.question()).test(caller, organisations.thing);

    assertThat(answer).as(cell.toString()).isEqualTo(cell.yes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callerCells")
  void answersQuestionsAboutTheCallerAloneAsTheTableSays(Cell cell) {
    Caller caller = new Caller(CALLER, "The caller", cell.roles(), cell.column() == 0 ? A : null);

    assertThat(CALLER_QUESTIONS.get(cell.question()).test(caller))
        .as(cell.toString())
        .isEqualTo(cell.yes());
  }

  @Test
  void everyTableHasARowForEveryQuestionAndEveryRole() {
    assertThat(rowKeys(OWNER_TABLE, OWNER_COLUMNS))
        .containsExactlyInAnyOrderElementsOf(allRowKeys(OWNER_QUESTIONS.keySet()));
    assertThat(rowKeys(ORGANISATION_TABLE, ORGANISATION_COLUMNS))
        .containsExactlyInAnyOrderElementsOf(allRowKeys(ORGANISATION_QUESTIONS.keySet()));
    assertThat(rowKeys(CALLER_TABLE, CALLER_COLUMNS))
        .containsExactlyInAnyOrderElementsOf(allRowKeys(CALLER_QUESTIONS.keySet()));
  }

  @Test
  void aSupervisorNamedAsTheirOwnSupervisorStillNeverVerifiesOrAssessesTheirOwnEntries() {
    Caller senior = caller("sam", A, Role.SUPERVISOR, Role.LINK_WORKER);
    Owner ownEntries = new Owner("sam", A, "sam", true);

    assertThat(POLICY.mayVerify(senior, ownEntries)).isFalse();
    assertThat(POLICY.mayAssess(senior, ownEntries)).isFalse();
    assertThat(POLICY.mayChangePortfolio(senior, ownEntries)).isTrue();
    assertThat(POLICY.maySeeReflectionsAndEvidence(senior, ownEntries)).isTrue();
  }

  @Test
  void aSupervisorOfAnotherOrganisationNamedOnAWorkerOfNoOrganisationGetsNothingOfTheirs() {
    Caller supervisor = caller("sam", A, Role.SUPERVISOR, Role.EMPLOYER);
    Owner loneWorker = new Owner("lee", null, "sam", true);

    OWNER_QUESTIONS.forEach(
        (question, ask) -> assertThat(ask.test(supervisor, loneWorker)).as(question).isFalse());
  }

  @Test
  void aDeactivatedAccountIsStillSeenAndManagedAsItsFactsSay() {
    PersonView deactivated =
        new PersonView("wrk.a", "W", Set.of(Role.LINK_WORKER), A, "A", "LW", "sup.a", false, 3);
    Caller supervisor = caller("sup.a", A, Role.SUPERVISOR);
    Caller employer = caller("emp.a", A, Role.EMPLOYER);

    assertThat(Owner.of(deactivated)).isEqualTo(new Owner("wrk.a", A, "sup.a", false));
    assertThat(POLICY.maySeePerson(supervisor, Owner.of(deactivated))).isTrue();
    assertThat(POLICY.mayManagePerson(supervisor, Owner.of(deactivated))).isFalse();
    assertThat(POLICY.mayManagePerson(employer, Owner.of(deactivated))).isTrue();
  }

  @SafeVarargs
  private static <Q> Map<String, Q> questions(Map.Entry<String, Q>... entries) {
    Map<String, Q> questions = new LinkedHashMap<>();
    for (Map.Entry<String, Q> entry : entries) {
      questions.put(entry.getKey(), entry.getValue());
    }
    return questions;
  }

  private static Stream<Cell> cells(String table, List<String> columns) {
    return rows(table, columns).stream()
        .flatMap(
            row -> {
              List<Cell> cells = new ArrayList<>();
              for (int column = 0; column < columns.size(); column++) {
                String mark = row[2 + column];
                assertThat(mark).as("a cell of %s %s", row[0], row[1]).isIn("Y", ".");
                cells.add(new Cell(row[0], row[1], column, columns.get(column), mark.equals("Y")));
              }
              return cells.stream();
            });
  }

  private static List<String[]> rows(String table, List<String> columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : table.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\\s+");
      assertThat(row).as(line).hasSize(2 + columns.size());
      rows.add(row);
    }
    return rows;
  }

  private static Set<Role> roles(String names) {
    return Arrays.stream(names.split("\\+")).map(Role::valueOf).collect(Collectors.toSet());
  }

  private static String key(Set<Role> roles) {
    return EnumSet.copyOf(roles).toString();
  }

  private static List<String> rowKeys(String table, List<String> columns) {
    return rows(table, columns).stream().map(row -> row[0] + " " + key(roles(row[1]))).toList();
  }

  private static Set<String> allRowKeys(Set<String> questions) {
    Set<String> keys = new LinkedHashSet<>();
    for (String question : questions) {
      ROLE_SETS.forEach(roles -> keys.add(question + " " + key(roles)));
    }
    return keys;
  }
}
