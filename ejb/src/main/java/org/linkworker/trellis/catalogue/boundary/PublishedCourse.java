package org.linkworker.trellis.catalogue.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A published course as a candidate for recommendations: what a report names it by and the levels
 * it is mapped at.
 *
 * @param levels competency identifier to the highest level the course is mapped at there
 */
public record PublishedCourse(
    String id,
    String code,
    String title,
    BigDecimal hours,
    String providerName,
    Map<String, Integer> levels)
    implements Serializable {

  public PublishedCourse {
    levels = Map.copyOf(levels);
  }
}
