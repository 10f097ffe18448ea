package org.linkworker.trellis.workforce.entity;

/**
 * Column lengths of the workforce tables, shared by {@code @Column(length)}, {@code @Size(max)},
 * the pages' fields and the Liquibase changelog (which must say the same numbers).
 */
public final class Lengths {

  /** A generated identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** A scheme's code, a part's code, or a competency code. */
  public static final int CODE = 40;

  /** A scheme's title. */
  public static final int TITLE = 200;

  /** An enumeration name. */
  public static final int ENUM = 24;

  /** A comma-separated list of activity types. */
  public static final int ACTIVITY_TYPES = 300;

  private Lengths() {}
}
