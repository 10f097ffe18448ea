package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.Role;

/**
 * PRODUCT.md's access rule for organisations and people, as a matrix: every role, in one of two
 * organisations (A and B) or in none, against every question the policy answers about things of A
 * and of B. Each row says exactly which answers are yes.
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
          if (policy.maySeePerson(caller, person)) {
            yes.add("seePerson:" + name);
          }
          if (policy.mayManagePerson(caller, person)) {
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
}
