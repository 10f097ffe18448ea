package org.linkworker.trellis.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes a view stateless from the moment it is created when the visitor has no session yet.
 *
 * <p>{@code <f:view transient="true">} in the layout only takes effect once the page has been
 * built, which is after PrimeFaces' CSP listener has looked at the view: seeing a stateful view, it
 * stores its nonce in the view map and so opens an HTTP session for every anonymous visitor. A
 * flood of anonymous requests would then fill the heap with sessions (see STACK.md). Marking the
 * view transient here, before any listener runs, keeps anonymous visits session-free.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (context.getExternalContext().getSession(false) == null) {
      root.setTransient(true);
    }
    return root;
  }
}
