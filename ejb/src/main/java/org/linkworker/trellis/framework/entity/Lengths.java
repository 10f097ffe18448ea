package org.linkworker.trellis.framework.entity;

/**
 * Column lengths of the framework tables, shared by {@code @Column(length)}, {@code @Size(max)},
 * the readers' checks and the Liquibase changelog (which must say the same numbers).
 */
public final class Lengths {

  /** A CASE identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** A CASE identifier as packages written elsewhere give it (UUID, URL or anything else). */
  public static final int CASE_IDENTIFIER = 255;

  /** A CASE URI. */
  public static final int URI = 500;

  /** A short human code: framework, domain, competency, stage, standard, behaviour. */
  public static final int CODE = 40;

  /** A framework version label, e.g. {@code 1} or {@code 2.1}. */
  public static final int VERSION = 20;

  /** A level name, e.g. {@code Practitioner}. */
  public static final int NAME = 100;

  /** A title: of a framework, domain, stage, code of practice or standard; a creator's name. */
  public static final int TITLE = 300;

  /** A statement, descriptor, behaviour, description or note. */
  public static final int TEXT = 4000;

  /** A language tag, e.g. {@code en-GB}. */
  public static final int LANGUAGE = 20;

  /** A status or other enumeration name. */
  public static final int ENUM = 16;

  private Lengths() {}
}
