package org.linkworker.trellis.platform;

import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.linkworker.trellis.platform.validation.FieldErrors;

/**
 * Input a person can correct (HTTP 400): one message per field, keyed by the field's name in the
 * page or payload (e.g. {@code username}). The message of the exception sums them up.
 *
 * <p>What one field can say about itself (required, length, form, one line) is a Bean Validation
 * constraint on the entity and the boundary's input record, checked by {@code @Valid} on the
 * service method; this exception carries the rules that need the database or other fields (a
 * username already taken, a role the organisation cannot hold, a stage of no current framework).
 */
public class InvalidInputException extends TrellisException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> fieldErrors;

  /** One field's error, by message key. */
  public static InvalidInputException of(String field, String key, Object... arguments) {
    return new InvalidInputException(Map.of(field, Messages.format(key, arguments)));
  }

  /** What Bean Validation found, field by field, as the page or API names the fields. */
  public static InvalidInputException of(ConstraintViolationException violations) {
    return new InvalidInputException(FieldErrors.of(violations.getConstraintViolations()));
  }

  public InvalidInputException(Map<String, String> fieldErrors) {
    super("invalid_input", String.join("; ", fieldErrors.values()));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
