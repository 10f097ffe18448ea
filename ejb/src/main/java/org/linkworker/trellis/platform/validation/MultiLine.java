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
 * A text of several lines: a description, a reflection, a note. Line breaks and tabs are welcome;
 * every other control character (NUL, escape, backspace, ...) is refused, since no keyboard types
 * one and they corrupt exports and logs. Null is valid.
 */
@Documented
@Constraint(validatedBy = MultiLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface MultiLine {

  String message() default "{validation.multiLine}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
