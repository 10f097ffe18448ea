package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;

/**
 * Writes the audit log, in the caller's transaction: an audited change and its entry are kept or
 * rolled back together. {@link AuditService} reads it.
 */
@Stateless
public class AuditLog {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Appends an entry stamped with the current time.
   *
   * @param actor the username that acted, {@link AuditEntry#SYSTEM}, or the name tried at a failed
   *     sign-in
   * @param subject what it concerned, e.g. {@code person:alex.link}; may be null
   * @param detail what changed, in words, never a password or a secret; may be null
   */
  public void record(String actor, AuditAction action, String subject, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    // Written now, so that the numbers the database gives follow the order things happened in
    // (the provider would otherwise insert a transaction's new entries in an order of its own).
    em.flush();
  }

  /** A value in a detail line: quoted, or "none". */
  public static String quoted(String value) {
    return value == null ? "none" : "\"" + value + "\"";
  }

  /** The subject of an entry about a person. */
  static String person(String username) {
    return "person:" + username;
  }

  /** The subject of an entry about an organisation. */
  static String organisation(String id) {
    return "organisation:" + id;
  }

  /** The subject of an entry about a course. */
  public static String course(String id) {
    return "course:" + id;
  }

  /** The subject of an entry about a framework version. */
  public static String framework(String code, String version) {
    return "framework:" + code + "/" + version;
  }

  /** The subject of an entry about an access token. */
  static String token(String id) {
    return "token:" + id;
  }
}
