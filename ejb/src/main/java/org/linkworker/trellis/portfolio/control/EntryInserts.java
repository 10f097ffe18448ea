package org.linkworker.trellis.portfolio.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Reflection;

/**
 * Writes new CPD entries and their claims with two batched JDBC inserts, on the connection of the
 * caller's transaction: what an import of thousands of entries a second needs, where persisting
 * them one by one through JPA would cost several statements each. The entries are made and checked
 * as aggregates first (their rules live on {@link CpdEntry}); this only writes what they hold, into
 * the columns their mapping names, so that JPA reads them back as it reads any entry.
 */
public final class EntryInserts {

  static final String ENTRY =
      "insert into cpd_entry (id, owner_id, entry_date, title, activity_type, hours,"
          + " participatory, course_id, standard_code, reflection_what, reflection_learned,"
          + " reflection_change, status, submitted_utc, decided_by, decided_utc, decision_note,"
          + " created_utc, lock_version, import_key)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String CLAIM =
      "insert into cpd_claim (entry_id, competency_id, competency_code, level_number)"
          + " values (?, ?, ?, ?)";

  /** The version JPA gives an entry it inserts, so that an imported entry is updated alike. */
  static final long FIRST_VERSION = 1;

  private EntryInserts() {}

  /** Inserts the entries (not yet stored) and their claims. */
  public static void insert(Connection connection, List<CpdEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement entry = connection.prepareStatement(ENTRY);
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      int claims = 0;
      for (CpdEntry e : entries) {
        Reflection r = e.getReflection();
        entry.setString(1, e.getId());
        entry.setString(2, e.getOwner().getId());
        entry.setDate(3, Date.valueOf(e.getDate()));
        entry.setString(4, e.getTitle());
        entry.setString(5, e.getType().name());
        entry.setBigDecimal(6, e.getHours());
        entry.setBoolean(7, e.isParticipatory());
        text(entry, 8, e.getCourseId());
        text(entry, 9, e.getStandardCode());
        text(entry, 10, r.getWhat());
        text(entry, 11, r.getLearned());
        text(entry, 12, r.getChange());
        entry.setString(13, e.getStatus().name());
        time(entry, 14, e.getSubmittedAt());
        text(entry, 15, e.getDecidedBy());
        time(entry, 16, e.getDecidedAt());
        text(entry, 17, e.getDecisionNote());
        time(entry, 18, e.getCreatedAt());
        entry.setLong(19, FIRST_VERSION);
        text(entry, 20, e.getImportKey());
        entry.addBatch();
        for (Claim c : e.getClaims()) {
          claim.setString(1, e.getId());
          claim.setString(2, c.getCompetencyId());
          claim.setString(3, c.getCompetencyCode());
          claim.setInt(4, c.getLevel());
          claim.addBatch();
          claims++;
        }
      }
      entry.executeBatch();
      if (claims > 0) {
        claim.executeBatch();
      }
    }
  }

  private static void text(PreparedStatement statement, int at, String value) throws SQLException {
    if (value == null) {
      statement.setNull(at, Types.VARCHAR);
    } else {
      statement.setString(at, value);
    }
  }

  /** An instant as the entity's UTC {@code LocalDateTime} column holds it. */
  private static void time(PreparedStatement statement, int at, Instant value) throws SQLException {
    if (value == null) {
      statement.setNull(at, Types.TIMESTAMP);
    } else {
      statement.setTimestamp(at, Timestamp.valueOf(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
    }
  }
}
