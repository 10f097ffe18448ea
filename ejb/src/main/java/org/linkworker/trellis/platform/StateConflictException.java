package org.linkworker.trellis.platform;

/**
 * What was asked cannot happen to the thing as it now is (HTTP 409): verifying an entry that was
 * never submitted, changing one already verified. The message says what state it is in and what can
 * be done instead.
 */
public class StateConflictException extends TrellisException {

  private static final long serialVersionUID = 1L;

  public StateConflictException(String key, Object... arguments) {
    super(key, arguments);
  }
}
