package org.linkworker.trellis.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.InvalidInputException;

/** The account's own rules: lockout, credential stamp, roles, stage and supervisor. */
class PersonTest {

  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

  private final Organisation riverside =
      new Organisation(
          "11111111-1111-4111-8111-111111111111", "Riverside", OrganisationKind.EMPLOYER);
  private final Organisation hillside =
      new Organisation(
          "22222222-2222-4222-8222-222222222222", "Hillside", OrganisationKind.EMPLOYER);

  private Person person(String username, Organisation organisation, Role... roles) {
    return Person.create(username, "Name", organisation, Set.of(roles), "hash");
  }

  private final Person alex = person("alex.link", riverside, Role.LINK_WORKER);

  @Test
  void fourFailuresDoNotLockAndTheFifthWithinTheWindowDoes() {
    for (int i = 0; i < 4; i++) {
      assertThat(alex.recordFailedSignIn(NOW.plus(Duration.ofMinutes(i)))).isFalse();
    }

    assertThat(alex.recordFailedSignIn(NOW.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();

    assertThat(alex.isLocked(NOW.plus(Duration.ofMinutes(15)))).isTrue();
    assertThat(alex.getLockedUntil()).contains(NOW.plus(Duration.ofMinutes(29)).plusSeconds(59));
  }

  @Test
  void aFailureFifteenMinutesAfterTheFirstStartsANewCount() {
    for (int i = 0; i < 4; i++) {
      alex.recordFailedSignIn(NOW);
    }

    assertThat(alex.recordFailedSignIn(NOW.plus(Duration.ofMinutes(15)))).isFalse();

    assertThat(alex.getFailedSignIns()).isEqualTo(1);
  }

  @Test
  void theLockLastsFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      alex.recordFailedSignIn(NOW);
    }

    assertThat(alex.isLocked(NOW.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
    assertThat(alex.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    alex.recordFailedSignIn(NOW);

    assertThat(alex.recordSignIn()).isTrue();
    assertThat(alex.recordSignIn()).isFalse();
    assertThat(alex.getFailedSignIns()).isZero();
  }

  @Test
  void aNewPasswordADeactivationAndAReactivationEachRenewTheStamp() {
    String first = alex.getCredentialStamp();
    alex.changePassword("new hash");
    String second = alex.getCredentialStamp();
    alex.deactivate();
    String third = alex.getCredentialStamp();
    alex.reactivate();

    assertThat(java.util.List.of(first, second, third, alex.getCredentialStamp()))
        .doesNotHaveDuplicates();
  }

  @Test
  void aStrongerHashOfTheSamePasswordKeepsTheStamp() {
    String stamp = alex.getCredentialStamp();

    alex.upgradePasswordHash("stronger");

    assertThat(alex.getCredentialStamp()).isEqualTo(stamp);
  }

  @Test
  void deactivatingTwiceChangesNothingTheSecondTime() {
    assertThat(alex.deactivate()).isTrue();
    String stamp = alex.getCredentialStamp();

    assertThat(alex.deactivate()).isFalse();
    assertThat(alex.getCredentialStamp()).isEqualTo(stamp);
    assertThat(alex.isActive()).isFalse();
  }

  @Test
  void reactivationClearsALockout() {
    for (int i = 0; i < 5; i++) {
      alex.recordFailedSignIn(NOW);
    }
    alex.deactivate();

    alex.reactivate();

    assertThat(alex.isLocked(NOW)).isFalse();
  }

  @Test
  void rolesMustSuitTheOrganisation() {
    Organisation provider =
        new Organisation(
            "33333333-3333-4333-8333-333333333333", "Learning", OrganisationKind.PROVIDER);

    assertThatThrownBy(() -> person("pat", provider, Role.LINK_WORKER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("roles"));
    assertThatThrownBy(() -> person("emma", riverside, Role.PROVIDER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("roles"));
    assertThatThrownBy(() -> person("loner", null, Role.EMPLOYER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("roles"));
    assertThat(person("steward", null, Role.STEWARD).getRoles()).containsExactly(Role.STEWARD);
  }

  @Test
  void onlyALinkWorkerHasAStageAndASupervisor() {
    Person emma = person("emma", riverside, Role.EMPLOYER);
    Person sam = person("sam", riverside, Role.SUPERVISOR);

    assertThatThrownBy(() -> emma.placeAtStage("SENIOR"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("stage"));
    assertThatThrownBy(() -> emma.assignSupervisor(sam))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
  }

  @Test
  void aSupervisorIsAnActiveSupervisorOfTheSameOrganisationAndNotOneself() {
    Person sam = person("sam", riverside, Role.SUPERVISOR, Role.LINK_WORKER);
    Person hal = person("hal", hillside, Role.SUPERVISOR);
    Person lee = person("lee", riverside, Role.LINK_WORKER);

    assertThatThrownBy(() -> alex.assignSupervisor(hal))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
    assertThatThrownBy(() -> alex.assignSupervisor(lee))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
    assertThatThrownBy(() -> sam.assignSupervisor(sam))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
    alex.assignSupervisor(sam);
    assertThat(alex.getSupervisor()).isSameAs(sam);
    sam.deactivate();
    assertThatThrownBy(() -> lee.assignSupervisor(sam))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("supervisor"));
  }

  @Test
  void someoneWhoStopsBeingALinkWorkerLosesStageAndSupervisor() {
    Person sam = person("sam", riverside, Role.SUPERVISOR);
    alex.placeAtStage("TRAINEE");
    alex.assignSupervisor(sam);

    alex.assignRoles(Set.of(Role.EMPLOYER));

    assertThat(alex.getStageCode()).isNull();
    assertThat(alex.getSupervisor()).isNull();
  }

  @Test
  void usernamesAreTrimmedLowerCaseAndOfALimitedAlphabet() {
    assertThat(Person.normaliseUsername("  Alex.LINK ")).isEqualTo("alex.link");
    assertThat(Person.isWellFormedUsername("alex.link_2-b")).isTrue();
    assertThat(Person.isWellFormedUsername("al")).isFalse();
    assertThat(Person.isWellFormedUsername("a".repeat(61))).isFalse();
    assertThat(Person.isWellFormedUsername("alex link")).isFalse();
    assertThat(Person.isWellFormedUsername("Alex")).isFalse();
    assertThat(Person.isWellFormedUsername("<script>")).isFalse();
  }

  @Test
  void noPersonalDataInItsTextForLogs() {
    assertThat(alex.toString()).doesNotContain("alex").doesNotContain("Name");
  }
}
