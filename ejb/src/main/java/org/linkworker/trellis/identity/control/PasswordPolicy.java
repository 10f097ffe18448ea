package org.linkworker.trellis.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.validation.SingleLineValidator;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the username or
 * containing it, and not one of the passwords people choose most (listed in {@code
 * common-passwords.txt} beside this class). Length beats composition rules, so there are none of
 * those.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** Long enough for any passphrase; the bound keeps a hostile request from being huge. */
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load("common-passwords.txt");

  /**
   * What is wrong with a new password, as a message a person can act on; empty when it will do.
   *
   * @param username the account's (normalised) username; may be null when not yet known
   */
  public Optional<String> problem(String username, String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of(Messages.format("identity.password_required"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Messages.format("identity.password_too_short", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Messages.format("identity.password_too_long", MAX_LENGTH));
    }
    if (!SingleLineValidator.isSingleLine(password)) {
      // No keyboard types a NUL, an escape or a line break, and some systems cut a password short
      // at a NUL.
      return Optional.of(Messages.format("identity.password_control"));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(Messages.format("identity.password_contains_username"));
    }
    if (isCommon(password)) {
      return Optional.of(Messages.format("identity.password_common"));
    }
    return Optional.empty();
  }

  /** Whether the password is on the list of common ones, ignoring case. */
  public boolean isCommon(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing beside PasswordPolicy");
    }
    Set<String> passwords = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          passwords.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}
