package org.linkworker.trellis.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MultiLine}. */
public class MultiLineValidator implements ConstraintValidator<MultiLine, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || value.codePoints().noneMatch(MultiLineValidator::isForeignControl);
  }

  private static boolean isForeignControl(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        && codePoint != '\n'
        && codePoint != '\r'
        && codePoint != '\t';
  }
}
