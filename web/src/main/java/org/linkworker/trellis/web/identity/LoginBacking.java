package org.linkworker.trellis.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.web.security.SignInRedirect;

/**
 * Backs {@code /login.xhtml}: signs a person in through the container (which asks the one
 * authentication mechanism) and sends them on to the page they asked for, or home.
 *
 * <p>A refusal always reads the same, whether the username is unknown, the password wrong or the
 * account locked or deactivated: the page must not tell anyone which usernames exist.
 */
@Named
@RequestScoped
public class LoginBacking {

  /** Longer input is cut before it reaches the boundary; no username or password is this long. */
  static final int MAX_LENGTH = 200;

  private SecurityContext securityContext;
  private CurrentCaller currentCaller;

  private String username;
  private String password;
  private String next;
  private boolean failed;

  @Inject
  public LoginBacking(SecurityContext securityContext, CurrentCaller currentCaller) {
    this.securityContext = securityContext;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected LoginBacking() {}

  /** The page's view action: someone already signed in goes straight on. */
  public void load() throws IOException {
    if (currentCaller.isSignedIn()) {
      goOn(FacesContext.getCurrentInstance());
    }
  }

  /** The form's action. */
  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(cut(username), cut(password))));
    password = null;
    switch (status) {
      case SUCCESS -> goOn(context);
      case SEND_CONTINUE -> context.responseComplete();
      default -> failed = true;
    }
  }

  private void goOn(FacesContext context) throws IOException {
    ExternalContext external = context.getExternalContext();
    external.redirect(external.getRequestContextPath() + SignInRedirect.target(next));
  }

  static String cut(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** The page to go on to after signing in, as the login page was asked ({@code ?next=}). */
  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  /** Whether the last attempt was refused. */
  public boolean isFailed() {
    return failed;
  }
}
