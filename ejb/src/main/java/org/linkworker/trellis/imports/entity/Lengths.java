package org.linkworker.trellis.imports.entity;

/**
 * Column lengths of the import tables, shared by {@code @Column(length)} and the Liquibase
 * changelogs (which must say the same numbers).
 */
public final class Lengths {

  /** A generated identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** A username. */
  public static final int USERNAME = 60;

  /** The name an uploaded file is shown under. */
  public static final int FILE_NAME = 255;

  /** An enumeration name. */
  public static final int ENUM = 24;

  /** The name of a file's column an error is about. */
  public static final int COLUMN = 40;

  /** Why a row was refused. */
  public static final int MESSAGE = 1000;

  private Lengths() {}
}
