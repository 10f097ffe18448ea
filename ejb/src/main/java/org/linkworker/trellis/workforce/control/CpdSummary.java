package org.linkworker.trellis.workforce.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * What a CPD summary shows, as plain data: the boundary reads it and decides what the reader may
 * see (reflections only for the worker and their supervisor); the document only lays it out. The
 * sums it prints are worked out here, once, so the pages and the tests agree on them.
 *
 * @param worker whose CPD it is
 * @param from the first day of the period, inclusive
 * @param to the last day of the period, inclusive
 * @param produced the day the summary was made
 * @param producedFor the display name of whoever asked for it
 * @param reflections whether the reader may see reflections; when false, no entry carries one
 * @param entries every entry dated in the period, oldest first
 * @param complianceOn the day the schemes' compliance is reported on
 * @param schemes the worker's compliance with each scheme they are under on that day
 */
public record CpdSummary(
    Worker worker,
    LocalDate from,
    LocalDate to,
    LocalDate produced,
    String producedFor,
    boolean reflections,
    List<Entry> entries,
    LocalDate complianceOn,
    List<Scheme> schemes) {

  public CpdSummary {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    entries = List.copyOf(entries);
    schemes = List.copyOf(schemes);
    if (!reflections && entries.stream().anyMatch(e -> e.reflection() != null)) {
      throw new IllegalArgumentException("an entry carries a reflection the reader may not see");
    }
  }

  /**
   * The worker as the summary's title names them.
   *
   * @param organisation the organisation's name, or null
   * @param stage the career stage's title, or null when they have none
   */
  public record Worker(String username, String displayName, String organisation, String stage) {}

  /**
   * One CPD entry.
   *
   * @param verifiedBy the display name of the supervisor who verified it, or null unless verified
   * @param verifiedOn the day it was verified, or null unless verified
   * @param reflection its three parts, or null where the reader may not see reflections
   */
  public record Entry(
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      boolean participatory,
      EntryStatus status,
      String verifiedBy,
      LocalDate verifiedOn,
      List<Claim> claims,
      Reflection reflection) {

    public Entry {
      claims = List.copyOf(claims);
    }
  }

  /** A competency (by code) the entry claims, at a level. */
  public record Claim(String competency, int level) {}

  /** The three parts of a reflection; a part not written yet is null. */
  public record Reflection(String what, String learned, String change) {}

  /**
   * Compliance with one requirement scheme.
   *
   * @param from the first day of the scheme's window
   * @param to the last day of the scheme's window
   */
  public record Scheme(
      String title, LocalDate from, LocalDate to, Standing standing, List<Part> parts) {

    public Scheme {
      parts = List.copyOf(parts);
    }
  }

  /** Where the worker stands with a scheme: PRODUCT.md's met, at risk and not met. */
  public enum Standing {
    MET,
    AT_RISK,
    NOT_MET
  }

  /**
   * One part of a scheme.
   *
   * @param code the part's code ({@code points}, {@code formalHours}, ...; a competency code for a
   *     mandatory-training item)
   */
  public record Part(
      String code, BigDecimal required, BigDecimal achieved, BigDecimal missing, boolean met) {}

  /** Entries and hours of one activity type. */
  public record TypeTotal(ActivityType type, int entries, BigDecimal hours) {}

  /** Every activity type, in the order of {@link ActivityType}, with its entries and hours. */
  public List<TypeTotal> byType() {
    Map<ActivityType, Integer> counts = new EnumMap<>(ActivityType.class);
    Map<ActivityType, BigDecimal> hours = new EnumMap<>(ActivityType.class);
    for (Entry entry : entries) {
      counts.merge(entry.type(), 1, Integer::sum);
      hours.merge(entry.type(), entry.hours(), BigDecimal::add);
    }
    return java.util.Arrays.stream(ActivityType.values())
        .map(
            t ->
                new TypeTotal(t, counts.getOrDefault(t, 0), hours.getOrDefault(t, BigDecimal.ZERO)))
        .toList();
  }

  /** The hours of every entry. */
  public BigDecimal hours() {
    return hoursOf(e -> true);
  }

  /** The hours of the entries that were participatory. */
  public BigDecimal participatoryHours() {
    return hoursOf(Entry::participatory);
  }

  /** How many entries have the status. */
  public int entriesIn(EntryStatus status) {
    return (int) entries.stream().filter(e -> e.status() == status).count();
  }

  /** The hours of the entries with the status. */
  public BigDecimal hoursIn(EntryStatus status) {
    return hoursOf(e -> e.status() == status);
  }

  private BigDecimal hoursOf(Predicate<Entry> which) {
    return entries.stream()
        .filter(which)
        .map(Entry::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
