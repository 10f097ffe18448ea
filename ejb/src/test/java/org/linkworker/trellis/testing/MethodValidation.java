package org.linkworker.trellis.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * What the container does before a session bean's method runs: Bean Validation of its {@code Valid}
 * and constrained parameters, throwing what the caller would get.
 */
public final class MethodValidation {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private MethodValidation() {}

  /** Checks the parameters of the service's public method of that name and arity. */
  public static void checkParameters(Object service, String methodName, Object... arguments) {
    Method method =
        Arrays.stream(service.getClass().getMethods())
            .filter(
                m -> m.getName().equals(methodName) && m.getParameterCount() == arguments.length)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no method " + methodName));
    Set<ConstraintViolation<Object>> violations =
        VALIDATOR.forExecutables().validateParameters(service, method, arguments);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  /** The validator the container would use. */
  public static Validator validator() {
    return VALIDATOR;
  }
}
