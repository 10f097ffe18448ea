package org.linkworker.trellis.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.OptionalInt;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;

/**
 * Turns a boundary's refusal that escapes a page into the matching error page: {@link
 * NotVisibleException} into 404 (the same page whether the thing exists or not), {@link
 * AccessDeniedException} into 403. Faces wraps what a bean throws (in an {@code ELException}, a
 * {@code FacesException}), so the causes are searched. Anything else goes on to the default
 * handling and the 500 page.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEvent event = events.next();
      OptionalInt status = statusFor(event.getContext().getException());
      if (status.isPresent()) {
        events.remove();
        Refusals.send(FacesContext.getCurrentInstance(), status.getAsInt());
      }
    }
    getWrapped().handle();
  }

  /** The error status for a refusal somewhere in the chain of causes, if there is one. */
  static OptionalInt statusFor(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotVisibleException) {
        return OptionalInt.of(HttpServletResponse.SC_NOT_FOUND);
      }
      if (cause instanceof AccessDeniedException) {
        return OptionalInt.of(HttpServletResponse.SC_FORBIDDEN);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return OptionalInt.empty();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
