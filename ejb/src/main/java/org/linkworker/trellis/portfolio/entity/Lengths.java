package org.linkworker.trellis.portfolio.entity;

/**
 * Column lengths of the portfolio tables, shared by {@code @Column(length)}, {@code @Size(max)},
 * the pages' fields and the Liquibase changelog (which must say the same numbers).
 */
public final class Lengths {

  /** A generated identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** An entry's title: 1 to 200 characters (PRODUCT.md). */
  public static final int TITLE = 200;

  /** One part of a reflection. */
  public static final int REFLECTION = 4000;

  /** A code of practice standard's code, or a competency code. */
  public static final int CODE = 40;

  /** A return reason or a verification note; an assessment's note. */
  public static final int NOTE = 2000;

  /** A supervision record's private notes, the worker's own. */
  public static final int SUPERVISION_NOTES = 4000;

  /** An enumeration name. */
  public static final int ENUM = 24;

  /** A username. */
  public static final int USERNAME = 60;

  /** The name an evidence file is shown under (its plain base name, extension included). */
  public static final int FILE_NAME = 200;

  /** A media type such as {@code application/pdf}. */
  public static final int MEDIA_TYPE = 100;

  /** A SHA-256 digest in hexadecimal. */
  public static final int SHA_256 = 64;

  /** The worker's own key of an imported entry: 1 to 80 characters. */
  public static final int IMPORT_KEY = 80;

  private Lengths() {}
}
