package org.linkworker.trellis.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request with an error page instead of the page: 404 when the thing asked for is
 * not there for this person (whether it exists or not), 403 when they may see that it exists but
 * not use the page.
 */
public final class Refusals {

  private Refusals() {}

  /** The 404 page. */
  public static void notFound(FacesContext context) {
    send(context, HttpServletResponse.SC_NOT_FOUND);
  }

  /** The 403 page. */
  public static void forbidden(FacesContext context) {
    send(context, HttpServletResponse.SC_FORBIDDEN);
  }

  static void send(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    try {
      if (!external.isResponseCommitted()) {
        external.responseSendError(status, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
