package org.linkworker.trellis.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.Caller;

/**
 * The person the current request acts for, as {@link TrellisAuthenticationMechanism} established
 * it: re-read from the identity boundary for every request, never kept from an earlier one. Backing
 * beans and REST resources take the {@link Caller} they pass to the boundaries from here.
 */
@RequestScoped
public class CurrentCaller {

  /** The request attribute the mechanism leaves the caller in. */
  static final String ATTRIBUTE = CurrentCaller.class.getName();

  private HttpServletRequest request;

  @Inject
  public CurrentCaller(HttpServletRequest request) {
    this.request = request;
  }

  /** For the CDI client proxy only. */
  protected CurrentCaller() {}

  /** The signed-in caller, or empty on a public page visited without signing in. */
  public Optional<Caller> find() {
    return request.getAttribute(ATTRIBUTE) instanceof Caller caller
        ? Optional.of(caller)
        : Optional.empty();
  }

  /**
   * The signed-in caller, where sign-in is certain: every REST resource and every page but the
   * public ones.
   *
   * @throws IllegalStateException when no one is signed in, which the mechanism makes impossible
   *     outside the public pages
   */
  public Caller get() {
    return find().orElseThrow(() -> new IllegalStateException("No caller for this request"));
  }

  /** Whether someone is signed in. */
  public boolean isSignedIn() {
    return find().isPresent();
  }

  static void set(HttpServletRequest request, Caller caller) {
    request.setAttribute(ATTRIBUTE, caller);
  }
}
