package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.CodeOfPractice;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.framework.entity.StageRequirement;
import org.linkworker.trellis.framework.entity.Standard;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;

/**
 * A draft framework made ready: its career stages and their profiles given (CASE has no place for
 * them), then published, and made current for its code. Callers check who may (the steward); this
 * service checks what may be done to which version.
 */
@Stateless
public class FrameworkDraftService {

  /** A stage's code: a capital letter, then capitals, digits or underscores. */
  static final Pattern STAGE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  static final int MOST_STAGES = 20;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Event<FrameworksChanged> changes;

  /**
   * Replaces the draft's career stages with these, in progression order.
   *
   * @return the draft as it now is
   * @throws NotVisibleException when there is no such version
   * @throws StateConflictException when the version is not a draft
   * @throws InvalidInputException naming each stage field that is wrong ({@code stages[0].code})
   */
  public FrameworkOutline replaceStages(
      @NotNull String code, @NotNull String version, @NotNull List<StageDraft> stages) {
    Framework framework = draft(code, version);
    Map<String, Competency> competencies = new HashMap<>();
    em.createQuery("select c from Competency c where c.framework = :framework", Competency.class)
        .setParameter("framework", framework)
        .getResultList()
        .forEach(c -> competencies.put(c.getCode(), c));
    requireValid(stages, competencies.keySet(), framework.getLevels().size());

    framework.removeStages();
    em.flush();
    for (StageDraft draft : stages) {
      CareerStage stage =
          framework.addStage(
              UUID.randomUUID().toString(), draft.code().strip(), draft.title().strip());
      draft
          .requirements()
          .forEach((competency, level) -> stage.require(competencies.get(competency), level));
    }
    em.flush();
    changes.fire(new FrameworksChanged(framework.getCode()));
    return new OutlineReader(em).read(framework);
  }

  /**
   * Publishes a draft that has its stages, and makes it current for its code when asked; a version
   * published earlier but not made current may be made current the same way. The version of the
   * same code that was current stays published and readable, no longer current: people at a stage
   * whose code the new version has are at the new version's stage from then on (a person's
   * framework is their stage's), and their evidence on the old version's competencies counts for
   * the new competencies that continue them (PRODUCT.md: Versions). Callers check first that no one
   * is at a stage the new version lacks ({@link #stagesDroppedFrom}).
   *
   * @throws StateConflictException when it is not a draft (nor a published version to make
   *     current), has no stages, or uses a stage code of another current framework
   */
  public FrameworkSummary publish(
      @NotNull String code, @NotNull String version, boolean makeCurrent) {
    Framework framework = stored(code, version);
    boolean publishedAlready =
        framework.getStatus() == FrameworkStatus.PUBLISHED && !framework.isCurrent();
    if (!(publishedAlready && makeCurrent)) {
      requireDraft(framework);
    }
    if (framework.getStages().isEmpty()) {
      throw new StateConflictException("framework.publish_without_stages", code, version);
    }
    if (makeCurrent) {
      requireStageCodesFree(framework);
    }
    if (!publishedAlready) {
      framework.publish();
    }
    if (makeCurrent) {
      List<Framework> previous =
          em.createNamedQuery(Framework.FIND_CURRENT_OF_CODE, Framework.class)
              .setParameter("code", framework.getCode())
              .getResultList();
      for (Framework earlier : previous) {
        carryCodeOfPractice(earlier, framework);
        earlier.relinquishCurrency();
      }
      framework.makeCurrent();
    }
    em.flush();
    changes.fire(new FrameworksChanged(framework.getCode()));
    return new FrameworkSummary(
        framework.getCode(),
        framework.getVersion(),
        framework.getTitle(),
        framework.getStatus(),
        framework.isCurrent());
  }

  /**
   * The career stages of the current version of a draft's framework, as the draft would have them:
   * the same codes and titles, each requiring of a draft competency the highest level it required
   * of the competencies that one continues (of one with the same code when the draft continues
   * none), and nothing of a new competency. Empty when no other version of the code is current.
   */
  public List<StageDraft> stagesCarriedTo(@NotNull String code, @NotNull String version) {
    Framework draft = stored(code, version);
    Framework current =
        em.createNamedQuery(Framework.FIND_CURRENT_OF_CODE, Framework.class)
            .setParameter("code", code)
            .getResultStream()
            .filter(f -> f != draft)
            .findFirst()
            .orElse(null);
    if (current == null) {
      return List.of();
    }
    List<String> competencies =
        em.createQuery(
                "select c.code from Competency c where c.framework = :framework"
                    + " order by c.domain.position, c.position",
                String.class)
            .setParameter("framework", draft)
            .getResultList();
    // a draft competency's code to the ids of the competencies it continues
    Map<String, List<String>> continued = new HashMap<>();
    em.createQuery(
            "select c.code, earlier.id from Competency c join c.continues earlier"
                + " where c.framework = :framework",
            Object[].class)
        .setParameter("framework", draft)
        .getResultList()
        .forEach(
            pair ->
                continued
                    .computeIfAbsent((String) pair[0], k -> new ArrayList<>())
                    .add((String) pair[1]));
    boolean continuing = !continued.isEmpty();
    List<StageDraft> stages = new ArrayList<>();
    for (CareerStage stage : current.getStages()) {
      Map<String, Integer> byOldCode = new HashMap<>();
      Map<String, Integer> byOldId = new HashMap<>();
      for (StageRequirement requirement : stage.getRequirements()) {
        byOldCode.put(requirement.getCompetency().getCode(), requirement.getRequiredLevel());
        byOldId.put(requirement.getCompetency().getId(), requirement.getRequiredLevel());
      }
      Map<String, Integer> requirements = new LinkedHashMap<>();
      for (String competency : competencies) {
        int level =
            continuing
                ? continued.getOrDefault(competency, List.of()).stream()
                    .mapToInt(earlier -> byOldId.getOrDefault(earlier, 0))
                    .max()
                    .orElse(0)
                : byOldCode.getOrDefault(competency, 0);
        if (level > 0) {
          requirements.put(competency, Math.min(level, draft.getLevels().size()));
        }
      }
      stages.add(new StageDraft(stage.getCode(), stage.getTitle(), requirements));
    }
    return stages;
  }

  /**
   * A version made current without a code of practice of its own (a CASE package of the framework
   * alone) keeps the one its predecessor had, so that workers can go on declaring against it: the
   * same standards and behaviours, each standard evidenced by the competencies that continue those
   * that evidenced it (by the same code when the version continues none).
   */
  private void carryCodeOfPractice(Framework from, Framework to) {
    boolean hasOwn =
        !em.createNamedQuery(CodeOfPractice.FIND_BY_FRAMEWORK, CodeOfPractice.class)
            .setParameter("framework", to)
            .getResultList()
            .isEmpty();
    CodeOfPractice old =
        em.createNamedQuery(CodeOfPractice.FIND_BY_FRAMEWORK, CodeOfPractice.class)
            .setParameter("framework", from)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (hasOwn || old == null) {
      return;
    }
    List<Competency> competencies =
        em.createQuery(
                "select c from Competency c where c.framework = :framework", Competency.class)
            .setParameter("framework", to)
            .getResultList();
    // an earlier competency's id to the competencies of the new version that continue it
    Map<String, List<Competency>> successors = new HashMap<>();
    Map<String, Competency> byCode = new HashMap<>();
    for (Competency competency : competencies) {
      byCode.put(competency.getCode(), competency);
      competency
          .getContinues()
          .forEach(
              earlier ->
                  successors
                      .computeIfAbsent(earlier.getId(), k -> new ArrayList<>())
                      .add(competency));
    }
    CodeOfPractice carried =
        new CodeOfPractice(
            to, UUID.randomUUID().toString(), old.getTitle(), old.getVersion(), old.getUri());
    for (Standard standard : old.getStandards()) {
      Standard copy =
          carried.addStandard(
              UUID.randomUUID().toString(),
              standard.getCode(),
              standard.getTitle(),
              standard.getNotes(),
              standard.getUri());
      standard
          .getBehaviours()
          .forEach(
              b -> copy.expect(UUID.randomUUID().toString(), b.getCode(), b.getText(), b.getUri()));
      for (Competency earlier : standard.getCompetencies()) {
        List<Competency> next =
            successors.isEmpty()
                ? java.util.Optional.ofNullable(byCode.get(earlier.getCode()))
                    .map(List::of)
                    .orElse(List.of())
                : successors.getOrDefault(earlier.getId(), List.of());
        next.forEach(copy::evidencedBy);
      }
    }
    em.persist(carried);
  }

  /**
   * The stage codes of the current version of a framework that another of its versions does not
   * have: people at one of them would lose their stage were that version made current.
   */
  public List<String> stagesDroppedFrom(@NotNull String code, @NotNull String version) {
    Framework next = stored(code, version);
    Set<String> kept = new HashSet<>();
    next.getStages().forEach(stage -> kept.add(stage.getCode()));
    return em.createNamedQuery(Framework.FIND_CURRENT_OF_CODE, Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(current -> current != next)
        .flatMap(current -> current.getStages().stream())
        .map(CareerStage::getCode)
        .filter(stage -> !kept.contains(stage))
        .toList();
  }

  /**
   * A stage code names its framework among the current ones (a person's framework is their
   * stage's), so a version made current may not use a code another current framework's stage has.
   */
  private void requireStageCodesFree(Framework framework) {
    List<String> codes = framework.getStages().stream().map(CareerStage::getCode).toList();
    em.createQuery(
            "select s.code, s.framework.code from CareerStage s where s.framework.current = true"
                + " and s.framework.code <> :code and s.code in :codes",
            Object[].class)
        .setParameter("code", framework.getCode())
        .setParameter("codes", codes)
        .getResultStream()
        .findFirst()
        .ifPresent(
            taken -> {
              throw new StateConflictException("framework.stage_code_taken", taken[0], taken[1]);
            });
  }

  private Framework draft(String code, String version) {
    return requireDraft(stored(code, version));
  }

  private Framework stored(String code, String version) {
    return em.createNamedQuery(Framework.FIND_BY_CODE_AND_VERSION, Framework.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("framework"));
  }

  private static Framework requireDraft(Framework framework) {
    if (framework.getStatus() != FrameworkStatus.DRAFT) {
      throw new StateConflictException(
          "framework.not_a_draft",
          framework.getCode(),
          framework.getVersion(),
          framework.getStatus());
    }
    return framework;
  }

  private static void requireValid(List<StageDraft> stages, Set<String> competencies, int levels) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (stages.size() > MOST_STAGES) {
      errors.put("stages", Messages.format("framework.stages_too_many", MOST_STAGES));
    }
    Set<String> codes = new HashSet<>();
    for (int index = 0; index < stages.size(); index++) {
      StageDraft stage = stages.get(index);
      String field = "stages[" + index + "].";
      if (stage == null) {
        errors.put("stages[" + index + "]", Messages.format("framework.stage_missing"));
        continue;
      }
      String stageCode = stage.code() == null ? "" : stage.code().strip();
      if (!STAGE_CODE.matcher(stageCode).matches()) {
        errors.put(field + "code", Messages.format("framework.stage_code_form", Lengths.CODE));
      } else if (!codes.add(stageCode.toUpperCase(Locale.ROOT))) {
        errors.put(field + "code", Messages.format("framework.stage_code_repeated", stageCode));
      }
      String title = stage.title() == null ? "" : stage.title().strip();
      if (title.isEmpty() || title.length() > Lengths.TITLE) {
        errors.put(field + "title", Messages.format("framework.stage_title_form", Lengths.TITLE));
      }
      stage
          .requirements()
          .forEach(
              (competency, level) -> {
                if (!competencies.contains(competency)) {
                  errors.putIfAbsent(
                      field + "requirements",
                      Messages.format("framework.stage_unknown_competency", competency));
                } else if (level == null || level < 1 || level > levels) {
                  errors.putIfAbsent(
                      field + "requirements",
                      Messages.format("framework.stage_level_range", competency, levels));
                }
              });
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
