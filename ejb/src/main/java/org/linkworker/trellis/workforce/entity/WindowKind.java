package org.linkworker.trellis.workforce.entity;

/** How a scheme's window is placed around the day asked about. */
public enum WindowKind {
  /** A fixed year from a start day (the association's: 1 April to 31 March) containing the day. */
  MEMBERSHIP_YEAR,
  /** The years ending on the day: from that day minus the years, plus one day, to that day. */
  ROLLING_YEARS,
  /** Each item's own refresher interval before the day. */
  REFRESHER
}
