package org.linkworker.trellis.web.framework;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.authoring.boundary.FrameworkAuthoringService;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /framework/import.xhtml}: the steward uploads a CASE package written elsewhere,
 * makes the choices CASE leaves open (code, version, which item types are domains and competencies,
 * the scale), previews what the package becomes, and imports it as a draft.
 *
 * <p>View scoped: the uploaded file is kept between the preview and the import, so the steward
 * chooses it once.
 */
@Named
@ViewScoped
public class FrameworkImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest package the page takes. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Map<String, String> INPUTS =
      Map.of(
          "code", "code",
          "version", "version",
          "scale", "scale",
          "domainType", "domain-type",
          "competencyType", "competency-type");

  private FrameworkAuthoringService authoring;
  private FrameworkService frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private transient Part file;
  private String fileName;
  private byte[] content;
  private String code;
  private String version;
  private String domainType;
  private String competencyType;
  private String scale;
  private FrameworkImportPreview preview;
  private FrameworkImportPreview imported;

  @Inject
  public FrameworkImportBacking(
      FrameworkAuthoringService authoring,
      FrameworkService frameworks,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.authoring = authoring;
    this.frameworks = frameworks;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected FrameworkImportBacking() {}

  /** The page's view action: the steward's page. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!context.isPostback() && !policy.mayAuthorFrameworks(currentCaller.get())) {
      Refusals.forbidden(context);
    }
  }

  /** The preview button: what the package would become, nothing stored. */
  public void preview() throws IOException {
    run(false).ifPresent(found -> preview = found);
  }

  /** The import button: the package stored as a draft. */
  public void importDraft() throws IOException {
    run(true)
        .ifPresent(
            done -> {
              imported = done;
              preview = null;
              content = null;
              fileName = null;
            });
  }

  private Optional<FrameworkImportPreview> run(boolean store) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!takeFile(context)) {
      return Optional.empty();
    }
    imported = null;
    FrameworkImportRequest request =
        new FrameworkImportRequest(code, version, domainType, competencyType, scaleNames());
    try {
      return Optional.of(
          authoring.importPackage(
              currentCaller.get(), new DataFile(fileName, content), request, store));
    } catch (DataFileException refused) {
      // what is wrong with the package goes next to the file it came from
      preview = null;
      FieldMessages.error(context, "file", refused.getMessage());
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
    }
    return Optional.empty();
  }

  /** A file chosen now replaces the one kept; without either, the field says so. */
  private boolean takeFile(FacesContext context) throws IOException {
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > MAX_BYTES) {
        file = null;
        FieldMessages.error(context, "file", Texts.text("framework_import.file.tooLarge"));
        return false;
      }
      try (InputStream in = file.getInputStream()) {
        content = in.readAllBytes();
      }
      String submitted = file.getSubmittedFileName();
      fileName = submitted == null || submitted.isBlank() ? "package.json" : submitted;
      file = null;
    }
    if (content == null) {
      FieldMessages.error(context, "file", Texts.text("framework_import.file.required"));
      return false;
    }
    return true;
  }

  private List<String> scaleNames() {
    if (scale == null || scale.isBlank()) {
      return List.of();
    }
    return Arrays.stream(scale.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The drafts waiting for their stages and publication, newest version first within a code. */
  public List<FrameworkSummary> getDrafts() {
    return frameworks.list().stream().filter(f -> f.status() == FrameworkStatus.DRAFT).toList();
  }

  /**
   * Every version with an earlier version of its code, newest first within a code: each links to
   * its diff with the version before.
   */
  public List<FrameworkSummary> getComparable() {
    List<FrameworkSummary> all = frameworks.list();
    List<FrameworkSummary> comparable = new ArrayList<>();
    for (int i = 0; i + 1 < all.size(); i++) {
      if (all.get(i).code().equals(all.get(i + 1).code())) {
        comparable.add(all.get(i));
      }
    }
    return comparable;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** The name of the file kept from an earlier preview, or null. */
  public String getKeptFileName() {
    return content == null ? null : fileName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getDomainType() {
    return domainType;
  }

  public void setDomainType(String domainType) {
    this.domainType = domainType;
  }

  public String getCompetencyType() {
    return competencyType;
  }

  public void setCompetencyType(String competencyType) {
    this.competencyType = competencyType;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public FrameworkImportPreview getPreview() {
    return preview;
  }

  public FrameworkImportPreview getImported() {
    return imported;
  }
}
