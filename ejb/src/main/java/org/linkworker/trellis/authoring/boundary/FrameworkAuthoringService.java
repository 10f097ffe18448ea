package org.linkworker.trellis.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkImportService;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.data.DataFile;

/**
 * The steward's work on frameworks: importing a CASE package as a draft, or previewing what it
 * would become. One transaction: a refused package stores nothing.
 */
@Stateless
public class FrameworkAuthoringService {

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject FrameworkImportService frameworks;

  /**
   * What the package would become, stored only when {@code store} is true.
   *
   * @throws AccessDeniedException unless the caller is the steward
   */
  public FrameworkImportPreview importPackage(
      @NotNull Caller caller,
      @NotNull DataFile casePackage,
      @NotNull FrameworkImportRequest request,
      boolean store) {
    if (!policy.mayAuthorFrameworks(caller)) {
      throw new AccessDeniedException("framework.import_steward_only");
    }
    FrameworkImportPreview preview = frameworks.importPackage(casePackage, request, store);
    if (store) {
      audit.record(
          caller.username(),
          AuditAction.FRAMEWORK_IMPORTED,
          AuditLog.framework(preview.code(), preview.version()),
          "imported as a draft from "
              + AuditLog.quoted(casePackage.name())
              + ": "
              + preview.domains()
              + " domains, "
              + preview.competencies()
              + " competencies, "
              + preview.levels().size()
              + " levels");
    }
    return preview;
  }
}
