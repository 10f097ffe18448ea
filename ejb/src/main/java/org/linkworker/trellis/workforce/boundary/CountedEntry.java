package org.linkworker.trellis.workforce.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.linkworker.trellis.portfolio.entity.ActivityType;

/**
 * A CPD entry that counts towards schemes: submitted or verified (PRODUCT.md: a supervisor's delay
 * must not put a worker out of compliance; drafts and returned entries never count).
 *
 * @param reflective whether its three reflection parts are all filled in
 * @param competencies the codes of the competencies it claims
 */
public record CountedEntry(
    LocalDate date,
    ActivityType type,
    BigDecimal hours,
    boolean participatory,
    boolean reflective,
    Set<String> competencies) {

  public CountedEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(hours, "hours");
    competencies = Set.copyOf(competencies);
  }
}
