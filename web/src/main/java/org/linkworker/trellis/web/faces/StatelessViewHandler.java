package org.linkworker.trellis.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import org.linkworker.trellis.web.security.PublicPaths;

/**
 * Makes a view stateless from the moment it is created when the visitor has no session yet, and
 * always for the public pages (the login page and the error pages).
 *
 * <p>Pages for signed-in people are stateful: their server-side view state is what protects their
 * forms from being posted by another site. Public pages must not be: every anonymous visit would
 * open an HTTP session and store a view, and a flood of anonymous requests would fill the heap (see
 * STACK.md). Marking a view transient in the page ({@code <f:view transient="true">}) only takes
 * effect once the page has been built, which is after PrimeFaces' CSP listener has looked at the
 * view: seeing a stateful view, it stores its nonce in the view map and so opens a session. Marking
 * the view transient here, before any listener runs, keeps anonymous visits session-free.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (isStateless(context, viewId)) {
      root.setTransient(true);
    }
    return root;
  }

  /** Public pages, and every page for a visitor without a session, keep no view state. */
  public static boolean isStateless(FacesContext context, String viewId) {
    return PublicPaths.isPublicView(viewId)
        || context.getExternalContext().getSession(false) == null;
  }
}
