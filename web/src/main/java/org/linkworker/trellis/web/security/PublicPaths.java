package org.linkworker.trellis.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which parts of the application someone may reach without signing in, and which part is the API.
 * Everything else needs sign-in (PRODUCT.md: anyone signed in may read the framework).
 *
 * <p>Open to everyone: the login page, the error pages, the Faces resources (style sheets and
 * scripts the login page needs), and Payara's {@code /health} and {@code /openapi}, which Payara
 * serves inside this application because it sits at the root context and which hold no personal
 * data. A deployment may open more path prefixes with the context parameter {@value
 * #EXTRA_PUBLIC_PATHS} (comma-separated); the shipped application sets none, and the integration
 * tests use it for Arquillian's own test-runner servlet.
 *
 * <p>Paths are the container's decoded and normalised view of the request (servlet path plus path
 * info), never the raw request URI, so {@code /error/..%2Fframework/browse.xhtml} cannot pass as an
 * error page.
 */
public final class PublicPaths {

  static final String API = "/api";
  static final String RESOURCES = "/jakarta.faces.resource/";
  static final String ERRORS = "/error/";
  static final String EXTRA_PUBLIC_PATHS = "org.linkworker.trellis.EXTRA_PUBLIC_PATHS";
  private static final java.util.List<String> PAYARA_SERVICES =
      java.util.List.of("/health", "/openapi");

  private PublicPaths() {}

  /** The request's path inside the application, as the container mapped it. */
  public static String of(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    String path = servletPath + pathInfo;
    return path.isEmpty() ? "/" : path;
  }

  /** Whether the path is the REST API's (credentials in each request, never a session). */
  public static boolean isApi(String path) {
    return path.equals(API) || path.startsWith(API + "/");
  }

  /** Whether the path is a Faces resource: open, and not worth reading the caller for. */
  public static boolean isResource(String path) {
    return path.startsWith(RESOURCES);
  }

  /** Whether anyone may see the path without signing in. */
  public static boolean isPublic(String path) {
    return isResource(path) || isPublicView(path) || isUnder(path, PAYARA_SERVICES);
  }

  /** Whether the path is public, counting the deployment's extra public prefixes too. */
  public static boolean isPublic(HttpServletRequest request, String path) {
    if (isPublic(path)) {
      return true;
    }
    String extra =
        request.getServletContext() == null
            ? null
            : request.getServletContext().getInitParameter(EXTRA_PUBLIC_PATHS);
    return extra != null
        && isUnder(
            path,
            java.util.Arrays.stream(extra.split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList());
  }

  private static boolean isUnder(String path, java.util.List<String> prefixes) {
    return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  /**
   * Whether a Faces view is one of the public pages (the login page and the error pages), which are
   * always stateless.
   */
  public static boolean isPublicView(String viewId) {
    return viewId != null
        && (viewId.equals(SignInRedirect.LOGIN_PAGE)
            || (viewId.startsWith(ERRORS) && viewId.endsWith(".xhtml")));
  }
}
