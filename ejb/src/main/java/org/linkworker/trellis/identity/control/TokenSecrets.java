package org.linkworker.trellis.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of personal access tokens: {@value #SECRET_BYTES} random bytes (256 bits) from a
 * {@link SecureRandom}, in URL-safe Base64 behind the prefix {@value #PREFIX} (so a leaked token is
 * easy to recognise in a scanner or a log). Only the SHA-256 of a secret is stored: a secret this
 * random needs no slow hash, and a fast one lets every API request look its token up by hash.
 */
public final class TokenSecrets {

  public static final String PREFIX = "trellis_";
  public static final int SECRET_BYTES = 32;

  private final SecureRandom random = new SecureRandom();

  /** A new secret, e.g. {@code trellis_Qm9...} (51 characters). */
  public String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a secret in lower-case hexadecimal: what is stored and looked up. */
  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
