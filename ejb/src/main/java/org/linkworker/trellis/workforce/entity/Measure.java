package org.linkworker.trellis.workforce.entity;

/** What a scheme's part counts over the entries in its window. */
public enum Measure {
  /** Hours (one point per hour), of every type or of the part's types. */
  HOURS,
  /** Hours of participatory entries (learning with others). */
  PARTICIPATORY_HOURS,
  /** Entries whose three reflection parts are all filled in. */
  REFLECTIVE_ACCOUNTS,
  /** Distinct activity types. */
  ACTIVITY_TYPES
}
