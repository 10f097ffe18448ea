package org.linkworker.trellis.portfolio.boundary;

import java.time.LocalDate;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * What a list of a worker's entries is narrowed to; every part is optional and they add up. Dates
 * are inclusive; {@code competency} is a code the entry claims.
 */
public record EntryFilter(
    LocalDate from, LocalDate to, EntryStatus status, ActivityType type, String competency) {

  public EntryFilter {
    competency = Blank.orNull(competency);
  }

  public static EntryFilter none() {
    return new EntryFilter(null, null, null, null, null);
  }
}
