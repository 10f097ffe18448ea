package org.linkworker.trellis.web.tags;

/**
 * What a form field may hold, as the property it fills declares it.
 *
 * @param maxLength the most characters the property takes, or 0 when it sets no bound
 * @param required whether the property must be given (not null, not blank, not empty)
 */
public record FieldLimit(int maxLength, boolean required) {

  /** A field that fills no described property: no bound, not required unless the page says so. */
  public static final FieldLimit NONE = new FieldLimit(0, false);

  /** Whether a {@code maxlength} should be rendered. */
  public boolean isBounded() {
    return maxLength > 0;
  }
}
