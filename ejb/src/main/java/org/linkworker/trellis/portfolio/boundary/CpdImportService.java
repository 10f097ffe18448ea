package org.linkworker.trellis.portfolio.boundary;

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
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.portfolio.control.CpdCsv;

/**
 * A link worker imports their CPD history from CSV: the file is checked whole (size, encoding,
 * header, number of rows) and stored, and the {@code cpd-import} batch job reads it in chunks
 * ({@link CpdImportRows}). Only the worker imports into their own portfolio: a portfolio the caller
 * may not see is not there (404), one they may see but not change is refused (403), as for an entry
 * typed in. Following, stopping and restarting it is the imports component's ({@link
 * ImportService}).
 */
@Stateless
public class CpdImportService {

  /** The batch job's name ({@code META-INF/batch-jobs/cpd-import.xml}). */

  /** The largest file taken, in bytes (10 MB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The most rows a file may have. */
  public static final int MAX_ROWS = 50_000;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @Inject ImportService imports;

  @Resource SessionContext context;

  /**
   * Checks and stores the file, then starts the job (after the file is committed, so that the job
   * reads it on any thread).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView start(Caller caller, String username, String fileName, byte[] content) {
    String importId = self().store(caller, username, fileName, content);
    return imports.launch(caller, importId);
  }

  /**
   * Checks a file and stores it as a new import into the worker's portfolio; its identifier.
   * Nothing is stored when the caller may not import or the file cannot be read.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String store(Caller caller, String username, String fileName, byte[] content) {
    Person owner = PortfolioService.visibleOwner(em, policy, caller, username);
    if (!policy.mayChangePortfolio(caller, PortfolioService.owner(owner))) {
      throw new AccessDeniedException("portfolio.not_yours");
    }
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "portfolio.import_empty");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidInputException.of(
          "file", "portfolio.import_too_large", MAX_BYTES / (1024 * 1024));
    }
    CsvFile.Inspection inspection = CpdCsv.inspect(content);
    if (inspection instanceof CsvFile.Unfit unfit) {
      throw InvalidInputException.of("file", unfit.key(), unfit.arguments().toArray());
    }
    int rows = ((CsvFile.Fit) inspection).rows();
    if (rows > MAX_ROWS) {
      throw InvalidInputException.of("file", "portfolio.import_too_many_rows", MAX_ROWS);
    }
    FileImport run =
        FileImport.ofCpdEntries(
            owner.getId(), caller.username(), fileName, content, rows, clock.instant());
    em.persist(run);
    return run.getId();
  }

  /** Whether the caller may import into this worker's portfolio (the worker themself). */
  public boolean mayImport(Caller caller, String username) {
    try {
      Person owner = PortfolioService.visibleOwner(em, policy, caller, username);
      return policy.mayChangePortfolio(caller, PortfolioService.owner(owner));
    } catch (NotVisibleException notVisible) {
      return false;
    }
  }

  /** The downloadable template: the header row and one example entry. */
  public static String template() {
    return CpdCsv.template();
  }

  /** The columns of a CPD file, in the template's order. */
  public static List<String> columns() {
    return CpdCsv.COLUMNS;
  }

  /** The columns every file must have. */
  public static List<String> requiredColumns() {
    return CpdCsv.REQUIRED;
  }

  /** What a page says when no file was chosen, or an empty one. */
  public static String emptyFileMessage() {
    return Messages.format("portfolio.import_empty");
  }

  /** What a page says when the file is larger than {@link #MAX_BYTES}. */
  public static String tooLargeMessage() {
    return Messages.format("portfolio.import_too_large", MAX_BYTES / (1024 * 1024));
  }

  /** This bean through the container, so that its transaction attributes apply. */
  private CpdImportService self() {
    return context.getBusinessObject(CpdImportService.class);
  }
}
