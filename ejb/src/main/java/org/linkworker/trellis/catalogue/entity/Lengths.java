package org.linkworker.trellis.catalogue.entity;

/**
 * Column lengths of the catalogue tables, shared by {@code @Column(length)}, {@code @Size(max)},
 * the pages' fields and the Liquibase changelog (which must say the same numbers).
 */
public final class Lengths {

  /** A generated identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** The provider's own code for a course, e.g. {@code CLP-101}. */
  public static final int COURSE_CODE = 40;

  /** A course's title. */
  public static final int TITLE = 200;

  /** A course's description. */
  public static final int DESCRIPTION = 4000;

  /** Who accredits a course, in words. */
  public static final int ACCREDITATION = 200;

  /** A course's web address. */
  public static final int URL = 500;

  /** A competency code as frameworks spell it. */
  public static final int COMPETENCY_CODE = 40;

  /** An enumeration name: a delivery mode, a status, a strength. */
  public static final int ENUM = 16;

  /** A username (who started an import). */
  public static final int USERNAME = 60;

  /** The name of an uploaded file, as the browser gave it. */
  public static final int FILE_NAME = 255;

  /** A column name of an import's file. */
  public static final int COLUMN = 40;

  /** An import error's message. */
  public static final int MESSAGE = 1000;

  private Lengths() {}
}
