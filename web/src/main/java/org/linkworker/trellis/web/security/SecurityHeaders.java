package org.linkworker.trellis.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every response carries, whoever writes it: pages, the API, the sign-in mechanism's
 * own answers and the error pages.
 *
 * <p>The Content-Security-Policy here is a second policy next to PrimeFaces' own (which allows
 * scripts from this origin and with the page's nonce). Browsers enforce both, so this one must not
 * restrict scripts: a {@code default-src} or {@code script-src} here would block the nonce'd
 * scripts.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  static final Map<String, String> FIXED =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin",
          "X-Frame-Options", "DENY");

  /** Set on the request once the headers are on its response (an error dispatch comes back). */
  static final String APPLIED = SecurityHeaders.class.getName() + ".applied";

  private SecurityHeaders() {}

  /**
   * Adds the headers, once per request. Pages and API answers concern one person and must not be
   * kept by caches; Faces resources (style sheets, scripts) keep the caching the resource handler
   * gives them.
   */
  public static void addTo(HttpServletRequest request, HttpServletResponse response) {
    if (request.getAttribute(APPLIED) != null) {
      return;
    }
    request.setAttribute(APPLIED, Boolean.TRUE);
    FIXED.forEach(response::setHeader);
    response.addHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (!PublicPaths.isResource(PublicPaths.of(request))) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
