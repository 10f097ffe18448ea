package org.linkworker.trellis.web.passivation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of a Faces request for a backing bean's action to run outside a server: the messages
 * it adds, where it redirects, and a request map. Install it for one test, release it after.
 */
final class FakeFaces extends FacesContextWrapper {

  final List<String> messages = new ArrayList<>();
  final Map<String, Object> requestMap = new HashMap<>();
  String redirectedTo;
  private final ExternalContext external = new External();

  private FakeFaces() {
    super(null);
  }

  static FakeFaces install() {
    FakeFaces faces = new FakeFaces();
    setCurrentInstance(faces);
    return faces;
  }

  @Override
  public void release() {
    setCurrentInstance(null);
  }

  /** Every request of a test is a first GET: view actions read what the page shows. */
  @Override
  public boolean isPostback() {
    return false;
  }

  @Override
  public ExternalContext getExternalContext() {
    return external;
  }

  @Override
  public void addMessage(String clientId, FacesMessage message) {
    messages.add(clientId + ": " + message.getSummary());
  }

  @Override
  public void validationFailed() {}

  private final class External extends ExternalContextWrapper {

    External() {
      super(null);
    }

    @Override
    public String getRequestContextPath() {
      return "";
    }

    @Override
    public Map<String, Object> getRequestMap() {
      return requestMap;
    }

    @Override
    public void redirect(String url) {
      redirectedTo = url;
    }
  }
}
