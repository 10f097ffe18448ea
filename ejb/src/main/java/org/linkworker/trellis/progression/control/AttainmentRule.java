package org.linkworker.trellis.progression.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PRODUCT.md's attained level, exactly: on day D, evidence dated from D minus {@code currencyYears}
 * (that day counts) to D is current; the attained level in a competency is the highest L with a
 * current assessment at L or above, or at least {@code evidenceThreshold} current claims at L or
 * above; 0 when neither holds. Which entries and assessments are evidence at all (verified, not
 * withdrawn, known on D) is decided by the reader of the database; this class applies the dates and
 * the threshold, so one rule serves a worker's profile, their history and a whole organisation.
 *
 * @param currencyYears how many years evidence counts from its date
 * @param evidenceThreshold how many current claims at a level attain it
 */
public record AttainmentRule(int currencyYears, int evidenceThreshold) {

  public AttainmentRule {
    if (currencyYears < 1 || evidenceThreshold < 1) {
      throw new IllegalArgumentException("currency and threshold are at least 1");
    }
  }

  /** The first day on which evidence of this date counts no more. */
  public LocalDate lapsesOn(LocalDate evidenceDate) {
    // Usually the date plus the currency, plus a day. But a year before a leap day is the 28th of
    // February, so evidence of the 28th still counts on the leap day the currency years on.
    LocalDate day = evidenceDate.plusYears(currencyYears).plusDays(1);
    while (isCurrent(evidenceDate, day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The earliest evidence date that is current on {@code day}. */
  public LocalDate currentFrom(LocalDate day) {
    return day.minusYears(currencyYears);
  }

  /** Whether evidence of this date counts on {@code day}. */
  public boolean isCurrent(LocalDate evidenceDate, LocalDate day) {
    return !evidenceDate.isAfter(day) && !evidenceDate.isBefore(currentFrom(day));
  }

  /**
   * The attained level in each competency that has any current evidence on {@code day}; a
   * competency missing from the map is at level 0.
   */
  public Map<String, Standing> standings(Collection<Evidence> evidence, LocalDate day) {
    Map<String, List<Evidence>> byCompetency = new HashMap<>();
    for (Evidence e : evidence) {
      if (isCurrent(e.date(), day)) {
        byCompetency.computeIfAbsent(e.competencyId(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Standing> standings = new HashMap<>();
    byCompetency.forEach((competency, current) -> standings.put(competency, standing(current)));
    return standings;
  }

  /**
   * The attained level in one competency from its current evidence counted rather than listed, as
   * {@link #standings} would give it: the highest level assessed, or the highest level L with at
   * least the threshold of claims at L or above, whichever is higher.
   *
   * @param claimsAtLevel how many current claims there are at each level (index = level), or null
   * @param assessedLevel the highest level of a current assessment, 0 when none
   */
  public int level(int[] claimsAtLevel, int assessedLevel) {
    int byClaims = 0;
    if (claimsAtLevel != null) {
      int atOrAbove = 0;
      for (int level = claimsAtLevel.length - 1; level >= 1; level--) {
        atOrAbove += claimsAtLevel[level];
        if (atOrAbove >= evidenceThreshold) {
          byClaims = level;
          break;
        }
      }
    }
    return Math.max(byClaims, Math.max(0, assessedLevel));
  }

  /** The level the current evidence of one competency attains, what carries it, and its lapse. */
  private Standing standing(List<Evidence> current) {
    int best = 0;
    List<Evidence> carrying = List.of();
    LocalDate lapses = null;
    int highest = current.stream().mapToInt(Evidence::level).max().orElse(0);
    for (int level = highest; level >= 1 && best == 0; level--) {
      int at = level;
      Evidence assessment =
          current.stream()
              .filter(e -> e.kind() == Evidence.Kind.ASSESSMENT && e.level() >= at)
              .max(Comparator.comparing(Evidence::date))
              .orElse(null);
      List<Evidence> claims =
          current.stream()
              .filter(e -> e.kind() == Evidence.Kind.CLAIM && e.level() >= at)
              .sorted(Comparator.comparing(Evidence::date).reversed())
              .toList();
      boolean byClaims = claims.size() >= evidenceThreshold;
      if (assessment == null && !byClaims) {
        continue;
      }
      best = level;
      // The level holds while either way holds: the newest assessment stays current, or the
      // threshold-th newest claim does.
      LocalDate byAssessment = assessment == null ? null : lapsesOn(assessment.date());
      LocalDate byClaim = byClaims ? lapsesOn(claims.get(evidenceThreshold - 1).date()) : null;
      lapses = later(byAssessment, byClaim);
      List<Evidence> carried = new ArrayList<>();
      if (assessment != null) {
        carried.add(assessment);
      }
      carried.addAll(claims);
      carrying = List.copyOf(carried);
    }
    return new Standing(best, carrying, lapses);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  /**
   * A worker's standing in one competency.
   *
   * @param level the attained level, 0 when no level is attained
   * @param carrying the current evidence at the attained level or above, assessments first then
   *     claims newest first
   * @param lapses the first day on which the level no longer holds if nothing new is recorded (it
   *     may drop to a lower level rather than to 0), or null at level 0
   */
  public record Standing(int level, List<Evidence> carrying, LocalDate lapses) {}
}
