package org.linkworker.trellis.portfolio.entity;

import java.time.LocalDate;
import java.time.Month;

/**
 * The association's membership year, which runs from 1 April to 31 March and is named by the
 * calendar year it starts in: 2026 is 1 April 2026 to 31 March 2027. Declarations are made for one,
 * and the association's CPD scheme counts within one.
 *
 * @param first the calendar year the membership year starts in
 */
public record MembershipYear(int first) implements Comparable<MembershipYear> {

  /** The month a membership year starts in. */
  public static final Month START = Month.APRIL;

  /** The earliest and latest years a membership year may be named by. */
  public static final int EARLIEST = 2000;

  public static final int LATEST = 9998;

  public MembershipYear {
    if (first < EARLIEST || first > LATEST) {
      throw new IllegalArgumentException(
          "A membership year is named by a year from " + EARLIEST + " to " + LATEST);
    }
  }

  /** The membership year the day falls in. */
  public static MembershipYear containing(LocalDate day) {
    return new MembershipYear(
        day.getMonthValue() >= START.getValue() ? day.getYear() : day.getYear() - 1);
  }

  /** Its first day, 1 April. */
  public LocalDate from() {
    return LocalDate.of(first, START, 1);
  }

  /** Its last day, 31 March of the next calendar year. */
  public LocalDate to() {
    return from().plusYears(1).minusDays(1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  public MembershipYear previous() {
    return new MembershipYear(first - 1);
  }

  /** How people write it: {@code 2026–27}. */
  public String label() {
    return first + "\u2013" + String.format("%02d", (first + 1) % 100);
  }

  @Override
  public int compareTo(MembershipYear other) {
    return Integer.compare(first, other.first);
  }

  @Override
  public String toString() {
    return label();
  }
}
