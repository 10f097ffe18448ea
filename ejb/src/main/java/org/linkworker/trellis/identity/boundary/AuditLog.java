package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

  /**
   * Records that {@code reader} read the reflections or opened the evidence of other people: one
   * entry per person read, its subject that person, all written in one statement however many
   * people a page showed. Nothing is written for the reader's own portfolio or for an empty map.
   *
   * @param action {@link AuditAction#REFLECTIONS_READ} or {@link AuditAction#EVIDENCE_READ}
   * @param detailByOwner what was read, in words, by the username of the person it belongs to
   */
  public void recordReads(String reader, AuditAction action, Map<String, String> detailByOwner) {
    Instant now = clock.instant();
    List<AuditEntry> entries = new ArrayList<>();
    detailByOwner.forEach(
        (owner, detail) -> {
          if (!owner.equalsIgnoreCase(reader)) {
            entries.add(new AuditEntry(now, reader, action, person(owner), detail));
          }
        });
    if (entries.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder("insert into audit_entry (at_utc, actor, audit_action, subject, detail)");
    sql.append(" values ");
    sql.append(String.join(", ", Collections.nCopies(entries.size(), "(?, ?, ?, ?, ?)")));
    // Whatever the persistence context holds is written first, so that the log keeps its order.
    em.flush();
    try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(sql.toString())) {
      int i = 1;
      for (AuditEntry entry : entries) {
        insert.setTimestamp(
            i++, Timestamp.valueOf(LocalDateTime.ofInstant(entry.getAt(), ZoneOffset.UTC)));
        insert.setString(i++, entry.getActor());
        insert.setString(i++, entry.getAction());
        insert.setString(i++, entry.getSubject());
        insert.setString(i++, entry.getDetail());
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The reads could not be written to the audit log", e);
    }
  }

  /** A value in a detail line: quoted, or "none". */
  public static String quoted(String value) {
    return value == null ? "none" : "\"" + value + "\"";
  }

  /** The subject of an entry about a person. */
  public static String person(String username) {
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
