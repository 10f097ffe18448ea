package org.linkworker.trellis.workforce.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.linkworker.trellis.workforce.boundary.ComplianceReport.Part;
import org.linkworker.trellis.workforce.boundary.ComplianceReport.Window;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;
import org.linkworker.trellis.workforce.entity.SchemePart;
import org.linkworker.trellis.workforce.entity.WindowKind;

/**
 * PRODUCT.md's compliance of a person with a scheme on a day, exactly: the counted entries dated in
 * the scheme's window and not after the day; each part with what it requires, what is achieved and
 * what is missing; met when every part is met. Where a report says more than met or not, it says at
 * risk: a part not met with the window ending within {@value #AT_RISK_DAYS} days, or, for a window
 * that moves with the day (the three-year scheme, refresher items), every part met today but one
 * that stops being met within {@value #AT_RISK_DAYS} days unless something new is recorded.
 */
final class ComplianceRule {

  /** How close the end of a window (or a lapse) puts compliance at risk. */
  public static final int AT_RISK_DAYS = 60;

  private ComplianceRule() {}

  /** The person's compliance with the scheme on {@code day}, from their counted entries. */
  public static ComplianceReport report(
      RequirementScheme scheme, LocalDate day, Collection<CountedEntry> counted) {
    return report(scheme, day, counted, competency -> true);
  }

  /**
   * The compliance of a person whose framework has the competencies {@code ofTheirFramework}
   * accepts: a refresher item naming another profession's competency is not theirs to meet, and is
   * left out of their report.
   */
  public static ComplianceReport report(
      RequirementScheme scheme,
      LocalDate day,
      Collection<CountedEntry> counted,
      Predicate<String> ofTheirFramework) {
    LocalDate from = scheme.windowFrom(day);
    LocalDate to = scheme.windowTo(day);
    List<CountedEntry> inWindow =
        counted.stream()
            .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(day))
            .sorted(Comparator.comparing(CountedEntry::date))
            .toList();
    List<Part> parts = new ArrayList<>();
    for (SchemePart part : scheme.getParts()) {
      parts.add(part(scheme, part, inWindow));
    }
    for (SchemeItem item : scheme.getItems()) {
      if (ofTheirFramework.test(item.getCompetencyCode())) {
        parts.add(item(item, day, inWindow));
      }
    }
    boolean met = parts.stream().allMatch(Part::met);
    return new ComplianceReport(
        scheme.getCode(),
        scheme.getTitle(),
        day,
        new Window(from, to),
        met,
        status(scheme, day, to, met, parts),
        parts);
  }

  /**
   * Whether a scheme asks anything of a person whose framework has the competencies {@code
   * ofTheirFramework} accepts: a scheme of parts does; a mandatory training scheme does when one of
   * its items names a competency of their framework (an organisation with two professions may train
   * each in its own competencies).
   */
  public static boolean asksOf(RequirementScheme scheme, Predicate<String> ofTheirFramework) {
    return !scheme.getParts().isEmpty()
        || scheme.getItems().isEmpty()
        || scheme.getItems().stream().map(SchemeItem::getCompetencyCode).anyMatch(ofTheirFramework);
  }

  private static ComplianceStatus status(
      RequirementScheme scheme, LocalDate day, LocalDate to, boolean met, List<Part> parts) {
    LocalDate horizon = day.plusDays(AT_RISK_DAYS);
    if (met) {
      boolean lapsing =
          parts.stream().anyMatch(p -> p.lapses() != null && !p.lapses().isAfter(horizon));
      return lapsing ? ComplianceStatus.AT_RISK : ComplianceStatus.MET;
    }
    boolean closing =
        scheme.getWindowKind() == WindowKind.MEMBERSHIP_YEAR
            && ChronoUnit.DAYS.between(day, to) <= AT_RISK_DAYS;
    return closing ? ComplianceStatus.AT_RISK : ComplianceStatus.NOT_MET;
  }

  private static Part part(RequirementScheme scheme, SchemePart part, List<CountedEntry> entries) {
    BigDecimal achieved = measure(part, entries);
    BigDecimal required = part.getRequired();
    boolean met = achieved.compareTo(required) >= 0;
    LocalDate lapses = null;
    if (met && scheme.getWindowKind() == WindowKind.ROLLING_YEARS) {
      // Entries leave a rolling window oldest first: the part lapses on the first day the entry
      // whose leaving breaks it is out.
      for (int leaving = 0; leaving < entries.size(); leaving++) {
        List<CountedEntry> left = entries.subList(leaving + 1, entries.size());
        if (measure(part, left).compareTo(required) < 0) {
          LocalDate date = entries.get(leaving).date();
          lapses = firstDayOut(date, date.plusYears(scheme.getWindowYears()), scheme::windowFrom);
          break;
        }
      }
    }
    return new Part(
        part.getCode(), plain(required), plain(achieved), missing(required, achieved), met, lapses);
  }

  private static BigDecimal measure(SchemePart part, List<CountedEntry> entries) {
    return switch (part.getMeasure()) {
      case HOURS ->
          entries.stream()
              .filter(e -> part.counts(e.type()))
              .map(CountedEntry::hours)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      case PARTICIPATORY_HOURS ->
          entries.stream()
              .filter(e -> e.participatory() && part.counts(e.type()))
              .map(CountedEntry::hours)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      case REFLECTIVE_ACCOUNTS ->
          BigDecimal.valueOf(
              entries.stream().filter(e -> e.reflective() && part.counts(e.type())).count());
      case ACTIVITY_TYPES ->
          BigDecimal.valueOf(
              entries.stream().map(CountedEntry::type).filter(part::counts).distinct().count());
    };
  }

  /**
   * A refresher item is met on day D by a counted entry claiming its competency dated from D minus
   * the interval (that day counts) to D; it lapses on the first day that leaves the newest such
   * entry out.
   */
  private static Part item(SchemeItem item, LocalDate day, List<CountedEntry> entries) {
    UnaryOperator<LocalDate> months = d -> d.minusMonths(item.getRefresherMonths());
    LocalDate from = months.apply(day);
    Optional<LocalDate> newest =
        entries.stream()
            .filter(e -> !e.date().isBefore(from))
            .filter(e -> e.competencies().contains(item.getCompetencyCode()))
            .map(CountedEntry::date)
            .max(Comparator.naturalOrder());
    BigDecimal achieved = newest.isPresent() ? BigDecimal.ONE : BigDecimal.ZERO;
    return new Part(
        item.getCompetencyCode(),
        BigDecimal.ONE,
        achieved,
        missing(BigDecimal.ONE, achieved),
        newest.isPresent(),
        newest
            .map(d -> firstDayOut(d, d.plusMonths(item.getRefresherMonths()), months))
            .orElse(null));
  }

  /**
   * The first day, from {@code near} on, whose window starting at {@code windowFrom} leaves out an
   * entry of {@code date}. {@code near} is the date a number of years or months on; the first day
   * out is usually the day after it, but later where the count ends at a short month's end: a year
   * before the 28th of February 2028 is the 28th of February 2027, so an entry of that day still
   * counts on the 29th.
   */
  private static LocalDate firstDayOut(
      LocalDate date, LocalDate near, UnaryOperator<LocalDate> windowFrom) {
    LocalDate day = near;
    while (!windowFrom.apply(day).isAfter(date)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static BigDecimal missing(BigDecimal required, BigDecimal achieved) {
    return plain(required.subtract(achieved).max(BigDecimal.ZERO));
  }

  /** 20.00 reads 20, 12.50 reads 12.5: amounts as a person writes them. */
  public static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
