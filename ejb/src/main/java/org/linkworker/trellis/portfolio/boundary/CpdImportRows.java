package org.linkworker.trellis.portfolio.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.imports.boundary.ChunkOutcome;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.platform.persistence.TimeOrderedIds;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.portfolio.control.EntryInserts;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;

/**
 * What the CPD import job does with a chunk of rows, in the chunk's transaction. Each row is
 * checked as an entry the worker types in would be ({@link ImportedEntryCheck}); bad rows are
 * skipped and their errors stored by line and column. Good rows are looked up by their keys among
 * the worker's entries in one query (their claims in one more, when any is found): a new key makes
 * a new entry (written with the chunk's other new ones in one batch, {@link EntryInserts}); a known
 * key updates its entry while it is a draft or returned (a row that changes nothing counts as
 * unchanged) and otherwise leaves it, counted as unchanged. A row asking for {@code SUBMITTED}
 * submits its entry. What the chunk did is recorded with the import in the same transaction.
 *
 * <p>A chunk written again after a restart finds the entries it made by their keys and replaces the
 * errors it stored, so nothing is duplicated. Submitting through an import sends no notification
 * per entry: the supervisor finds the entries in their queue.
 */
@Stateless
public class CpdImportRows {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Validator validator;

  @Inject CurrentFrameworks frameworks;

  @Inject ImportService imports;

  @Inject Clock clock;

  /** The file of an import, for the job's reader. */
  public byte[] content(String importId) {
    return imports.content(importId);
  }

  /** How many of the file's rows committed chunks have read: where the job's reader resumes. */
  public long committedRows(String importId) {
    return imports.committedRows(importId);
  }

  /** Writes one chunk of rows of an import. */
  public void write(String importId, List<CsvRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String ownerId =
        em.createNamedQuery(FileImport.OWNER_OF, String.class)
            .setParameter("id", importId)
            .getSingleResult();
    Person owner = em.find(Person.class, ownerId);
    Optional<FrameworkSnapshot> framework =
        frameworks.forStage(owner.getStageCode()).or(frameworks::current);
    Instant now = clock.instant();
    ImportedEntryCheck check =
        new ImportedEntryCheck(validator, framework, LocalDate.ofInstant(now, clock.getZone()));

    List<ImportedEntryCheck.Checked> good = new ArrayList<>(rows.size());
    List<ImportView.ErrorLine> errors = new ArrayList<>();
    int rejected = 0;
    for (CsvRow row : rows) {
      ImportedEntryCheck.Outcome outcome = check.check(CpdCsv.parse(row));
      if (outcome.good()) {
        good.add(outcome.checked());
      } else {
        rejected++;
        outcome
            .errors()
            .forEach(
                (column, message) ->
                    errors.add(new ImportView.ErrorLine(row.line(), column, message)));
      }
    }

    List<String> keys = paddedKeys(good);
    Map<String, CpdEntry> stored = storedByKey(owner, keys);
    Map<String, Set<Claim>> storedClaims = storedClaims(owner, keys, stored.isEmpty());
    List<CpdEntry> fresh = new ArrayList<>();
    int updated = 0;
    int unchanged = 0;
    for (ImportedEntryCheck.Checked row : good) {
      CpdEntry entry = stored.get(row.key());
      if (entry == null) {
        entry =
            new CpdEntry(
                TimeOrderedIds.next(),
                owner,
                row.date(),
                row.title(),
                row.type(),
                row.hours(),
                now);
        entry.importedAs(row.key());
        describe(entry, row, Set.of(), now);
        fresh.add(entry);
      } else if (entry.isEditable()
          && describe(entry, row, storedClaims.getOrDefault(row.key(), Set.of()), now)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    try {
      EntryInserts.insert(em.unwrap(Connection.class), fresh);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }

    imports.chunkWritten(
        importId,
        new ChunkOutcome(
            rows.get(0).line(),
            rows.get(rows.size() - 1).line(),
            (int) rows.get(rows.size() - 1).index(),
            fresh.size(),
            updated,
            unchanged,
            rejected,
            errors));
  }

  /**
   * Writes a good row into a new entry, or into a stored one that is a draft or returned, whose
   * claims are {@code claimed}; whether anything changed. The entry's claims are replaced only when
   * they differ, so that an unchanged row reads nothing more.
   */
  private static boolean describe(
      CpdEntry entry, ImportedEntryCheck.Checked row, Set<Claim> claimed, Instant now) {
    boolean changed =
        entry.describe(
            row.date(),
            row.title(),
            row.type(),
            row.hours(),
            row.participatory(),
            entry.getCourseId(),
            row.standard(),
            row.reflection());
    if (!claimed.equals(new HashSet<>(row.claims()))) {
      changed |= entry.claim(row.claims());
    }
    if (row.submit()) {
      entry.submit(now);
      changed = true;
    }
    return changed;
  }

  /**
   * The rows' keys, padded to a power of two with the last one, so that chunks of any size share
   * the few statements the database has prepared for them.
   */
  private static List<String> paddedKeys(List<ImportedEntryCheck.Checked> rows) {
    List<String> keys = new ArrayList<>(rows.size());
    rows.forEach(row -> keys.add(row.key()));
    if (keys.isEmpty()) {
      return keys;
    }
    int size = 16;
    while (size < keys.size()) {
      size <<= 1;
    }
    String last = keys.get(keys.size() - 1);
    while (keys.size() < size) {
      keys.add(last);
    }
    return keys;
  }

  /** The worker's entries imported under the keys, in one query. */
  private Map<String, CpdEntry> storedByKey(Person owner, List<String> keys) {
    Map<String, CpdEntry> stored = new HashMap<>();
    if (keys.isEmpty()) {
      return stored;
    }
    for (CpdEntry entry :
        em.createNamedQuery(CpdEntry.BY_IMPORT_KEYS, CpdEntry.class)
            .setParameter("owner", owner)
            .setParameter("keys", keys)
            .getResultList()) {
      stored.put(entry.getImportKey(), entry);
    }
    return stored;
  }

  /** Their claims by key, in one more query when any is stored. */
  private Map<String, Set<Claim>> storedClaims(Person owner, List<String> keys, boolean none) {
    Map<String, Set<Claim>> claims = new HashMap<>();
    if (none) {
      return claims;
    }
    for (Object[] row :
        em.createNamedQuery(CpdEntry.CLAIMS_BY_IMPORT_KEYS, Object[].class)
            .setParameter("owner", owner)
            .setParameter("keys", keys)
            .getResultList()) {
      claims
          .computeIfAbsent((String) row[0], key -> new HashSet<>())
          .add(new Claim((String) row[1], (String) row[2], ((Number) row[3]).intValue()));
    }
    return claims;
  }
}
