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

  private NotVisibleException(String key, Object[] arguments) {
    super(key, arguments);
  }

  /**
   * Not there, in a message of its own: for something that is simply not there yet, where saying
   * how it comes to be there helps.
   *
   * @param key a key of {@code messages.properties}
   */
  public static NotVisibleException because(String key, Object... arguments) {
    return new NotVisibleException(key, arguments);
  }
}
