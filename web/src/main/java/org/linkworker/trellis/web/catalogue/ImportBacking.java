package org.linkworker.trellis.web.catalogue;

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
import org.linkworker.trellis.catalogue.boundary.CourseImportService;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.ImportKind;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/import.xhtml}: a provider uploads their catalogue as CSV (the template
 * shows the columns), follows the import's progress bar while the batch job runs, and downloads the
 * rows it refused, with line, column and reason, to fix and upload again. With {@code ?id=} the
 * page shows one import (whoever started it, or the steward); it polls while the job runs.
 *
 * <p>View scoped for the import being followed; the uploaded file lives for one request only.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private CourseImportService courseImports;
  private ImportService imports;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String id;
  private ImportView current;
  private List<ImportView> recent = List.of();
  private boolean provider;
  private transient Part file;

  @Inject
  public ImportBacking(
      CourseImportService courseImports,
      ImportService imports,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.courseImports = courseImports;
    this.imports = imports;
    this.policy = policy;
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
    provider = policy.mayChangeCourse(caller, caller.organisationId());
    if (id != null && !id.isBlank()) {
      Optional<ImportView> found =
          imports.find(caller, id).filter(run -> run.kind() == ImportKind.COURSES);
      if (found.isEmpty()) {
        Refusals.notFound(context);
        return;
      }
      current = found.get();
    } else if (!provider) {
      Refusals.forbidden(context);
      return;
    }
    recent = imports.recent(caller, ImportKind.COURSES);
  }

  /** The poll while the job runs: the import as it now is. */
  public void refresh() {
    if (current != null) {
      imports.find(currentCaller.get(), current.id()).ifPresent(found -> current = found);
      if (!current.running()) {
        // The list below the import says how it ended too, not how it was when the page opened.
        recent = imports.recent(currentCaller.get(), ImportKind.COURSES);
      }
    }
  }

  /** The upload form's button: checks and stores the file and starts the import. */
  public void upload() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (file == null || file.getSize() == 0) {
      FieldMessages.error(context, "file", CourseImportService.emptyFileMessage());
      return;
    }
    if (file.getSize() > CourseImportService.MAX_BYTES) {
      FieldMessages.error(context, "file", CourseImportService.tooLargeMessage());
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    ImportView started;
    try {
      started = courseImports.start(currentCaller.get(), file.getSubmittedFileName(), content);
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
            + "/catalogue/import.xhtml?id="
            + URLEncoder.encode(started.id(), StandardCharsets.UTF_8));
  }

  /** The template download. */
  public void template() {
    Downloads.send(
        FacesContext.getCurrentInstance(),
        Csv.MEDIA_TYPE,
        "course-import-template.csv",
        CourseImportService.template());
  }

  /** The error report of the import shown. */
  public void errors() {
    Downloads.send(
        FacesContext.getCurrentInstance(),
        Csv.MEDIA_TYPE,
        "import-errors.csv",
        imports.errorReport(currentCaller.get(), current.id()));
  }

  public boolean isRunning() {
    return current != null && current.running();
  }

  public List<String> getColumns() {
    return CourseImportService.columns();
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

  public boolean isProvider() {
    return provider;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
