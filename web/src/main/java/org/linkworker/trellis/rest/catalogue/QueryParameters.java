package org.linkworker.trellis.rest.catalogue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * Query parameters read as text and converted here, so that a value of the wrong form is a 400
 * naming the parameter (JAX-RS would answer 404 for a parameter it cannot convert).
 */
final class QueryParameters {

  private QueryParameters() {}

  /** A whole number, or null when left out. */
  static Integer wholeNumber(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Map.of(name, ApiTexts.text("api.query.wholeNumber", value)));
    }
  }

  /** One of an enumeration's constants spelt exactly, or null when left out. */
  static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    throw new InvalidInputException(
        Map.of(
            name,
            ApiTexts.text(
                "api.query.oneOf",
                Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")))));
  }
}
