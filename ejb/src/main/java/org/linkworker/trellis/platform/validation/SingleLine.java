package org.linkworker.trellis.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A one-line text: a name, a title, a code. Control characters (NUL, line breaks, tabs, escape and
 * the rest of Unicode's Cc category) and the Unicode line and paragraph separators are refused:
 * they cannot be typed into a one-line field, break CSV rows and log lines, and a NUL is silently
 * cut short by some databases. Null is valid (say {@code @NotNull} or {@code @NotBlank} for
 * required).
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

  String message() default "{validation.singleLine}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
