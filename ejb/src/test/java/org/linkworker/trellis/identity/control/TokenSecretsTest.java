package org.linkworker.trellis.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  private final TokenSecrets secrets = new TokenSecrets();

  @Test
  void aSecretIs256RandomBitsInUrlSafeBase64BehindThePrefix() {
    String secret = secrets.newSecret();

    assertThat(secret).startsWith("trellis_").matches("trellis_[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(secret.substring(8))).hasSize(32);
  }

  @Test
  void noTwoSecretsAreAlike() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(secrets.newSecret());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theStoredFormIsSha256InLowerCaseHex() {
    assertThat(TokenSecrets.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
