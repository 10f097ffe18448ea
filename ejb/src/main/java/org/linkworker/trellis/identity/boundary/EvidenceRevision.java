package org.linkworker.trellis.identity.boundary;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An organisation's evidence revision: a number on its row that every transaction changing the
 * verified evidence of one of its people moves on (an entry verified, an assessment recorded or
 * withdrawn), so that a reader keeping what it derived from that evidence (the team's levels) finds
 * in one statement whether it is still the database's, on any server sharing the database.
 *
 * <p>Read and moved with plain SQL on the transaction's connection: the column is not mapped, so an
 * organisation kept in the persistence provider's cache never goes stale by it. A reader reads the
 * revision before the evidence: a change committed in between leaves what it kept newer than its
 * revision, which is read again next time, never older.
 */
public final class EvidenceRevision {

  private static final String READ = "select evidence_revision from organisation where id = ?";

  private static final String ADVANCE =
      "update organisation set evidence_revision = evidence_revision + 1 where id = ?";

  private EvidenceRevision() {}

  /** The organisation's revision now; -1 for an organisation there is not. */
  public static long read(EntityManager em, String organisationId) {
    try (PreparedStatement read = em.unwrap(Connection.class).prepareStatement(READ)) {
      read.setString(1, organisationId);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The evidence revision could not be read", e);
    }
  }

  /**
   * The verified evidence of a person of the organisation changes in the current transaction: the
   * revision moves on with it (its row stays locked until the transaction ends). Nothing for a
   * person of no organisation.
   */
  public static void advance(EntityManager em, String organisationId) {
    if (organisationId == null) {
      return;
    }
    try (PreparedStatement advance = em.unwrap(Connection.class).prepareStatement(ADVANCE)) {
      advance.setString(1, organisationId);
      advance.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The evidence revision could not be moved on", e);
    }
  }
}
