package org.linkworker.trellis.portfolio.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker's own CPD entries that name one standard of the code of practice: how many, their hours,
 * and the newest few to link to.
 *
 * @param standard the standard's code
 * @param newest the newest entries, at most {@link DeclarationService#NEWEST_PER_STANDARD}
 */
public record StandardPractice(
    String standard, long entries, BigDecimal hours, List<EntryLink> newest) {

  public StandardPractice {
    newest = List.copyOf(newest);
  }

  /** An entry to link to. */
  public record EntryLink(String id, LocalDate date, String title) {}
}
