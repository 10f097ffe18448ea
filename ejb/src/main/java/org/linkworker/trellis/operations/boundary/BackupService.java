package org.linkworker.trellis.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.operations.control.BackupSettings;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.platform.persistence.TrellisDataSource;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;

/**
 * Backs up the running database and its evidence files into a new folder under the backup folder
 * ({@link BackupSettings}), for the steward. The database is copied by Derby's online backup, which
 * lets readers and writers carry on and gives a consistent state of the database no earlier than
 * when the backup began; the evidence files are copied after it, with their deletions held until
 * the copy is done ({@link EvidenceService#backUpWith}), so that every file the backed-up rows name
 * is in the backup. {@code backup.properties}, written last, marks a backup complete: a folder
 * without it (a server killed halfway) is not one, and the restore command refuses it. One backup
 * at a time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

  /** The file that describes a complete backup; written last. */
  public static final String MANIFEST = "backup.properties";

  /** The database's folder in a backup: Derby names it after the database. */
  public static final String DATABASE = "trellis";

  /** The evidence files' folder in a backup. */
  public static final String EVIDENCE = "evidence";

  private static final DateTimeFormatter FOLDER_NAME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

  private static final ReentrantLock RUNNING = new ReentrantLock();

  @Resource(lookup = TrellisDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject EvidenceService evidence;

  @Inject Clock clock;

  BackupSettings settings = BackupSettings.current();

  /**
   * Makes a backup now.
   *
   * @throws AccessDeniedException unless the caller is the steward
   * @throws StateConflictException while another backup is being made
   */
  public BackupView backUp(Caller caller) {
    if (!policy.mayBackUp(caller)) {
      throw new AccessDeniedException("operations.backup_steward_only");
    }
    if (!onDerby()) {
      throw new StateConflictException("operations.backup_not_derby");
    }
    if (!RUNNING.tryLock()) {
      throw new StateConflictException("operations.backup_running");
    }
    try {
      return backUpLocked(caller);
    } finally {
      RUNNING.unlock();
    }
  }

  private BackupView backUpLocked(Caller caller) {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Path folder;
    try {
      folder = newFolder(startedAt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long began = System.nanoTime();
    boolean made = false;
    try {
      EvidenceService.FolderCopy files =
          evidence.backUpWith(() -> backUpDatabase(folder), folder.resolve(EVIDENCE));
      double seconds = (System.nanoTime() - began) / 1e9;
      long databaseBytes = size(folder.resolve(DATABASE));
      BackupView backup =
          new BackupView(
              folder.getFileName().toString(),
              folder.toString(),
              startedAt,
              Math.round(seconds * 1000) / 1000.0,
              databaseBytes,
              files.files(),
              files.bytes());
      writeManifest(folder, backup, caller.username(), files.from());
      audit.record(
          caller.username(),
          AuditAction.BACKUP_MADE,
          "backup:" + backup.id(),
          String.format(
              "database %,d bytes, %,d evidence files (%,d bytes), %.1f s",
              databaseBytes, files.files(), files.bytes(), seconds));
      made = true;
      return backup;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!made) {
        deleteQuietly(folder);
      }
    }
  }

  /**
   * A complete backup by its id (its folder's name), as its manifest describes it: for the steward;
   * for anyone else, as for a name that is no backup, nothing.
   */
  public Optional<BackupView> find(Caller caller, String id) {
    if (!policy.mayBackUp(caller) || id == null || !id.matches("[0-9T-]+Z(-[0-9]+)?")) {
      return Optional.empty();
    }
    Path folder = settings.directory().resolve(id);
    Path manifest = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    Properties read = new Properties();
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      read.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new BackupView(
            id,
            folder.toString(),
            Instant.parse(read.getProperty("startedAt")),
            Double.parseDouble(read.getProperty("seconds")),
            Long.parseLong(read.getProperty("databaseBytes")),
            Long.parseLong(read.getProperty("evidenceFiles")),
            Long.parseLong(read.getProperty("evidenceBytes"))));
  }

  /** A new folder named after the time (a second backup within the second gets a suffix). */
  private Path newFolder(Instant at) throws IOException {
    Files.createDirectories(settings.directory());
    String name = FOLDER_NAME.format(at);
    for (int n = 1; ; n++) {
      Path folder = settings.directory().resolve(n == 1 ? name : name + "-" + n);
      try {
        return Files.createDirectory(folder);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // the next suffix
      }
    }
  }

  /**
   * Whether the database is embedded Derby, which this backup copies. A PostgreSQL database is
   * backed up by PostgreSQL's own tools (README), not by the application server.
   */
  private boolean onDerby() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby");
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }

  /** Derby's online backup of the database into {@code folder/trellis}. */
  private void backUpDatabase(Path folder) {
    try (Connection connection = dataSource.getConnection();
        CallableStatement backup =
            connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      backup.setString(1, folder.toString());
      backup.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("The database's backup failed: " + e.getMessage(), e);
    }
  }

  private static void writeManifest(Path folder, BackupView made, String by, Path evidenceFrom)
      throws IOException {
    Properties manifest = new Properties();
    manifest.setProperty("format", "trellis-backup/1");
    manifest.setProperty("name", made.id());
    manifest.setProperty("startedAt", made.startedAt().toString());
    manifest.setProperty("madeBy", by);
    manifest.setProperty("database", DATABASE);
    manifest.setProperty("databaseBytes", Long.toString(made.databaseBytes()));
    manifest.setProperty("evidence", EVIDENCE);
    manifest.setProperty("evidenceFrom", evidenceFrom.toString());
    manifest.setProperty("evidenceFiles", Long.toString(made.evidenceFiles()));
    manifest.setProperty("evidenceBytes", Long.toString(made.evidenceBytes()));
    manifest.setProperty("seconds", Double.toString(made.seconds()));
    Path temporary = folder.resolve(MANIFEST + ".part");
    try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      manifest.store(out, "A Trellis backup: restore it with ./run.sh --restore " + folder);
    }
    Files.move(temporary, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      long total = 0;
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          total += Files.size(file);
        }
      }
      return total;
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException ignored) {
      // A folder without its manifest is not a backup; the restore command refuses it.
    }
  }
}
