package org.linkworker.trellis.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.linkworker.trellis.catalogue.control.CourseCsv;
import org.linkworker.trellis.catalogue.entity.CourseImport;
import org.linkworker.trellis.catalogue.entity.ImportError;
import org.linkworker.trellis.catalogue.entity.Lengths;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;

/**
 * Imports of a provider's catalogue from CSV: a provider uploads a file, which is checked whole
 * (encoding, header, size) and stored, and the {@value #JOB} batch job reads it in chunks ({@link
 * CourseImportRows}); whoever started it (and the steward) follows its progress, reads the rows it
 * refused, stops it, and restarts it after a failure or a stop, when it continues where it stopped.
 */
@Stateless
public class CourseImportService {

  /** The batch job's name ({@code META-INF/batch-jobs/course-import.xml}). */
  public static final String JOB = "course-import";

  /** The job parameter naming the import. */
  public static final String IMPORT_PARAMETER = "importId";

  /** The largest file taken, in bytes (10 MB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The most rows a file may have. */
  public static final int MAX_ROWS = 50_000;

  /** How many errors an import's view carries; the error report has them all. */
  public static final int ERRORS_SHOWN = 1000;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Resource SessionContext context;

  /**
   * Checks and stores the file, then starts the job (after the file is committed, so that the job
   * reads it on any thread).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView start(Caller caller, String fileName, byte[] content) {
    String importId = self().store(caller, fileName, content);
    long execution = operator().start(JOB, parameters(importId));
    self().runAs(importId, execution);
    return find(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
  }

  /** The downloadable template: the header row and one example course. */
  public static String template() {
    return CourseCsv.template();
  }

  /** What a page says when no file was chosen, or an empty one. */
  public static String emptyFileMessage() {
    return org.linkworker.trellis.platform.Messages.format("catalogue.import_empty");
  }

  /** What a page says when the file is larger than {@link #MAX_BYTES}. */
  public static String tooLargeMessage() {
    return org.linkworker.trellis.platform.Messages.format(
        "catalogue.import_too_large", MAX_BYTES / (1024 * 1024));
  }

  /** The columns of a catalogue file, in the template's order. */
  public static java.util.List<String> columns() {
    return CourseCsv.COLUMNS;
  }

  /** Checks a file and stores it as a new import of the caller's provider; its identifier. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String store(Caller caller, String fileName, byte[] content) {
    if (!policy.mayChangeCourse(caller, caller.organisationId())) {
      throw new AccessDeniedException("catalogue.providers_only");
    }
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "catalogue.import_empty");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidInputException.of(
          "file", "catalogue.import_too_large", MAX_BYTES / (1024 * 1024));
    }
    CourseCsv.Inspection inspection = CourseCsv.inspect(content);
    if (inspection instanceof CourseCsv.Unfit unfit) {
      throw InvalidInputException.of("file", unfit.key(), unfit.arguments().toArray());
    }
    int rows = ((CourseCsv.Fit) inspection).rows();
    if (rows > MAX_ROWS) {
      throw InvalidInputException.of("file", "catalogue.import_too_many_rows", MAX_ROWS);
    }
    String name = fileName == null ? null : fileName.strip();
    if (name != null && name.length() > Lengths.FILE_NAME) {
      name = name.substring(0, Lengths.FILE_NAME);
    }
    CourseImport run =
        new CourseImport(
            caller.organisationId(), caller.username(), name, content, rows, clock.instant());
    em.persist(run);
    audit.record(
        caller.username(),
        AuditAction.COURSES_IMPORTED,
        "import:" + run.getId(),
        "file " + AuditLog.quoted(name) + ", " + rows + " rows");
    return run.getId();
  }

  /** Records the execution now reading the import's file. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runAs(String importId, long execution) {
    em.find(CourseImport.class, importId).runAs(execution);
  }

  /** An import, when the caller started it (or is the steward). */
  public Optional<ImportView> find(Caller caller, String importId) {
    return visible(caller, importId).map(this::view);
  }

  /** Every error of an import, by line, for its error report. */
  public List<ImportView.ErrorLine> errors(Caller caller, String importId) {
    CourseImport run =
        visible(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
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

  /** The caller's imports, newest first (at most the last 20). */
  public List<ImportView> recent(Caller caller) {
    List<CourseImport> runs =
        em.createNamedQuery(CourseImport.OF_STARTER, CourseImport.class)
            .setParameter("username", caller.username())
            .setMaxResults(20)
            .getResultList();
    if (runs.isEmpty()) {
      return List.of();
    }
    // Their error counts in one grouped query, not one count per import.
    java.util.Map<String, Long> errorCounts = new java.util.HashMap<>();
    em.createNamedQuery(ImportError.COUNT_BY_IMPORT, Object[].class)
        .setParameter("imports", runs.stream().map(CourseImport::getId).toList())
        .getResultList()
        .forEach(row -> errorCounts.put((String) row[0], ((Number) row[1]).longValue()));
    return runs.stream()
        .map(run -> view(run, List.of(), errorCounts.getOrDefault(run.getId(), 0L)))
        .toList();
  }

  /** Stops a running import; it can be restarted later and continues where it stopped. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView stop(Caller caller, String importId) {
    CourseImport run = changeable(caller, importId);
    String status = status(run);
    if (!"STARTING".equals(status) && !"STARTED".equals(status)) {
      throw InvalidInputException.of("status", "catalogue.import_not_running", status);
    }
    operator().stop(run.getExecutionId());
    return view(run);
  }

  /**
   * Restarts an import that failed or was stopped: a new execution that continues after the last
   * chunk committed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView restart(Caller caller, String importId) {
    CourseImport run = changeable(caller, importId);
    String status = status(run);
    if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
      throw InvalidInputException.of("status", "catalogue.import_not_restartable", status);
    }
    long execution = operator().restart(run.getExecutionId(), parameters(importId));
    self().runAs(importId, execution);
    return find(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
  }

  private CourseImport changeable(Caller caller, String importId) {
    CourseImport run =
        visible(caller, importId).orElseThrow(() -> new NotVisibleException("import"));
    if (!caller.username().equals(run.getStartedBy())) {
      throw new AccessDeniedException("catalogue.not_your_import");
    }
    return run;
  }

  private Optional<CourseImport> visible(Caller caller, String importId) {
    if (importId == null || importId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(CourseImport.class, importId))
        .filter(run -> policy.maySeeImport(caller, run.getStartedBy()));
  }

  private ImportView view(CourseImport run) {
    long errorCount =
        em.createNamedQuery(ImportError.COUNT_BY_IMPORT, Object[].class)
            .setParameter("imports", List.of(run.getId()))
            .getResultStream()
            .findFirst()
            .map(row -> ((Number) row[1]).longValue())
            .orElse(0L);
    return view(run, errorLines(run.getId(), ERRORS_SHOWN), errorCount);
  }

  private ImportView view(CourseImport run, List<ImportView.ErrorLine> errors, long errorCount) {
    return new ImportView(
        run.getId(),
        status(run),
        new ImportView.Progress(run.getDoneRows(), run.getTotalRows()),
        run.getCreated(),
        run.getUpdated(),
        run.getUnchanged(),
        run.getRejected(),
        errors,
        errorCount,
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

  /** API.md's status: the batch status, with the passing and the lost ones folded in. */
  private static String status(CourseImport run) {
    if (run.getExecutionId() == null) {
      return "STARTING";
    }
    BatchStatus status;
    try {
      status = operator().getJobExecution(run.getExecutionId()).getBatchStatus();
    } catch (NoSuchJobExecutionException e) {
      return "FAILED";
    }
    return switch (status) {
      case STARTING -> "STARTING";
      case STARTED, STOPPING -> "STARTED";
      case STOPPED -> "STOPPED";
      case COMPLETED -> "COMPLETED";
      case FAILED, ABANDONED -> "FAILED";
    };
  }

  /** This bean through the container, so that its transaction attributes apply. */
  private CourseImportService self() {
    return context.getBusinessObject(CourseImportService.class);
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
