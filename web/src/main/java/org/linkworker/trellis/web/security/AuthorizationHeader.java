package org.linkworker.trellis.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an API client put into its {@code Authorization} header: a username and password (HTTP
 * Basic, RFC 7617), a personal access token ({@code Bearer}, RFC 6750), nothing, or something that
 * cannot be read. Only reads the header; checking the credentials is the identity boundary's job.
 */
public sealed interface AuthorizationHeader {

  /**
   * More than any real credential needs; a longer header is refused unread, so a client cannot make
   * the server decode megabytes.
   */
  int MAX_LENGTH = 4096;

  /** The token68 characters of RFC 7235, which is what a bearer token may be made of. */
  Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  /** Reads a header value; null or blank is {@link None}. */
  static AuthorizationHeader parse(String header) {
    if (header == null || header.isBlank()) {
      return new None();
    }
    if (header.length() > MAX_LENGTH) {
      return new Malformed();
    }
    String value = header.strip();
    int space = value.indexOf(' ');
    if (space < 0) {
      return new Malformed();
    }
    // Auth schemes are case-insensitive (RFC 7235).
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String rest = value.substring(space + 1).strip();
    return switch (scheme) {
      case "basic" -> basic(rest);
      case "bearer" -> TOKEN68.matcher(rest).matches() ? new Bearer(rest) : new Malformed();
      default -> new Malformed();
    };
  }

  private static AuthorizationHeader basic(String encoded) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      return new Malformed();
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Malformed();
    }
    // The username cannot hold a colon; the password may, so only the first one separates them.
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return new Malformed();
    }
    return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  /** No credentials at all. */
  record None() implements AuthorizationHeader {}

  /** A header that is neither well-formed Basic nor well-formed Bearer. */
  record Malformed() implements AuthorizationHeader {}

  /** HTTP Basic: a username and a password. */
  record Basic(String username, String password) implements AuthorizationHeader {

    @Override
    public String toString() {
      // Never let a password reach a log line through toString.
      return "Basic[…]";
    }
  }

  /** A personal access token's secret. */
  record Bearer(String secret) implements AuthorizationHeader {

    @Override
    public String toString() {
      return "Bearer[…]";
    }
  }
}
