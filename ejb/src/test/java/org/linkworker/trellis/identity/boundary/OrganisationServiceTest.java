package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * Organisations: who creates and sees them (the access policy applied), what a new one needs, and
 * the audit of every change.
 */
class OrganisationServiceTest {

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
  void theStewardCreatesAnOrganisationAndItIsAudited() {
    OrganisationView created =
        organisations(
            o ->
                o.create(
                    as("steward"),
                    new NewOrganisation("  Northside PCN ", OrganisationKind.EMPLOYER)));

    assertThat(created.name()).isEqualTo("Northside PCN");
    assertThat(created.id()).matches("[0-9a-f-]{36}");
    assertThat(findOrganisation("steward", created.id())).contains(created);
    AuditEntry entry = bed.lastAuditEntry();
    assertThat(entry.getAction()).isEqualTo("ORGANISATION_CREATED");
    assertThat(entry.getActor()).isEqualTo("steward");
    assertThat(entry.getSubject()).isEqualTo("organisation:" + created.id());
    assertThat(entry.getDetail()).isEqualTo("name \"Northside PCN\", kind EMPLOYER");
  }

  @Test
  void onlyTheStewardCreatesOrganisations() {
    for (String caller : List.of("emma.employer", "sam.supervisor", "alex.link", "pat.provider")) {
      assertThatThrownBy(
              () ->
                  organisations(
                      o ->
                          o.create(
                              as(caller), new NewOrganisation("X", OrganisationKind.EMPLOYER))))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void anOrganisationNeedsANameAndAKind() {
    InvalidInputException e =
        invalid(
            () ->
                organisations(
                    o -> {
                      NewOrganisation blank = new NewOrganisation(" ", null);
                      IdentityTestBed.checkParameters(o, "create", as("steward"), blank);
                      return o.create(as("steward"), blank);
                    }));

    assertThat(e.fieldErrors()).containsOnlyKeys("name", "kind");
  }

  @Test
  void theStewardListsEveryOrganisationAndEveryoneElseTheirOwn() {
    assertThat(list("steward"))
        .extracting(OrganisationView::name)
        .containsExactly("Hillside", "Learning Partnership", "Riverside");
    assertThat(list("alex.link")).extracting(OrganisationView::id).containsExactly(riverside);
    assertThat(list("pat.provider")).extracting(OrganisationView::id).containsExactly(learning);
  }

  @Test
  void anotherOrganisationIsNotThereForAnyoneButTheSteward() {
    assertThat(findOrganisation("emma.employer", hillside)).isEmpty();
    assertThat(findOrganisation("pat.provider", riverside)).isEmpty();
    assertThat(findOrganisation("emma.employer", "no-such-id")).isEmpty();
    assertThat(findOrganisation("steward", hillside)).isPresent();
  }
}
