package org.linkworker.trellis.platform;

import java.util.Map;

/**
 * Input a person can correct (HTTP 400): one message per field, keyed by the field's name in the
 * page or payload (e.g. {@code username}). The message of the exception sums them up.
 */
public class InvalidInputException extends TrellisException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> fieldErrors;

  public InvalidInputException(Map<String, String> fieldErrors) {
    super("invalid_input", String.join("; ", fieldErrors.values()));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
