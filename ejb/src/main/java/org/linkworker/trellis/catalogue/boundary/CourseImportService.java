package org.linkworker.trellis.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.linkworker.trellis.catalogue.control.CourseCsv;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.csv.CsvFile;

/**
 * Imports of a provider's catalogue from CSV: a provider uploads a file, which is checked whole
 * (encoding, header, size) and stored, and the {@code course-import} batch job reads it in chunks
 * ({@link CourseImportRows}). Following, stopping and restarting it is the imports component's
 * ({@link ImportService}), as for every import.
 */
@Stateless
public class CourseImportService {

  /** The batch job's name ({@code META-INF/batch-jobs/course-import.xml}). */

  /** The largest file taken, in bytes (10 MB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The most rows a file may have. */
  public static final int MAX_ROWS = 50_000;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject ImportService imports;

  @Resource SessionContext context;

  /**
   * Checks and stores the file, then starts the job (after the file is committed, so that the job
   * reads it on any thread).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView start(Caller caller, String fileName, byte[] content) {
    String importId = self().store(caller, fileName, content);
    return imports.launch(caller, importId);
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
  public static List<String> columns() {
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
    CsvFile.Inspection inspection = CourseCsv.inspect(content);
    if (inspection instanceof CsvFile.Unfit unfit) {
      throw InvalidInputException.of("file", unfit.key(), unfit.arguments().toArray());
    }
    int rows = ((CsvFile.Fit) inspection).rows();
    if (rows > MAX_ROWS) {
      throw InvalidInputException.of("file", "catalogue.import_too_many_rows", MAX_ROWS);
    }
    FileImport run =
        FileImport.ofCourses(
            caller.organisationId(), caller.username(), fileName, content, rows, clock.instant());
    em.persist(run);
    audit.record(
        caller.username(),
        AuditAction.COURSES_IMPORTED,
        "import:" + run.getId(),
        "file " + AuditLog.quoted(run.getFileName()) + ", " + rows + " rows");
    return run.getId();
  }

  /** This bean through the container, so that its transaction attributes apply. */
  private CourseImportService self() {
    return context.getBusinessObject(CourseImportService.class);
  }
}
