package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.identity.boundary.IdentityTestBed.PASSWORD;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.control.TokenSecrets;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.testing.StatementCounter;

/** Signing in, lockout, the memory of verified credentials, passwords and tokens. */
class AccountServiceTest {

  private IdentityTestBed bed;
  private String organisation;

  @BeforeEach
  void setUp() {
    bed = new IdentityTestBed();
    organisation = bed.organisation("Riverside", OrganisationKind.EMPLOYER);
    bed.person("alex.link", organisation, Role.LINK_WORKER);
    bed.person("emma.employer", organisation, Role.EMPLOYER);
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  private Optional<Caller> signIn(String username, String password) {
    return bed.accounts(a -> a.signIn(username, password, "192.0.2.1"));
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(signIn(username, "not-the-password-" + i)).isEmpty();
    }
  }

  private Optional<Caller> withToken(String secret) {
    return bed.accounts(a -> a.signInWithToken(secret));
  }

  private List<TokenView> tokens(Caller caller) {
    return bed.accounts(a -> a.tokens(caller));
  }

  private Optional<Caller> activeCaller(String username) {
    return bed.accounts(a -> a.findActiveCaller(username));
  }

  private List<String> actions() {
    return bed.auditEntries().stream().map(AuditEntry::getAction).toList();
  }

  @Test
  void theRightPasswordGivesTheCallerAndIsAudited() {
    Caller caller = signIn("alex.link", PASSWORD).orElseThrow();

    assertThat(caller.username()).isEqualTo("alex.link");
    assertThat(caller.displayName()).isEqualTo("Name of alex.link");
    assertThat(caller.roles()).containsExactly(Role.LINK_WORKER);
    assertThat(caller.organisationId()).isEqualTo(organisation);
    AuditEntry entry = bed.lastAuditEntry();
    assertThat(entry.getAction()).isEqualTo("SIGN_IN");
    assertThat(entry.getActor()).isEqualTo("alex.link");
    assertThat(entry.getDetail()).isEqualTo("from 192.0.2.1");
  }

  @Test
  void theUsernameIsNotCaseSensitive() {
    assertThat(signIn("  Alex.LINK ", PASSWORD)).map(Caller::username).contains("alex.link");
  }

  @Test
  void anUnknownUsernameCostsOneHashAndIsAuditedUnderTheNameTried() {
    long before = bed.hasher.derivations();

    assertThat(signIn("Nobody.Here", PASSWORD)).isEmpty();

    assertThat(bed.hasher.derivations() - before).isEqualTo(1);
    AuditEntry entry = bed.lastAuditEntry();
    assertThat(entry.getAction()).isEqualTo("SIGN_IN_FAILED");
    assertThat(entry.getActor()).isEqualTo("nobody.here");
    assertThat(entry.getDetail()).contains("no such username");
  }

  @Test
  void everyRefusalCostsOneHashWhateverItsReason() {
    bed.person("gone", organisation, Role.LINK_WORKER);
    bed.query(em -> IdentityTestBed.find(em, "gone").deactivate());
    List<Long> costs = new ArrayList<>();
    for (String[] attempt :
        new String[][] {
          {"nobody", PASSWORD}, {"gone", PASSWORD}, {"alex.link", "wrong-password"}, {"", ""}
        }) {
      long before = bed.hasher.derivations();
      assertThat(signIn(attempt[0], attempt[1])).isEmpty();
      costs.add(bed.hasher.derivations() - before);
    }

    assertThat(costs).containsOnly(1L);
  }

  @Test
  void fourFailuresAndThenSuccessStartTheCountAgain() {
    fail("alex.link", 4);
    assertThat(signIn("alex.link", PASSWORD)).isPresent();

    fail("alex.link", 4);

    assertThat(signIn("alex.link", PASSWORD)).isPresent();
    assertThat(actions()).doesNotContain("LOCKED_OUT");
  }

  @Test
  void theFifthFailureWithinFifteenMinutesLocksTheAccount() {
    fail("alex.link", 4);
    bed.clock.advance(Duration.ofMinutes(14));

    fail("alex.link", 1);

    assertThat(bed.person("alex.link").isLocked(bed.clock.instant())).isTrue();
    AuditEntry lockout = bed.lastAuditEntry();
    assertThat(lockout.getAction()).isEqualTo("LOCKED_OUT");
    assertThat(lockout.getActor()).isEqualTo("alex.link");
    assertThat(lockout.getSubject()).isEqualTo("person:alex.link");
    assertThat(lockout.getDetail()).contains("locked until 2026-11-25T09:29:00Z");
  }

  @Test
  void failuresArrivingTogetherAreAllCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<Optional<Caller>>> attempts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String guess = "guess-number-" + i;
        attempts.add(pool.submit(() -> signIn("alex.link", guess)));
      }
      for (Future<Optional<Caller>> attempt : attempts) {
        assertThat(attempt.get(60, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(bed.person("alex.link").isLocked(bed.clock.instant())).isTrue();
    assertThat(actions()).containsOnlyOnce("LOCKED_OUT");
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
    fail("alex.link", 4);
    bed.clock.advance(Duration.ofMinutes(15));

    fail("alex.link", 4);

    assertThat(bed.person("alex.link").isLocked(bed.clock.instant())).isFalse();
    assertThat(signIn("alex.link", PASSWORD)).isPresent();
  }

  @Test
  void aLockedAccountRefusesEvenTheRightPasswordAndSaysWhyOnlyInTheAuditLog() {
    fail("alex.link", 5);

    assertThat(signIn("alex.link", PASSWORD)).isEmpty();

    AuditEntry refusal = bed.lastAuditEntry();
    assertThat(refusal.getAction()).isEqualTo("SIGN_IN_FAILED");
    assertThat(refusal.getDetail()).startsWith("account locked");
  }

  @Test
  void guessesDuringALockoutAreNotCountedAndDoNotExtendIt() {
    fail("alex.link", 5);
    Person locked = bed.person("alex.link");

    fail("alex.link", 5);

    Person after = bed.person("alex.link");
    assertThat(after.getLockedUntil()).isEqualTo(locked.getLockedUntil());
    assertThat(after.getFailedSignIns()).isZero();
  }

  @Test
  void theLockEndsAfterFifteenMinutes() {
    fail("alex.link", 5);
    bed.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(signIn("alex.link", PASSWORD)).isEmpty();

    bed.clock.advance(Duration.ofSeconds(1));

    assertThat(signIn("alex.link", PASSWORD)).isPresent();
    assertThat(bed.person("alex.link").getLockedUntil()).isEmpty();
  }

  @Test
  void aSecondSignInIsAnsweredFromMemoryInOneStatementWithoutHashing() {
    long started = System.nanoTime();
    signIn("alex.link", PASSWORD).orElseThrow();
    long first = System.nanoTime() - started;
    long derivations = bed.hasher.derivations();
    int entries = bed.auditEntries().size();

    started = System.nanoTime();
    int statements =
        StatementCounter.during(() -> assertThat(signIn("alex.link", PASSWORD)).isPresent());
    long later = System.nanoTime() - started;

    assertThat(bed.hasher.derivations()).isEqualTo(derivations);
    assertThat(statements).isEqualTo(1);
    assertThat(bed.auditEntries()).hasSize(entries);
    System.out.printf(
        "Sign-in through AccountService: first (hash verified) %.1f ms, remembered %.1f ms%n",
        first / 1e6, later / 1e6);
  }

  @Test
  void theMemoryOfAVerifiedPasswordLastsFiveMinutes() {
    signIn("alex.link", PASSWORD).orElseThrow();
    bed.clock.advance(Duration.ofMinutes(5));
    long derivations = bed.hasher.derivations();

    assertThat(signIn("alex.link", PASSWORD)).isPresent();

    assertThat(bed.hasher.derivations()).isEqualTo(derivations + 1);
  }

  @Test
  void aWrongPasswordIsNeverAnsweredFromMemory() {
    signIn("alex.link", PASSWORD).orElseThrow();

    assertThat(signIn("alex.link", PASSWORD + "x")).isEmpty();
  }

  @Test
  void aPasswordChangeEndsTheRememberedCredentialAtOnce() {
    signIn("alex.link", PASSWORD).orElseThrow();
    Caller alex = bed.caller("alex.link");

    bed.withAccounts(a -> a.changePassword(alex, PASSWORD, "a-completely-new-passphrase"));

    assertThat(signIn("alex.link", PASSWORD)).isEmpty();
    assertThat(signIn("alex.link", "a-completely-new-passphrase")).isPresent();
  }

  @Test
  void aDeactivationEndsTheRememberedCredentialAtOnce() {
    signIn("alex.link", PASSWORD).orElseThrow();
    Caller emma = bed.caller("emma.employer");

    bed.people(o -> o.deactivate(emma, "alex.link"));

    assertThat(signIn("alex.link", PASSWORD)).isEmpty();
    assertThat(bed.lastAuditEntry().getDetail()).startsWith("account deactivated");
    assertThat(activeCaller("alex.link")).isEmpty();
  }

  @Test
  void aLockoutAlsoStopsARememberedCredential() {
    signIn("alex.link", PASSWORD).orElseThrow();

    fail("alex.link", 5);

    assertThat(signIn("alex.link", PASSWORD)).isEmpty();
  }

  @Test
  void aReactivatedPersonCanSignInAgain() {
    Caller emma = bed.caller("emma.employer");
    bed.people(o -> o.deactivate(emma, "alex.link"));

    bed.people(o -> o.reactivate(emma, "alex.link"));

    assertThat(signIn("alex.link", PASSWORD)).isPresent();
  }

  @Test
  void aSessionsCallerIsReadAfreshWithTheCurrentRoles() {
    Caller emma = bed.caller("emma.employer");
    long version = bed.person("alex.link").getLockVersion();

    bed.people(
        o ->
            o.updatePerson(
                emma,
                "alex.link",
                new PersonChange(
                    null, Set.of(Role.LINK_WORKER, Role.SUPERVISOR), null, null, version)));

    assertThat(bed.caller("alex.link").roles())
        .containsExactlyInAnyOrder(Role.LINK_WORKER, Role.SUPERVISOR);
  }

  @Test
  void signingOutIsAudited() {
    Caller alex = bed.caller("alex.link");

    bed.withAccounts(a -> a.signedOut(alex));

    assertThat(bed.lastAuditEntry().getAction()).isEqualTo("SIGN_OUT");
    assertThat(bed.lastAuditEntry().getActor()).isEqualTo("alex.link");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Caller alex = bed.caller("alex.link");

    assertThatThrownBy(
            () ->
                bed.withAccounts(
                    a -> a.changePassword(alex, "not-my-password", "a-completely-new-passphrase")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("currentPassword")
                    .containsEntry("currentPassword", "That is not your current password."));
    assertThat(signIn("alex.link", PASSWORD)).isPresent();
  }

  @Test
  void aWeakNewPasswordIsRefusedOnTheNewPasswordField() {
    Caller alex = bed.caller("alex.link");

    for (String weak : List.of("short-pass", "alex.link-is-me-2026", "password1234")) {
      assertThatThrownBy(() -> bed.withAccounts(a -> a.changePassword(alex, PASSWORD, weak)))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("newPassword"));
    }
    assertThatThrownBy(() -> bed.withAccounts(a -> a.changePassword(alex, PASSWORD, PASSWORD)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("different from your current one");
  }

  @Test
  void aPasswordChangeIsAuditedWithoutThePassword() {
    Caller alex = bed.caller("alex.link");
    String stampBefore = bed.person("alex.link").getCredentialStamp();

    bed.withAccounts(a -> a.changePassword(alex, PASSWORD, "a-completely-new-passphrase"));

    AuditEntry entry = bed.lastAuditEntry();
    assertThat(entry.getAction()).isEqualTo("PASSWORD_CHANGED");
    assertThat(entry.getSubject()).isEqualTo("person:alex.link");
    assertThat(String.valueOf(entry.getDetail())).doesNotContain("passphrase");
    assertThat(bed.person("alex.link").getCredentialStamp()).isNotEqualTo(stampBefore);
  }

  @Test
  void anIssuedTokenSignsInUntilRevoked() {
    Caller alex = bed.caller("alex.link");
    IssuedToken issued = bed.accounts(a -> a.issueToken(alex, "laptop", 30));

    assertThat(issued.secret()).startsWith(TokenSecrets.PREFIX);
    assertThat(withToken(issued.secret())).map(Caller::username).contains("alex.link");
    assertThat(bed.lastAuditEntry().getAction()).isEqualTo("TOKEN_ISSUED");

    bed.withAccounts(a -> a.revokeToken(alex, issued.token().id()));

    assertThat(withToken(issued.secret())).isEmpty();
    assertThat(bed.lastAuditEntry().getAction()).isEqualTo("TOKEN_REVOKED");
    assertThat(tokens(alex))
        .singleElement()
        .satisfies(t -> assertThat(t.revokedAt()).isEqualTo(bed.clock.instant()));
  }

  @Test
  void aTokenStopsWorkingWhenItExpires() {
    Caller alex = bed.caller("alex.link");
    IssuedToken issued = bed.accounts(a -> a.issueToken(alex, "laptop", 1));
    bed.clock.advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(withToken(issued.secret())).isPresent();

    bed.clock.advance(Duration.ofMinutes(1));

    assertThat(withToken(issued.secret())).isEmpty();
  }

  @Test
  void aTokenOfADeactivatedPersonDoesNotWork() {
    Caller alex = bed.caller("alex.link");
    IssuedToken issued = bed.accounts(a -> a.issueToken(alex, "laptop", 30));

    bed.people(o -> o.deactivate(bed.caller("emma.employer"), "alex.link"));

    assertThat(withToken(issued.secret())).isEmpty();
  }

  @Test
  void unknownAndMalformedSecretsSignNobodyIn() {
    assertThat(withToken("trellis_not-a-real-token")).isEmpty();
    assertThat(withToken("Basic abc")).isEmpty();
    assertThat(withToken(null)).isEmpty();
  }

  @Test
  void onlyTheHashOfATokenSecretIsStored() throws SQLException {
    Caller alex = bed.caller("alex.link");
    IssuedToken issued = bed.accounts(a -> a.issueToken(alex, "laptop", 30));

    List<String> stored = new ArrayList<>();
    try (Connection connection = bed.database.connection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from access_token")) {
      while (rows.next()) {
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          stored.add(String.valueOf(rows.getObject(column)));
        }
      }
    }
    assertThat(stored).contains(TokenSecrets.hash(issued.secret()));
    assertThat(stored).noneMatch(value -> value.contains(issued.secret().substring(8)));
    assertThat(tokens(alex).toString()).doesNotContain(issued.secret());
  }

  @Test
  void tokensAreListedNewestFirst() {
    Caller alex = bed.caller("alex.link");
    bed.accounts(a -> a.issueToken(alex, "first", 30));
    bed.clock.advance(Duration.ofMinutes(1));
    bed.accounts(a -> a.issueToken(alex, "second", 30));

    assertThat(tokens(alex)).extracting(TokenView::name).containsExactly("second", "first");
  }

  @Test
  void someoneElsesTokenIsNotVisible() {
    IssuedToken emmas = bed.accounts(a -> a.issueToken(bed.caller("emma.employer"), "ci", 30));
    Caller alex = bed.caller("alex.link");

    assertThatThrownBy(() -> bed.withAccounts(a -> a.revokeToken(alex, emmas.token().id())))
        .isInstanceOf(NotVisibleException.class)
        .hasMessage("No such token.");
    assertThat(withToken(emmas.secret())).isPresent();
  }

  @Test
  void aTokenNeedsANameOnOneLineAndADurationOfOneToThreeHundredAndSixtyFiveDays() {
    Caller alex = bed.caller("alex.link");

    assertThat(tokenProblems(alex, " ", 0)).containsOnlyKeys("name", "days");
    assertThat(tokenProblems(alex, "laptop", 366))
        .containsExactly(java.util.Map.entry("days", "A token lasts at most 365 days."));
    assertThat(tokenProblems(alex, "lap\ntop", 30)).containsOnlyKeys("name");
    assertThat(tokenProblems(alex, "x".repeat(101), 30)).containsOnlyKeys("name");
    assertThat(tokenProblems(alex, "laptop", 365)).isEmpty();
    assertThat(bed.accounts(a -> a.issueToken(alex, "laptop", 365)).token().expiresAt())
        .isEqualTo(bed.clock.instant().plus(Duration.ofDays(365)));
  }

  /** What the container's parameter validation says about a token request, field by field. */
  private java.util.Map<String, String> tokenProblems(Caller caller, String name, int days) {
    try {
      bed.accounts(
          a -> {
            IdentityTestBed.checkParameters(a, "issueToken", caller, name, days);
            return null;
          });
      return java.util.Map.of();
    } catch (jakarta.validation.ConstraintViolationException e) {
      return InvalidInputException.of(e).fieldErrors();
    }
  }
}
