package org.linkworker.trellis.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aStoredHashNamesTheSchemeTheIterationsTheSaltAndTheKey() {
    String stored = hasher.hash("correct horse battery");

    // Taken apart by hand, not by the class under test.
    String[] parts = stored.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(Integer.parseInt(parts[1])).isEqualTo(600_000);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void theKeyIsPbkdf2HmacSha256OfThePasswordAndSalt() throws Exception {
    String stored = hasher.hash("correct horse battery");
    String[] parts = stored.split("\\$");

    byte[] expected =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new PBEKeySpec(
                    "correct horse battery".toCharArray(),
                    Base64.getDecoder().decode(parts[2]),
                    600_000,
                    256))
            .getEncoded();
    assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
  }

  @Test
  void theSamePasswordGetsADifferentSaltEveryTime() {
    String first = hasher.hash("correct horse battery");
    String second = hasher.hash("correct horse battery");

    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void verifiesTheRightPasswordAndRefusesAnyOther() {
    String stored = hasher.hash("correct horse battery");

    assertThat(hasher.verify("correct horse battery", stored)).isTrue();
    assertThat(hasher.verify("Correct horse battery", stored)).isFalse();
    assertThat(hasher.verify("correct horse batter", stored)).isFalse();
    assertThat(hasher.verify("", stored)).isFalse();
    assertThat(hasher.verify(null, stored)).isFalse();
  }

  @Test
  void passwordsBeyondAsciiVerify() {
    String stored = hasher.hash("crème brûlée à l'ancienne ✓");

    assertThat(hasher.verify("crème brûlée à l'ancienne ✓", stored)).isTrue();
    assertThat(hasher.verify("creme brulee a l'ancienne ✓", stored)).isFalse();
  }

  @Test
  void aMalformedStoredHashVerifiesNothingButCostsTheSame() {
    long before = hasher.derivations();

    assertThat(hasher.verify("anything", "plain-text-password")).isFalse();
    assertThat(hasher.verify("anything", "pbkdf2-sha256$600000$!!!$!!!")).isFalse();
    assertThat(hasher.verify("anything", "pbkdf2-sha256$999999999$AAAA$AAAA")).isFalse();
    assertThat(hasher.verify("anything", null)).isFalse();

    assertThat(hasher.derivations() - before).isEqualTo(4);
  }

  @Test
  void theIterationsAreReadFromTheStoredHashAndFewerAreWeaker() throws Exception {
    byte[] salt = new byte[16];
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec("old password".toCharArray(), salt, 1000, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    String legacy =
        "pbkdf2-sha256$1000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);

    assertThat(hasher.verify("old password", legacy)).isTrue();
    assertThat(hasher.isWeakerThanCurrent(legacy)).isTrue();
    assertThat(hasher.isWeakerThanCurrent(hasher.hash("old password"))).isFalse();
  }

  @Test
  void aHasherAtAnotherCountNamesItAndItsHashesVerifyAnywhereAndAreWeakerThanTheServers() {
    PasswordHasher cheap = new PasswordHasher(1000);

    String stored = cheap.hash("quick password");

    assertThat(stored).startsWith("pbkdf2-sha256$1000$");
    assertThat(hasher.verify("quick password", stored)).isTrue();
    assertThat(cheap.verify("quick password", hasher.hash("quick password"))).isTrue();
    assertThat(cheap.verify("other password", stored)).isFalse();
    assertThat(hasher.isWeakerThanCurrent(stored)).isTrue();
    assertThat(cheap.isWeakerThanCurrent(stored)).isFalse();
    assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher(10_000_001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyPasswordIsNotHashed() {
    assertThatThrownBy(() -> hasher.hash("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneHashCostsWhatSixHundredThousandIterationsCost() {
    hasher.hash("warm-up the JIT first");
    int runs = 5;
    long started = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      hasher.hash("correct horse battery " + i);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) / runs;

    System.out.println("PBKDF2 600000 iterations: " + millis + " ms");
    // A thousand times fewer iterations would take well under a millisecond on any machine.
    assertThat(millis).isGreaterThanOrEqualTo(10);
  }
}
