package org.linkworker.trellis.identity.entity;

/**
 * Column lengths of the identity tables, shared by {@code @Column(length)}, {@code @Size(max)}, the
 * services' checks and the Liquibase changelog (which must say the same numbers).
 */
public final class Lengths {

  /** A generated identifier: a UUID in its 36-character form. */
  public static final int IDENTIFIER = 36;

  /** A username: 3 to 60 characters of a-z, 0-9, '.', '_' and '-'. */
  public static final int USERNAME = 60;

  /** The shortest username. */
  public static final int USERNAME_MIN = 3;

  /** An email address (RFC 5321's longest path). */
  public static final int EMAIL = 254;

  /** A person's name as others see it. */
  public static final int DISPLAY_NAME = 200;

  /** An organisation's name. */
  public static final int ORGANISATION_NAME = 200;

  /** A career stage code, as the framework's stages have them. */
  public static final int STAGE_CODE = 40;

  /** An enumeration name: a role or an organisation kind. */
  public static final int ENUM = 16;

  /** A stored password hash in its self-describing form. */
  public static final int PASSWORD_HASH = 200;

  /** A credential stamp: a random UUID. */
  public static final int CREDENTIAL_STAMP = 36;

  /** A personal access token's name, chosen by its owner. */
  public static final int TOKEN_NAME = 100;

  /** The SHA-256 of a token's secret, in lower-case hexadecimal. */
  public static final int SECRET_HASH = 64;

  /** Who acted, in the audit log: a username, "system", or the name tried at a failed sign-in. */
  public static final int ACTOR = 100;

  /** An audit action, e.g. {@code PERSON_DEACTIVATED}. */
  public static final int ACTION = 40;

  /** What an audit entry concerns, e.g. {@code person:alex.link}. */
  public static final int SUBJECT = 200;

  /** What changed, in words. */
  public static final int DETAIL = 4000;

  private Lengths() {}
}
