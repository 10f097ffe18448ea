package org.linkworker.trellis.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where sign-in sends a person: the page they asked for before they were sent to sign in, carried
 * in the login page's {@code next} parameter, or home.
 *
 * <p>{@code next} comes from the request, so anyone can put anything there. It is followed only
 * when it is a path inside this application, never an address that a browser would read as another
 * site: {@code //evil.example} and {@code /\evil.example} are such addresses, and so is {@code
 * /\t/evil.example}, because browsers drop tabs and line breaks from URLs.
 */
public final class SignInRedirect {

  /** The login page, relative to the application. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Where a person goes when {@code next} is missing or refused. */
  public static final String HOME = "/";

  /** Longer than any address of ours; a longer {@code next} is refused. */
  static final int MAX_LENGTH = 2000;

  private SignInRedirect() {}

  /**
   * The path inside the application to go to after signing in: {@code next} when it is safe to
   * follow, otherwise {@link #HOME}.
   */
  public static String target(String next) {
    return safe(next).orElse(HOME);
  }

  /** {@code next} when it is a safe path inside this application. */
  static Optional<String> safe(String next) {
    if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (next.charAt(0) != '/') {
      // Relative paths, schemes ("https:", "javascript:") and everything else that is not a path.
      return Optional.empty();
    }
    if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
      return Optional.empty();
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    if (isLoginPage(next)) {
      // Back to the form after signing in would look like a failed sign-in.
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /**
   * The login page's address for a person who asked for {@code path} (with its query, for a GET)
   * without being signed in, relative to the application.
   */
  public static String loginFor(String path, String query, boolean get) {
    String asked = get && query != null && !query.isEmpty() ? path + "?" + query : path;
    if (asked == null || asked.isEmpty() || HOME.equals(asked) || safe(asked).isEmpty()) {
      return LOGIN_PAGE;
    }
    return LOGIN_PAGE + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
  }

  private static boolean isLoginPage(String next) {
    return next.equals(LOGIN_PAGE)
        || next.startsWith(LOGIN_PAGE + "?")
        || next.startsWith(LOGIN_PAGE + "#");
  }
}
