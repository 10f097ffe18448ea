package org.linkworker.trellis.web.layout;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.web.faces.StatelessViewHandler;
import org.linkworker.trellis.web.framework.FrameworkLookup;
import org.primefaces.context.PrimeFacesContext;

/**
 * Backs {@code /WEB-INF/templates/layout.xhtml}: what every page shows around its content (the
 * current framework in the footer) and what every form carries.
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
   * The nonce PrimeFaces' CSP mode gave this page, which every form sends back (see {@code
   * t:formNonce}). PrimeFaces checks it on a post that renders a page again; its script would add
   * it to the forms, but the pages must also work without JavaScript.
   */
  public String getCspNonce() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }

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

  /**
   * Whether this view keeps no state, by {@link StatelessViewHandler}'s rule. The handler marks the
   * view before it is built (for PrimeFaces' CSP listener); the layout's {@code f:view} states it
   * again while the view is built, which is what Mojarra checks when it restores a stateless view
   * on a postback (the sign-in form).
   */
  public boolean isStatelessView() {
    FacesContext context = FacesContext.getCurrentInstance();
    return StatelessViewHandler.isStateless(context, context.getViewRoot().getViewId());
  }
}
