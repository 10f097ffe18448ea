package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.FirstSteward.Outcome;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.testing.CapturedLog;

/** The first steward of a fresh installation, from TRELLIS_STEWARD_USER/_PASSWORD. */
class FirstStewardTest {

  private IdentityTestBed bed;

  private final CapturedLog log = new CapturedLog(FirstSteward.class);

  @BeforeEach
  void setUp() {
    bed = new IdentityTestBed();
  }

  @AfterEach
  void tearDown() {
    log.close();
    bed.close();
  }

  private Outcome create(String username, String password) {
    return bed.query(
        em -> {
          FirstSteward firstSteward = new FirstSteward();
          firstSteward.em = em;
          firstSteward.audit = bed.auditLog(em);
          firstSteward.hasher = bed.hasher;
          return firstSteward.create(username, password);
        });
  }

  @Test
  void createsAStewardOfNoOrganisationWhoCanSignIn() {
    assertThat(create("Ops.Steward", "a-long-operator-secret")).isEqualTo(Outcome.CREATED);

    Person steward = bed.person("ops.steward");
    assertThat(steward.getRoles()).containsExactly(Role.STEWARD);
    assertThat(steward.getOrganisation()).isNull();
    Optional<Caller> caller =
        bed.accounts(a -> a.signIn("ops.steward", "a-long-operator-secret", null));
    assertThat(caller).isPresent();
  }

  @Test
  void theCreationIsAuditedAsTheSystemWithoutThePassword() {
    create("ops.steward", "a-long-operator-secret");

    AuditEntry entry = bed.auditEntries().get(0);
    assertThat(entry.getActor()).isEqualTo(AuditEntry.SYSTEM);
    assertThat(entry.getAction()).isEqualTo("PERSON_ADDED");
    assertThat(entry.getSubject()).isEqualTo("person:ops.steward");
    assertThat(entry.getDetail()).doesNotContain("a-long-operator-secret");
  }

  @Test
  void theStewardFromAnEarlierStartIsLeftAsItIsWithoutAWarning() {
    create("ops.steward", "a-long-operator-secret");
    String hash = bed.person("ops.steward").getPasswordHash();
    log.clear();

    assertThat(create("ops.steward", "a-long-operator-secret")).isEqualTo(Outcome.ALREADY_PRESENT);

    assertThat(bed.person("ops.steward").getPasswordHash()).isEqualTo(hash);
    assertThat(bed.auditEntries()).hasSize(1);
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void anotherPasswordForAnExistingAccountChangesNothingAndIsLogged() {
    create("ops.steward", "a-long-operator-secret");
    String hash = bed.person("ops.steward").getPasswordHash();

    assertThat(create("ops.steward", "another-long-operator-secret")).isEqualTo(Outcome.NAME_TAKEN);

    assertThat(bed.person("ops.steward").getPasswordHash()).isEqualTo(hash);
    assertThat(bed.auditEntries()).hasSize(1);
    assertThat(log.warnings()).singleElement().asString().contains("already taken");
  }

  @Test
  void theDemoStewardsNameIsNotTakenOverAndTheLogSaysWhy() {
    // As the demo data set leaves it: a steward called "steward" with the demo password.
    bed.person("steward", null, Role.STEWARD);
    String hash = bed.person("steward").getPasswordHash();

    assertThat(create("steward", "a-long-operator-secret")).isEqualTo(Outcome.NAME_TAKEN);

    assertThat(bed.person("steward").getPasswordHash()).isEqualTo(hash);
    assertThat(bed.auditEntries()).isEmpty();
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains(FirstSteward.USER_VARIABLE, "already taken", "TRELLIS_DEMO=false")
        .doesNotContain("a-long-operator-secret");
  }

  @Test
  void anAccountWithThatPasswordButNoStewardRoleIsNotMadeAStewardAndIsLogged() {
    String organisation = bed.organisation("Riverside", OrganisationKind.EMPLOYER);
    bed.person("emma.employer", organisation, Role.EMPLOYER);

    assertThat(create("emma.employer", IdentityTestBed.PASSWORD)).isEqualTo(Outcome.NAME_TAKEN);

    assertThat(bed.person("emma.employer").getRoles()).containsExactly(Role.EMPLOYER);
    assertThat(log.warnings()).hasSize(1);
  }

  @Test
  void withoutBothVariablesNothingHappens() {
    assertThat(create(null, "a-long-operator-secret")).isEqualTo(Outcome.NOT_CONFIGURED);
    assertThat(create("ops.steward", null)).isEqualTo(Outcome.NOT_CONFIGURED);
    assertThat(create(" ", "")).isEqualTo(Outcome.NOT_CONFIGURED);
    assertThat(bed.auditEntries()).isEmpty();
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aWeakPasswordOrAMalformedUsernameCreatesNoSteward() {
    assertThat(create("ops.steward", "short")).isEqualTo(Outcome.REFUSED);
    assertThat(create("ops steward!", "a-long-operator-secret")).isEqualTo(Outcome.REFUSED);
    assertThat(bed.auditEntries()).isEmpty();
  }
}
