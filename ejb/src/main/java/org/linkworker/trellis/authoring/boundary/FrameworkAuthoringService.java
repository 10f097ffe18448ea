package org.linkworker.trellis.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.linkworker.trellis.framework.boundary.FrameworkDraftService;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkImportService;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.framework.boundary.StageDraft;
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

  @Inject FrameworkDraftService drafts;

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

  /**
   * Gives a draft its career stages (replacing any it had), in progression order.
   *
   * @throws AccessDeniedException unless the caller is the steward
   */
  public FrameworkOutline replaceStages(
      @NotNull Caller caller,
      @NotNull String code,
      @NotNull String version,
      @NotNull List<StageDraft> stages) {
    requireSteward(caller);
    FrameworkOutline draft = drafts.replaceStages(code, version, stages);
    audit.record(
        caller.username(),
        AuditAction.FRAMEWORK_STAGES_SET,
        AuditLog.framework(code, version),
        stages.size()
            + " career stages: "
            + String.join(", ", stages.stream().map(StageDraft::code).toList()));
    return draft;
  }

  /**
   * Publishes a draft, current for its code when asked.
   *
   * @throws AccessDeniedException unless the caller is the steward
   */
  public FrameworkSummary publish(
      @NotNull Caller caller, @NotNull String code, @NotNull String version, boolean current) {
    requireSteward(caller);
    FrameworkSummary published = drafts.publish(code, version, current);
    audit.record(
        caller.username(),
        AuditAction.FRAMEWORK_PUBLISHED,
        AuditLog.framework(code, version),
        current ? "published and made current" : "published");
    return published;
  }

  private void requireSteward(Caller caller) {
    if (!policy.mayAuthorFrameworks(caller)) {
      throw new AccessDeniedException("framework.publish_steward_only");
    }
  }
}
