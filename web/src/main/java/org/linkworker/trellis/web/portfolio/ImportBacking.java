package org.linkworker.trellis.web.portfolio;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.ImportKind;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.portfolio.boundary.CpdImportService;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/import.xhtml}: a link worker uploads their CPD history as CSV (the page
 * describes the columns and offers a template), follows the import's progress bar while the batch
 * job runs, and reads and downloads the rows it refused, with line, column and reason. With {@code
 * ?id=} the page shows one CPD import (whoever started it, or the steward); it polls while the job
 * runs.
 *
 * <p>Named apart from the catalogue's import page's bean, whose name the class name would give it.
 * View scoped for the import being followed; the uploaded file lives for one request only.
 */
@Named("portfolioImportBacking")
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private CpdImportService cpdImports;
  private ImportService imports;
  private CurrentCaller currentCaller;

  private String id;
  private ImportView current;
  private List<ImportView> recent = List.of();
  private transient Part file;

  @Inject
  public ImportBacking(
      CpdImportService cpdImports, ImportService imports, CurrentCaller currentCaller) {
    this.cpdImports = cpdImports;
    this.imports = imports;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ImportBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    Caller caller = currentCaller.get();
    if (id != null && !id.isBlank()) {
      Optional<ImportView> found =
          imports.find(caller, id).filter(run -> run.kind() == ImportKind.CPD_ENTRIES);
      if (found.isEmpty()) {
        Refusals.notFound(context);
        return;
      }
      current = found.get();
    } else if (!cpdImports.mayImport(caller, caller.username())) {
      Refusals.forbidden(context);
      return;
    }
    recent = imports.recent(caller, ImportKind.CPD_ENTRIES);
  }

  /** The poll while the job runs: the import as it now is. */
  public void refresh() {
    if (current != null) {
      imports.find(currentCaller.get(), current.id()).ifPresent(found -> current = found);
      if (!current.running()) {
        // The list below the import says how it ended too, not how it was when the page opened.
        recent = imports.recent(currentCaller.get(), ImportKind.CPD_ENTRIES);
      }
    }
  }

  /** The upload form's button: checks and stores the file and starts the import. */
  public void upload() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (file == null || file.getSize() == 0) {
      FieldMessages.error(context, "file", CpdImportService.emptyFileMessage());
      return;
    }
    if (file.getSize() > CpdImportService.MAX_BYTES) {
      FieldMessages.error(context, "file", CpdImportService.tooLargeMessage());
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    Caller caller = currentCaller.get();
    ImportView started;
    try {
      started = cpdImports.start(caller, caller.username(), file.getSubmittedFileName(), content);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, Map.of("file", "file"));
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    } finally {
      file = null;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/import.xhtml?id="
            + URLEncoder.encode(started.id(), StandardCharsets.UTF_8));
  }

  /** The template download: the header row and one example entry. */
  public void template() {
    Downloads.send(
        FacesContext.getCurrentInstance(),
        Csv.MEDIA_TYPE,
        "cpd-import-template.csv",
        CpdImportService.template());
  }

  /** The error report of the import shown. */
  public void errors() {
    Downloads.send(
        FacesContext.getCurrentInstance(),
        Csv.MEDIA_TYPE,
        "cpd-import-errors.csv",
        imports.errorReport(currentCaller.get(), current.id()));
  }

  public boolean isRunning() {
    return current != null && current.running();
  }

  /** The file's columns, in the template's order. */
  public List<String> getColumns() {
    return CpdImportService.columns();
  }

  /** Whether every file must have this column. */
  public boolean required(String column) {
    return CpdImportService.requiredColumns().contains(column);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ImportView getCurrent() {
    return current;
  }

  public List<ImportView> getRecent() {
    return recent;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
