package org.linkworker.trellis.web.layout;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.web.framework.FrameworkLookup;

/**
 * Backs {@code /WEB-INF/templates/layout.xhtml}: what every page shows around its content, for now
 * the current framework in the footer.
 */
@Named
@RequestScoped
public class LayoutBacking {

  private static final System.Logger LOG = System.getLogger(LayoutBacking.class.getName());

  private FrameworkLookup lookup;
  private Optional<FrameworkOutline> current;

  @Inject
  public LayoutBacking(FrameworkLookup lookup) {
    this.lookup = lookup;
  }

  /** For the CDI client proxy only. */
  protected LayoutBacking() {}

  /**
   * The current framework, or null. The footer is on the error pages too, so a failing read must
   * leave it empty rather than fail the page that reports the failure.
   */
  public FrameworkOutline getCurrentFramework() {
    if (current == null) {
      try {
        current = lookup.current();
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "The current framework could not be read for the footer", e);
        current = Optional.empty();
      }
    }
    return current.orElse(null);
  }
}
