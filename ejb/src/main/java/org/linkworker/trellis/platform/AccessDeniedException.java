package org.linkworker.trellis.platform;

/** The caller may not do this (HTTP 403): used where existence is no secret, e.g. creating. */
public class AccessDeniedException extends TrellisException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String key, Object... arguments) {
    super(key, arguments);
  }
}
