package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;

class TrellisAuthenticationMechanismTest {

  private static final Caller ALEX =
      new Caller("alex.link", "Alex Link", Set.of(Role.LINK_WORKER, Role.SUPERVISOR), "org-1");

  /** Knows alex.link with one password and one token; counts what it was asked. */
  static class FakeAccounts extends AccountService {
    final Map<String, Caller> active = new HashMap<>(Map.of("alex.link", ALEX));
    final List<String> signIns = new ArrayList<>();

    @Override
    public Optional<Caller> signIn(String username, String password, String origin) {
      signIns.add(username + "@" + origin);
      return "correct horse battery".equals(password)
          ? Optional.ofNullable(active.get(username))
          : Optional.empty();
    }

    @Override
    public Optional<Caller> signInWithToken(String secret) {
      return "tr_token".equals(secret)
          ? Optional.ofNullable(active.get("alex.link"))
          : Optional.empty();
    }

    @Override
    public Optional<Caller> findActiveCaller(String username) {
      return Optional.ofNullable(active.get(username));
    }
  }

  /** What the mechanism told the container. */
  static class Context {
    boolean authenticationRequest;
    AuthenticationParameters parameters;
    String notifiedName;
    Set<String> notifiedGroups;
    String redirectedTo;
    boolean didNothing;

    HttpMessageContext proxy() {
      return (HttpMessageContext)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpMessageContext.class},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "isAuthenticationRequest" -> authenticationRequest;
                    case "getAuthParameters" -> parameters;
                    case "doNothing" -> {
                      didNothing = true;
                      yield AuthenticationStatus.NOT_DONE;
                    }
                    case "redirect" -> {
                      redirectedTo = (String) args[0];
                      yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "notifyContainerAboutLogin" -> {
                      notifiedName = (String) args[0];
                      @SuppressWarnings("unchecked")
                      Set<String> groups = (Set<String>) args[1];
                      notifiedGroups = groups;
                      yield AuthenticationStatus.SUCCESS;
                    }
                    default -> FakeHttp.defaultFor(method.getReturnType());
                  });
    }
  }

  private final FakeAccounts accounts = new FakeAccounts();
  private final TrellisAuthenticationMechanism mechanism =
      new TrellisAuthenticationMechanism(accounts);
  private final FakeHttp.Response response = new FakeHttp.Response();
  private final Context context = new Context();

  private AuthenticationStatus validate(FakeHttp.Request request) {
    return mechanism.validateRequest(request.proxy(), response.proxy(), context.proxy());
  }

  private static FakeHttp.Request api(String method, String pathInfo) {
    FakeHttp.Request request = new FakeHttp.Request().path("/api", pathInfo);
    request.method = method;
    return request;
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anApiCallWithoutCredentialsGets401WithAChallengeAndAProblem() {
    FakeHttp.Request request = api("GET", "/frameworks");

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(response.status).isEqualTo(401);
    assertThat(response.headers.get("WWW-Authenticate")).startsWith("Basic realm=\"Trellis\"");
    assertThat(response.contentType).isEqualTo("application/problem+json");
    assertThat(response.body.toString()).contains("\"status\":401").contains("\"errors\":[]");
    assertThat(response.headers).containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(request.sessionsCreated).isZero();
    assertThat(context.redirectedTo).isNull();
  }

  @Test
  void anApiCallWithTheRightPasswordIsAdmittedWithItsRolesAsGroupsAndNoSession() {
    FakeHttp.Request request =
        api("GET", "/me").header("Authorization", basic("alex.link:correct horse battery"));

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(context.notifiedName).isEqualTo("alex.link");
    assertThat(context.notifiedGroups).containsExactlyInAnyOrder("LINK_WORKER", "SUPERVISOR");
    assertThat(request.attributes).containsEntry(CurrentCaller.ATTRIBUTE, ALEX);
    assertThat(accounts.signIns).containsExactly("alex.link@192.0.2.7");
    assertThat(request.sessionsCreated).isZero();
  }

  @Test
  void aWrongPasswordAndAMalformedHeaderBothGet401() {
    validate(api("GET", "/me").header("Authorization", basic("alex.link:wrong")));
    assertThat(response.status).isEqualTo(401);

    FakeHttp.Response second = new FakeHttp.Response();
    mechanism.validateRequest(
        api("GET", "/me").header("Authorization", "Basic !!!").proxy(),
        second.proxy(),
        new Context().proxy());
    assertThat(second.status).isEqualTo(401);
  }

  @Test
  void aBearerTokenSignsIn() {
    AuthenticationStatus status =
        validate(api("DELETE", "/me/tokens/1").header("Authorization", "Bearer tr_token"));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(context.notifiedName).isEqualTo("alex.link");
  }

  @Test
  void aCrossSiteChangeIsRefusedWith403BeforeAnyCredentialIsChecked() {
    FakeHttp.Request request =
        api("POST", "/organisations")
            .header("Authorization", basic("alex.link:correct horse battery"))
            .header("Origin", "https://evil.example");

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(response.status).isEqualTo(403);
    assertThat(response.contentType).isEqualTo("application/problem+json");
    assertThat(accounts.signIns).isEmpty();
  }

  @Test
  void theApiNeverUsesASessionEvenWhenTheBrowserHasOne() {
    FakeHttp.Request request = api("GET", "/me");
    request.session = new FakeHttp.Session("signed-in");
    request.session.attributes.put(TrellisAuthenticationMechanism.SESSION_USERNAME, "alex.link");

    validate(request);

    assertThat(response.status).isEqualTo(401);
  }

  @Test
  void anAnonymousPageRequestIsSentToSignInWithoutASession() {
    FakeHttp.Request request = new FakeHttp.Request().path("/framework/browse.xhtml", null);
    request.query = "q=listen";

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    assertThat(context.redirectedTo)
        .isEqualTo("/login.xhtml?next=%2Fframework%2Fbrowse.xhtml%3Fq%3Dlisten");
    assertThat(request.sessionsCreated).isZero();
  }

  @Test
  void anAnonymousAjaxRequestGetsAPartialResponseRedirect() {
    FakeHttp.Request request =
        new FakeHttp.Request()
            .path("/account/tokens.xhtml", null)
            .header("Faces-Request", "partial/ajax");
    request.method = "POST";

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    assertThat(response.body.toString())
        .contains("<redirect url=\"/login.xhtml?next=%2Faccount%2Ftokens.xhtml\"/>");
  }

  @Test
  void publicPagesAndResourcesAreServedToAnyoneWithoutASession() {
    for (String path :
        List.of(
            "/login.xhtml", "/error/404.xhtml", "/jakarta.faces.resource/css/trellis.css.xhtml")) {
      Context fresh = new Context();
      FakeHttp.Request request = new FakeHttp.Request().path(path, null);
      AuthenticationStatus status =
          mechanism.validateRequest(
              request.proxy(), new FakeHttp.Response().proxy(), fresh.proxy());

      assertThat(status).as(path).isEqualTo(AuthenticationStatus.NOT_DONE);
      assertThat(fresh.didNothing).as(path).isTrue();
      assertThat(request.sessionsCreated).as(path).isZero();
    }
  }

  @Test
  void aSignedInPageRequestReReadsTheCallerEveryTime() {
    FakeHttp.Request request = new FakeHttp.Request().path("/account/password.xhtml", null);
    request.session = new FakeHttp.Session("signed-in");
    request.session.attributes.put(TrellisAuthenticationMechanism.SESSION_USERNAME, "alex.link");

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(context.notifiedName).isEqualTo("alex.link");
    assertThat(request.attributes).containsEntry(CurrentCaller.ATTRIBUTE, ALEX);
  }

  @Test
  void someoneDeactivatedSinceTheirLastRequestIsSignedOutAtOnce() {
    FakeHttp.Request request = new FakeHttp.Request().path("/account/password.xhtml", null);
    request.session = new FakeHttp.Session("signed-in");
    request.session.attributes.put(TrellisAuthenticationMechanism.SESSION_USERNAME, "alex.link");
    accounts.active.clear();

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    assertThat(request.session.invalidated).isTrue();
    assertThat(context.redirectedTo).startsWith("/login.xhtml");
    assertThat(context.notifiedName).isNull();
  }

  @Test
  void signingInFromTheFormStartsAFreshSessionHoldingOnlyTheUsername() {
    FakeHttp.Request request = new FakeHttp.Request().path("/login.xhtml", null);
    request.method = "POST";
    FakeHttp.Session planted = new FakeHttp.Session("planted-by-someone-else");
    request.session = planted;
    context.authenticationRequest = true;
    context.parameters =
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential("alex.link", "correct horse battery"));

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(planted.invalidated).isTrue();
    assertThat(request.session.id).isNotEqualTo("planted-by-someone-else");
    assertThat(request.session.attributes)
        .containsOnlyKeys(TrellisAuthenticationMechanism.SESSION_USERNAME)
        .containsValue("alex.link");
  }

  @Test
  void aRefusedFormSignInFailsWithoutASession() {
    FakeHttp.Request request = new FakeHttp.Request().path("/login.xhtml", null);
    request.method = "POST";
    context.authenticationRequest = true;
    context.parameters =
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential("alex.link", "wrong"));

    AuthenticationStatus status = validate(request);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(request.sessionsCreated).isZero();
    assertThat(context.notifiedName).isNull();
  }
}
