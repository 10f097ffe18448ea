package org.linkworker.trellis.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  private Optional<String> problem(String password) {
    return policy.problem("alex.link", password);
  }

  @Test
  void aLongPassphraseWillDo() {
    assertThat(problem("wide river lantern")).isEmpty();
    assertThat(problem("trellis-demo-2026")).isEmpty();
  }

  @Test
  void twelveCharactersAreTheLeast() {
    assertThat(problem("abcdefghijk")).contains("Use at least 12 characters.");
    assertThat(problem("abcdefghijkz")).isEmpty();
  }

  @Test
  void charactersAreCountedAsPeopleSeeThem() {
    // Eleven characters, twenty-two UTF-16 units.
    assertThat(problem("🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳🌳")).isPresent();
  }

  @Test
  void theUsernameMayNotBeThePasswordNorPartOfIt() {
    assertThat(policy.problem("alex.link.worker", "Alex.Link.Worker"))
        .contains("Do not use the username in the password.");
    assertThat(problem("my-name-is-ALEX.LINK")).isPresent();
    assertThat(policy.problem(null, "wide river lantern")).isEmpty();
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    for (String common :
        new String[] {"password1234", "123456789012", "QwertyUiopAs", "letmein12345"}) {
      assertThat(problem(common))
          .as(common)
          .contains("That password is one of the most common; choose another.");
    }
  }

  @Test
  void theCommonListHoldsOnlyPasswordsLongEnoughToPassTheLengthRule() {
    assertThat(policy.isCommon("welcome12345")).isTrue();
    assertThat(policy.isCommon("wide river lantern")).isFalse();
  }

  @Test
  void noPasswordAndAHugeOneAreRefused() {
    assertThat(problem("")).isPresent();
    assertThat(problem(null)).isPresent();
    assertThat(problem("x".repeat(201))).contains("Use at most 200 characters.");
  }

  @Test
  void controlCharactersAndLineBreaksAreRefusedSinceNoKeyboardTypesThem() {
    assertThat(problem("wide river\u0000lantern")).isPresent();
    assertThat(problem("wide river\nlantern")).isPresent();
    assertThat(problem("wide river\u001blantern")).isPresent();
    assertThat(problem("wide river\u2028lantern")).isPresent();
    assertThat(problem("wide river lantern")).isEmpty();
  }
}
