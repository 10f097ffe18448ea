package org.linkworker.trellis.workforce.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.notification.entity.NotificationKind;

/**
 * Which reminders a worker is due on a day, from what the other components already work out
 * (compliance, attainment, supervision, declarations). Each reminder has a subject key that names
 * exactly what it is about, so that it is sent once: the same window and part, the same lapse day,
 * the same supervision due day or the same membership year is the same reminder however many nights
 * it stays true, and a new lapse day or due day is a new one.
 */
public final class ReminderRule {

  /** How far ahead a window's end or a lapse is reminded of. */
  public static final int HORIZON_DAYS = 60;

  private ReminderRule() {}

  /** One reminder due: its kind, what it is about, and the values its sentence needs. */
  public record Due(NotificationKind kind, String subjectKey, List<Object> values) {
    public Due {
      values = List.copyOf(values);
    }
  }

  /**
   * A scheme as compliance reports it on the day: {@code atRisk} when compliance is at risk and
   * {@code met} when every part is met.
   */
  public record SchemeStanding(
      String scheme,
      String title,
      LocalDate windowFrom,
      LocalDate windowTo,
      boolean met,
      boolean atRisk,
      List<PartStanding> parts) {
    public SchemeStanding {
      parts = List.copyOf(parts);
    }
  }

  /** One part of a scheme: met or not, what is missing, the day a met part lapses (or null). */
  public record PartStanding(String part, boolean met, BigDecimal missing, LocalDate lapses) {}

  /** A competency held at a level, and the first day it no longer holds (null: it does not). */
  public record LevelStanding(String competency, int level, LocalDate lapses) {}

  /**
   * The parts that put a scheme at risk: while the window closes within {@value #HORIZON_DAYS}
   * days, each part not met yet (once per window and part); when every part is met, each that
   * lapses within {@value #HORIZON_DAYS} days (once per part and lapse day).
   */
  public static List<Due> schemeParts(SchemeStanding scheme, LocalDate day) {
    List<Due> due = new ArrayList<>();
    if (!scheme.atRisk()) {
      return due;
    }
    LocalDate horizon = day.plusDays(HORIZON_DAYS);
    for (PartStanding part : scheme.parts()) {
      if (!scheme.met() && !part.met()) {
        due.add(
            new Due(
                NotificationKind.SCHEME_PART_AT_RISK,
                key(scheme.scheme(), scheme.windowFrom().toString(), part.part()),
                List.of(scheme.title(), part.part(), part.missing(), scheme.windowTo())));
      } else if (scheme.met()
          && part.lapses() != null
          && part.lapses().isAfter(day)
          && !part.lapses().isAfter(horizon)) {
        due.add(
            new Due(
                NotificationKind.SCHEME_PART_AT_RISK,
                key(scheme.scheme(), part.part(), "lapses", part.lapses().toString()),
                List.of(scheme.title(), part.part(), part.lapses())));
      }
    }
    return due;
  }

  /**
   * Each level held (above 0) that stops holding within {@value #HORIZON_DAYS} days, as its
   * evidence leaves currency: once per competency and lapse day.
   */
  public static List<Due> lapsingLevels(List<LevelStanding> levels, LocalDate day) {
    LocalDate horizon = day.plusDays(HORIZON_DAYS);
    return levels.stream()
        .filter(l -> l.level() > 0 && l.lapses() != null)
        .filter(l -> l.lapses().isAfter(day) && !l.lapses().isAfter(horizon))
        .map(
            l ->
                new Due(
                    NotificationKind.ATTAINMENT_LAPSING,
                    key(l.competency(), l.lapses().toString()),
                    List.of(l.competency(), l.level(), l.lapses())))
        .toList();
  }

  /**
   * Supervision is overdue when the last session is more than {@code intervalDays} before the day,
   * or when there is none: once per due day (the last session's day plus the interval), or once for
   * a worker who has never had one.
   */
  public static Optional<Due> supervision(LocalDate lastSession, int intervalDays, LocalDate day) {
    if (lastSession == null) {
      return Optional.of(new Due(NotificationKind.SUPERVISION_OVERDUE, "none", List.of()));
    }
    LocalDate dueBy = lastSession.plusDays(intervalDays);
    if (ChronoUnit.DAYS.between(lastSession, day) <= intervalDays) {
      return Optional.empty();
    }
    return Optional.of(
        new Due(
            NotificationKind.SUPERVISION_OVERDUE, dueBy.toString(), List.of(lastSession, dueBy)));
  }

  /** A declaration is due once per membership year, named by the year it starts in. */
  public static Optional<Due> declaration(boolean declared, int membershipYear, String label) {
    return declared
        ? Optional.empty()
        : Optional.of(
            new Due(
                NotificationKind.DECLARATION_DUE,
                Integer.toString(membershipYear),
                List.of(label)));
  }

  private static String key(String... parts) {
    String key = String.join("|", parts);
    return key.length() <= 200 ? key : key.substring(0, 200);
  }
}
