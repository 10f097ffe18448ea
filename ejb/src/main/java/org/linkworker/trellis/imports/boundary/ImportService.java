package org.linkworker.trellis.imports.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.imports.entity.ImportError;
import org.linkworker.trellis.imports.entity.ImportKind;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Lazy;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.cluster.ServerPresence;
import org.linkworker.trellis.platform.export.Csv;

/**
 * Imports of every kind once their file is stored: the component that imports (it checks the file
 * and who may import, and stores a {@link FileImport}) starts its batch job here; whoever started
 * an import (and the steward) follows its progress, reads the rows it refused, stops it, and
 * restarts it after a failure or a stop, when it continues after the last chunk committed. The
 * job's writer records what each chunk did with {@link #chunkWritten}, in the chunk's transaction.
 */
@Stateless
public class ImportService {

  /** The job parameter naming the import, for every import job. */
  public static final String IMPORT_PARAMETER = "importId";

  /** EclipseLink's hint to read a row again even when the persistence context holds it. */
  private static final String REFRESH = "eclipselink.refresh";

  /**
   * When this deployment loaded the service, before it started any job. An execution the batch
   * runtime still shows running that was created before then ran in a server that is gone (killed,
   * or the power went): the runtime never ends it by itself, so the import counts as FAILED and a
   * restart starts a new execution, which resumes after the rows committed.
   */
  private static final Instant LOADED_AT = Instant.now();

  /** How many errors an import's view carries; the error report has them all. */
  public static final int ERRORS_SHOWN = 1000;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Resource SessionContext context;

  @Inject ServerPresence presence;

  /**
   * Starts the job that reads a stored import (after the import is committed, so that the job reads
   * it on any thread) and returns the import as the caller sees it.
   *
   * <p>The job is the one of the import's kind ({@link ImportKind#job()}).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView launch(Caller caller, String importId) {
    String job = em.find(FileImport.class, importId).getKind().job();
    long execution = operator().start(job, parameters(importId));
    self().runAs(importId, execution, presence.boot());
    // Through the container: the batch runtime's start may have run a transaction of its own on
    // this thread, which closed the persistence context this call had used before it (seen once
    // on PostgreSQL: "Attempting to execute an operation on a closed EntityManager").
    return self().find(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
  }

  /** Records the execution now reading the import's file, and the boot of the server running it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runAs(String importId, long execution, String runnerBoot) {
    em.find(FileImport.class, importId).runAs(execution, runnerBoot);
  }

  /** An import, when the caller started it (or is the steward). */
  public Optional<ImportView> find(Caller caller, String importId) {
    return visible(caller, importId).map(this::view);
  }

  /** Every error of an import, by line, for its error report. */
  public List<ImportView.ErrorLine> errors(Caller caller, String importId) {
    FileImport run = visible(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
    return errorLines(run.getId(), Integer.MAX_VALUE);
  }

  /** Every error of an import as the downloadable CSV report: row, column, message. */
  public String errorReport(Caller caller, String importId) {
    return Csv.write(
        List.of("row", "column", "message"),
        errors(caller, importId).stream()
            .map(e -> List.<Object>of(e.row(), e.column() == null ? "" : e.column(), e.message()))
            .toList());
  }

  /** The caller's imports of every kind, newest first (at most the last 20). */
  public List<ImportView> recent(Caller caller) {
    return views(
        em.createNamedQuery(FileImport.OF_STARTER, FileImport.class)
            .setParameter("username", caller.username())
            .setMaxResults(20)
            .getResultList());
  }

  /** The caller's imports of one kind, newest first (at most the last 20). */
  public List<ImportView> recent(Caller caller, ImportKind kind) {
    return views(
        em.createNamedQuery(FileImport.OF_STARTER_AND_KIND, FileImport.class)
            .setParameter("username", caller.username())
            .setParameter("kind", kind)
            .setMaxResults(20)
            .getResultList());
  }

  private List<ImportView> views(List<FileImport> seen) {
    if (seen.isEmpty()) {
      return List.of();
    }
    // Their statuses first, then their rows read again (one statement), so that an import seen to
    // have ended is seen with its last chunk's counts, as for one import.
    Map<String, String> statuses = new HashMap<>();
    Supplier<Set<String>> live = liveBoots();
    seen.forEach(run -> statuses.put(run.getId(), status(run, live)));
    Map<String, FileImport> fresh = new HashMap<>();
    em.createNamedQuery(FileImport.BY_IDS, FileImport.class)
        .setParameter("ids", seen.stream().map(FileImport::getId).toList())
        .setHint(REFRESH, true)
        .getResultList()
        .forEach(run -> fresh.put(run.getId(), run));
    List<FileImport> runs = seen.stream().map(run -> fresh.getOrDefault(run.getId(), run)).toList();
    // Their error counts in one grouped query, not one count per import.
    Map<String, Long> errorCounts = new HashMap<>();
    em.createNamedQuery(ImportError.COUNT_BY_IMPORT, Object[].class)
        .setParameter("imports", runs.stream().map(FileImport::getId).toList())
        .getResultList()
        .forEach(row -> errorCounts.put((String) row[0], ((Number) row[1]).longValue()));
    return runs.stream()
        .map(
            run ->
                view(
                    run,
                    statuses.get(run.getId()),
                    List.of(),
                    errorCounts.getOrDefault(run.getId(), 0L)))
        .toList();
  }

  /** Stops a running import; it can be restarted later and continues where it stopped. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView stop(Caller caller, String importId) {
    FileImport run = changeable(caller, importId);
    String status = status(run, liveBoots());
    if (!"STARTING".equals(status) && !"STARTED".equals(status)) {
      throw InvalidInputException.of("status", "imports.not_running", status);
    }
    operator().stop(run.getExecutionId());
    return view(run);
  }

  /**
   * Restarts an import that failed or was stopped, or that a killed server left running: a new
   * execution that continues after the last chunk committed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView restart(Caller caller, String importId) {
    FileImport run = changeable(caller, importId);
    String status = status(run, liveBoots());
    if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
      throw InvalidInputException.of("status", "imports.not_restartable", status);
    }
    // Always a new execution of the import's job: its reader resumes after the rows the import's
    // committed chunks wrote, whatever the batch runtime kept (which may be gone, after a restore,
    // or left STARTED by a killed server, when the runtime refuses to restart it).
    long execution = operator().start(run.getKind().job(), parameters(importId));
    self().runAs(importId, execution, presence.boot());
    // Through the container: the batch runtime's start may have run a transaction of its own on
    // this thread, which closed the persistence context this call had used before it (seen once
    // on PostgreSQL: "Attempting to execute an operation on a closed EntityManager").
    return self().find(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
  }

  /** The file of an import, for its job's reader. */
  public byte[] content(String importId) {
    return em.find(FileImport.class, importId).getContent();
  }

  /**
   * How many rows of an import its committed chunks have read, where its job's reader resumes. It
   * is written by {@link #chunkWritten} in the chunk's own transaction, with the chunk's rows, so
   * it always agrees with them; the batch runtime's checkpoint is kept in Payara's own database
   * and, after the server is killed while a chunk commits, it may be one chunk behind the rows (the
   * chunk would be counted twice) or ahead of them (the chunk would be skipped).
   */
  public long committedRows(String importId) {
    return em.createNamedQuery(FileImport.BY_ID, FileImport.class)
        .setParameter("id", importId)
        .setHint(REFRESH, true)
        .getSingleResult()
        .getDoneRows();
  }

  /**
   * Records what a chunk of rows did, in the chunk's transaction: the import's counters move, the
   * errors stored for its lines before are replaced (a chunk written again after a restart adds
   * nothing twice), and its errors are stored in one batch.
   */
  public void chunkWritten(String importId, ChunkOutcome outcome) {
    // The import's row first: storing an error reads it (its foreign key) and moving the counters
    // writes it, and a chunk that read it before writing it could deadlock with runAs, which
    // writes the same row as the first chunk runs.
    em.createNamedQuery(FileImport.ADD_PROGRESS)
        .setParameter("done", outcome.done())
        .setParameter("created", outcome.created())
        .setParameter("updated", outcome.updated())
        .setParameter("unchanged", outcome.unchanged())
        .setParameter("rejected", outcome.rejected())
        .setParameter("id", importId)
        .executeUpdate();
    em.createNamedQuery(ImportError.FORGET_ROWS)
        .setParameter("import", importId)
        .setParameter("first", outcome.firstLine())
        .setParameter("last", outcome.lastLine())
        .executeUpdate();
    if (!outcome.errors().isEmpty()) {
      Connection connection = em.unwrap(Connection.class);
      try (PreparedStatement insert = connection.prepareStatement(ImportError.INSERT)) {
        for (ImportView.ErrorLine error : outcome.errors()) {
          insert.setString(1, importId);
          insert.setLong(2, error.row());
          String column = ImportError.fittedColumn(error.column());
          if (column == null) {
            insert.setNull(3, Types.VARCHAR);
          } else {
            insert.setString(3, column);
          }
          insert.setString(4, ImportError.fitted(error.message()));
          insert.addBatch();
        }
        insert.executeBatch();
      } catch (SQLException e) {
        throw new PersistenceException(e);
      }
    }
  }

  private FileImport changeable(Caller caller, String importId) {
    FileImport run = visible(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
    if (!caller.username().equals(run.getStartedBy())) {
      throw new AccessDeniedException("imports.not_yours");
    }
    return run;
  }

  private Optional<FileImport> visible(Caller caller, String importId) {
    if (importId == null || importId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(FileImport.class, importId))
        .filter(run -> policy.maySeeImport(caller, run.getStartedBy()));
  }

  /**
   * One import as it stands: its status is asked first and its row read afterwards, so that an
   * import seen to have ended is seen with the counts of its last chunk (read the other way round,
   * a job ending between the two reads would show as complete with nothing done).
   */
  private ImportView view(FileImport seen) {
    String status = status(seen, liveBoots());
    FileImport run =
        em.createNamedQuery(FileImport.BY_ID, FileImport.class)
            .setParameter("id", seen.getId())
            .setHint(REFRESH, true)
            .getSingleResult();
    long errorCount =
        em.createNamedQuery(ImportError.COUNT_BY_IMPORT, Object[].class)
            .setParameter("imports", List.of(run.getId()))
            .getResultStream()
            .findFirst()
            .map(row -> ((Number) row[1]).longValue())
            .orElse(0L);
    return view(run, status, errorLines(run.getId(), ERRORS_SHOWN), errorCount);
  }

  private ImportView view(
      FileImport run, String status, List<ImportView.ErrorLine> errors, long errorCount) {
    return new ImportView(
        run.getId(),
        status,
        new ImportView.Progress(run.getDoneRows(), run.getTotalRows()),
        run.getCreated(),
        run.getUpdated(),
        run.getUnchanged(),
        run.getRejected(),
        errors,
        errorCount,
        run.getKind(),
        run.getFileName(),
        run.getStartedBy(),
        run.getCreatedAt());
  }

  private List<ImportView.ErrorLine> errorLines(String importId, int limit) {
    return em
        .createNamedQuery(ImportError.OF_IMPORT, ImportError.Line.class)
        .setParameter("import", importId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(line -> new ImportView.ErrorLine(line.row(), line.column(), line.message()))
        .toList();
  }

  /**
   * The boots of the servers there now, read (one statement) only if an import is seen running:
   * most imports have ended. (A lambda, not {@code presence::liveBoots}, which would need the
   * presence at once.)
   */
  private Supplier<Set<String>> liveBoots() {
    return Lazy.of(() -> presence.liveBoots());
  }

  /** API.md's status: the batch status, with the passing and the lost ones folded in. */
  private static String status(FileImport run, Supplier<Set<String>> liveBoots) {
    if (run.getExecutionId() == null) {
      return "STARTING";
    }
    JobExecution execution;
    try {
      execution = operator().getJobExecution(run.getExecutionId());
    } catch (NoSuchJobExecutionException e) {
      return "FAILED";
    }
    if (abandoned(execution, run.getRunnerBoot(), liveBoots)) {
      return "FAILED";
    }
    return switch (execution.getBatchStatus()) {
      case STARTING -> "STARTING";
      case STARTED, STOPPING -> "STARTED";
      case STOPPED -> "STOPPED";
      case COMPLETED -> "COMPLETED";
      case FAILED, ABANDONED -> "FAILED";
    };
  }

  /**
   * Whether the execution was left running by a server that is gone: the runtime still shows it
   * running, but the boot that ran it ({@code runnerBoot}) is not among the live ones (the server
   * was started again, or has stopped saying it is there: {@link ServerPresence}). An import
   * started before runners were recorded counts as abandoned when it was created before this
   * deployment loaded the service.
   */
  static boolean abandoned(
      JobExecution execution, String runnerBoot, Supplier<Set<String>> liveBoots) {
    BatchStatus status = execution.getBatchStatus();
    boolean running =
        status == BatchStatus.STARTING
            || status == BatchStatus.STARTED
            || status == BatchStatus.STOPPING;
    if (!running) {
      return false;
    }
    if (runnerBoot != null) {
      return !liveBoots.get().contains(runnerBoot);
    }
    return execution.getCreateTime() != null
        && execution.getCreateTime().toInstant().isBefore(LOADED_AT);
  }

  /** This bean through the container, so that its transaction attributes apply. */
  private ImportService self() {
    return context.getBusinessObject(ImportService.class);
  }

  private static Properties parameters(String importId) {
    Properties parameters = new Properties();
    parameters.setProperty(IMPORT_PARAMETER, importId);
    return parameters;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
