package org.linkworker.trellis.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses API requests that change something when a browser says they come from another site.
 *
 * <p>A browser attaches remembered HTTP Basic credentials to any request to this origin, including
 * one a hostile page makes. Browsers also say where a request comes from: {@code Sec-Fetch-Site}
 * (modern browsers) and {@code Origin} (every browser, on every POST, PUT, PATCH and DELETE). A
 * request is refused when {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site} (a
 * sibling subdomain is another application), or when {@code Origin} is present and is not this
 * request's own scheme, host and port. Clients that are not browsers send neither header and are
 * not affected. Reading requests (GET, HEAD, OPTIONS) change nothing and are never refused.
 */
public final class CrossSiteCheck {

  static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private CrossSiteCheck() {}

  /**
   * Whether to refuse the request.
   *
   * @param method the HTTP method
   * @param fetchSite the {@code Sec-Fetch-Site} header, or null
   * @param origin the {@code Origin} header, or null
   * @param scheme the scheme the request arrived with ({@code http} or {@code https})
   * @param host the host the request was addressed to
   * @param port the port the request was addressed to
   */
  public static boolean refuses(
      String method, String fetchSite, String origin, String scheme, String host, int port) {
    if (method == null || !STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (fetchSite != null) {
      String site = fetchSite.strip().toLowerCase(Locale.ROOT);
      if (site.equals("cross-site") || site.equals("same-site")) {
        return true;
      }
    }
    return origin != null && !isSameOrigin(origin.strip(), scheme, host, port);
  }

  /** Whether an {@code Origin} value names exactly {@code scheme://host:port}. */
  static boolean isSameOrigin(String origin, String scheme, String host, int port) {
    if (scheme == null || host == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      // Includes "null", which a browser sends for sandboxed frames and data: pages.
      return false;
    }
    if (uri.getScheme() == null
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return false;
    }
    String originScheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int originPort = uri.getPort() >= 0 ? uri.getPort() : defaultPort(originScheme);
    return originScheme.equals(scheme.toLowerCase(Locale.ROOT))
        && uri.getHost().equalsIgnoreCase(asUriHost(host))
        && originPort == port;
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
  }

  private static String asUriHost(String host) {
    // URI.getHost() keeps an IPv6 address in brackets; getServerName() may give it without.
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
