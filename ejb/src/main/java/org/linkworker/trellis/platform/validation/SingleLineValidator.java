package org.linkworker.trellis.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}. */
public class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isSingleLine(value);
  }

  /** Whether the text has no control character and no line or paragraph separator. */
  public static boolean isSingleLine(CharSequence value) {
    return value.codePoints().noneMatch(SingleLineValidator::breaksTheLine);
  }

  private static boolean breaksTheLine(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        || codePoint == '\u2028'
        || codePoint == '\u2029';
  }
}
