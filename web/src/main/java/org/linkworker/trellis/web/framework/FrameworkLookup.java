package org.linkworker.trellis.web.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Finds the framework a page shows: the current version of the signed-in person's own framework
 * (their career stage's; the default framework for someone without a stage or not signed in), or
 * the version named by the page's {@code code} and {@code version} parameters.
 *
 * <p>Request scoped so that the page body and the layout's footer share one read of the current
 * framework instead of loading it twice.
 */
@RequestScoped
public class FrameworkLookup {

  private FrameworkService frameworks;
  private PeopleService people;
  private CurrentCaller currentCaller;
  private Optional<FrameworkOutline> current;

  @Inject
  public FrameworkLookup(
      FrameworkService frameworks, PeopleService people, CurrentCaller currentCaller) {
    this.frameworks = frameworks;
    this.people = people;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected FrameworkLookup() {}

  /**
   * The current version of the signed-in person's framework (the one of their career stage), or of
   * the default framework for someone without a stage or not signed in; read at most once per
   * request.
   */
  public Optional<FrameworkOutline> current() {
    if (current == null) {
      current =
          currentCaller
              .find()
              .flatMap(caller -> people.stageOf(caller))
              .map(frameworks::findCurrentForStage)
              .orElseGet(frameworks::findCurrent);
    }
    return current;
  }

  /**
   * The framework a page asked for: the signed-in person's current one (see {@link #current}) when
   * neither code nor version is given, otherwise exactly that version (empty when either part is
   * missing or it does not exist).
   */
  public Optional<FrameworkOutline> choose(String code, String version) {
    if (!isVersionNamed(code, version)) {
      return current();
    }
    if (isBlank(code) || isBlank(version)) {
      return Optional.empty();
    }
    return frameworks.find(code.strip(), version.strip());
  }

  /**
   * As {@link #choose}, for a page's view action: when a named version does not exist the page
   * still renders its empty state, but answers 404 so that links and crawlers see the truth.
   */
  public Optional<FrameworkOutline> forPage(String code, String version) {
    Optional<FrameworkOutline> framework = choose(code, version);
    if (framework.isEmpty() && isVersionNamed(code, version)) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    return framework;
  }

  /** Whether a page named a framework version rather than asking for the current one. */
  public static boolean isVersionNamed(String code, String version) {
    return !isBlank(code) || !isBlank(version);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
