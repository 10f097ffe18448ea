package org.linkworker.trellis.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.linkworker.trellis.platform.StateConflictException;
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

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

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
   * Publishes a draft, current for its code when asked (or makes a version published earlier
   * current): people at its stages, by code, then work against it.
   *
   * @throws AccessDeniedException unless the caller is the steward
   */
  public FrameworkSummary publish(
      @NotNull Caller caller, @NotNull String code, @NotNull String version, boolean current) {
    requireSteward(caller);
    if (current) {
      requireNoOneLosesTheirStage(code, version);
    }
    FrameworkSummary published = drafts.publish(code, version, current);
    audit.record(
        caller.username(),
        AuditAction.FRAMEWORK_PUBLISHED,
        AuditLog.framework(code, version),
        current ? "published and made current" : "published");
    return published;
  }

  /**
   * A version made current takes over the people at its stages by code: refused while anyone is at
   * a stage of the current version that the new one does not have.
   */
  private void requireNoOneLosesTheirStage(String code, String version) {
    List<String> dropped = drafts.stagesDroppedFrom(code, version);
    if (dropped.isEmpty()) {
      return;
    }
    em.createQuery(
            "select p.stageCode, count(p) from Person p where p.stageCode in :stages"
                + " group by p.stageCode order by p.stageCode",
            Object[].class)
        .setParameter("stages", dropped)
        .getResultStream()
        .findFirst()
        .ifPresent(
            held -> {
              throw new StateConflictException(
                  "framework.stages_dropped", code, version, held[0], held[1]);
            });
  }

  /**
   * The stages of the current version of a draft's framework as the draft would have them, for the
   * steward to start from ({@link FrameworkDraftService#stagesCarriedTo}); nothing is stored.
   *
   * @throws AccessDeniedException unless the caller is the steward
   */
  public List<StageDraft> stagesCarriedTo(
      @NotNull Caller caller, @NotNull String code, @NotNull String version) {
    requireSteward(caller);
    return drafts.stagesCarriedTo(code, version);
  }

  private void requireSteward(Caller caller) {
    if (!policy.mayAuthorFrameworks(caller)) {
      throw new AccessDeniedException("framework.publish_steward_only");
    }
  }
}
