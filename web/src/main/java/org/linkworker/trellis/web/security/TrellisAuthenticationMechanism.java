package org.linkworker.trellis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;

/**
 * Who is calling, for every request the application serves. The only authentication mechanism: the
 * container calls it before any page, resource or filter.
 *
 * <ul>
 *   <li>The API ({@code /api}) is stateless: every request carries HTTP Basic credentials or a
 *       personal access token ({@code Authorization: Bearer}). Without valid ones the answer is 401
 *       with a {@code WWW-Authenticate} challenge and a problem document, never a redirect. A
 *       browser request that would change something from another site is refused with 403 before
 *       any credential is looked at (see {@link CrossSiteCheck}).
 *   <li>Pages sign in once, through the login page's {@code SecurityContext.authenticate}; the
 *       session then holds only the username. Every later request re-reads the caller from the
 *       identity boundary, so a deactivated person is signed out at their next click. Someone not
 *       signed in who asks for a page that is not public is sent to the login page, which brings
 *       them back afterwards.
 * </ul>
 *
 * <p>Nothing here opens a session for someone who has not signed in: a flood of anonymous requests
 * must not fill the heap (STACK.md).
 */
@ApplicationScoped
public class TrellisAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attribute that holds the signed-in username. */
  static final String SESSION_USERNAME = TrellisAuthenticationMechanism.class.getName() + ".user";

  private AccountService accounts;

  @Inject
  public TrellisAuthenticationMechanism(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For the CDI client proxy only. */
  protected TrellisAuthenticationMechanism() {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()) {
      return signInFromForm(request, context);
    }
    String path = PublicPaths.of(request);
    if (PublicPaths.isApi(path)) {
      return authenticateApiCall(request, response, context);
    }
    if (PublicPaths.isResource(path)) {
      return context.doNothing();
    }
    return continueSession(request, response, context, path);
  }

  /** The login page's {@code SecurityContext.authenticate} with a username and password. */
  private AuthenticationStatus signInFromForm(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<Caller> caller =
        accounts.signIn(
            password.getCaller(), password.getPasswordAsString(), request.getRemoteAddr());
    if (caller.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    startSession(request, caller.get());
    return admit(request, context, caller.get());
  }

  /**
   * A new session for the person who signed in. Whatever session the browser brought (one planted
   * by someone else, or an earlier sign-in's) is ended, so the id changes and nothing of it
   * survives into the new one.
   */
  private static void startSession(HttpServletRequest request, Caller caller) {
    HttpSession earlier = request.getSession(false);
    if (earlier != null) {
      earlier.invalidate();
    }
    request.getSession(true).setAttribute(SESSION_USERNAME, caller.username());
  }

  private AuthenticationStatus authenticateApiCall(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      if (CrossSiteCheck.refuses(
          request.getMethod(),
          request.getHeader("Sec-Fetch-Site"),
          request.getHeader("Origin"),
          request.getScheme(),
          request.getServerName(),
          request.getServerPort())) {
        SecurityHeaders.addTo(request, response);
        ProblemResponses.crossSite(response);
        return AuthenticationStatus.SEND_FAILURE;
      }
      Optional<Caller> caller =
          callerFor(AuthorizationHeader.parse(request.getHeader("Authorization")), request);
      if (caller.isPresent()) {
        return admit(request, context, caller.get());
      }
      SecurityHeaders.addTo(request, response);
      ProblemResponses.unauthorized(response);
      return AuthenticationStatus.SEND_FAILURE;
    } catch (IOException e) {
      throw new IllegalStateException("Could not answer an API request", e);
    }
  }

  private Optional<Caller> callerFor(AuthorizationHeader header, HttpServletRequest request) {
    if (header instanceof AuthorizationHeader.Basic basic) {
      return accounts.signIn(basic.username(), basic.password(), request.getRemoteAddr());
    }
    if (header instanceof AuthorizationHeader.Bearer bearer) {
      return accounts.signInWithToken(bearer.secret());
    }
    return Optional.empty();
  }

  private AuthenticationStatus continueSession(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    HttpSession session = request.getSession(false);
    Object username = session == null ? null : session.getAttribute(SESSION_USERNAME);
    if (username instanceof String name) {
      Optional<Caller> caller = accounts.findActiveCaller(name);
      if (caller.isPresent()) {
        return admit(request, context, caller.get());
      }
      // Deactivated (or gone) since the last request: signed out at once.
      invalidate(session);
    }
    if (PublicPaths.isPublic(request, path)) {
      return context.doNothing();
    }
    String login =
        request.getContextPath()
            + SignInRedirect.loginFor(
                path, request.getQueryString(), "GET".equalsIgnoreCase(request.getMethod()));
    SecurityHeaders.addTo(request, response);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request would follow a 302 silently and get the login page as its update.
      return partialRedirect(response, login);
    }
    return context.redirect(login);
  }

  private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new IllegalStateException("Could not send a partial redirect", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // Another request of the same person ended it first.
    }
  }

  /**
   * Tells the container who is calling (role names as groups) and leaves them for CurrentCaller.
   */
  private static AuthenticationStatus admit(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    CurrentCaller.set(request, caller);
    return context.notifyContainerAboutLogin(caller.username(), groups(caller));
  }

  static Set<String> groups(Caller caller) {
    return caller.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }
}
