package org.linkworker.trellis.platform;

/**
 * The thing asked for is not there for this caller: it does not exist, or the access policy hides
 * it. The two are deliberately the same (HTTP 404), so a refusal leaks nothing.
 */
public class NotVisibleException extends TrellisException {

  private static final long serialVersionUID = 1L;

  /**
   * @param what the kind of thing, e.g. "person" or "organisation" (message key argument)
   */
  public NotVisibleException(String what) {
    super("not_visible", what);
  }
}
