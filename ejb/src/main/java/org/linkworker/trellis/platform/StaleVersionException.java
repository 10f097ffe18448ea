package org.linkworker.trellis.platform;

/** Someone else changed the thing since the caller read it (HTTP 409). */
public class StaleVersionException extends TrellisException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String what) {
    super("stale_version", what);
  }
}
