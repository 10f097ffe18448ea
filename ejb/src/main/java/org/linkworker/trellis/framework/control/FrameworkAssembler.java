package org.linkworker.trellis.framework.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.BehaviourDefinition;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.StandardDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkProfile.StageDefinition;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.CaseProvenance;
import org.linkworker.trellis.framework.entity.CodeOfPractice;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Standard;

/**
 * Builds the entities of a framework from its checked definition, through the aggregates' own
 * methods. Nothing is persisted here: the caller persists the framework (which cascades to its
 * levels, domains, competencies, descriptors, stages and requirements) and the code of practice.
 */
public class FrameworkAssembler {

  /**
   * The new, unmanaged entities of one framework.
   *
   * @param codeOfPractice null when the framework has none
   */
  public record AssembledFramework(Framework framework, CodeOfPractice codeOfPractice) {}

  /** Builds the entities; the bundle is assumed read and checked by {@link CaseFrameworkReader}. */
  public AssembledFramework assemble(FrameworkBundle bundle) {
    return assemble(bundle, UnaryOperator.identity());
  }

  /**
   * Builds the entities with keys of Trellis's choosing: {@code keys} gives the key for each CASE
   * identifier of the framework, its domains, competencies and descriptors, and the entities keep
   * the CASE identifiers beside the keys. A code of practice, when there is one, keeps its own.
   */
  public AssembledFramework assemble(FrameworkBundle bundle, UnaryOperator<String> keys) {
    FrameworkDefinition definition = bundle.framework();
    DocumentDefinition document = definition.document();
    FrameworkProfile profile = bundle.profile();
    CaseProvenance provenance =
        new CaseProvenance(
                document.uri(),
                document.creator(),
                document.publisher(),
                document.language(),
                document.frameworkType(),
                document.lastChange())
            .withRubric(
                definition.rubric().id(), definition.rubric().uri(), definition.rubric().title());
    Framework framework =
        new Framework(
            keys.apply(document.id()),
            profile.code(),
            document.version(),
            document.title(),
            document.description(),
            document.status(),
            provenance);
    framework.keepCaseIdentifier(document.id());
    framework.countEvidence(profile.currencyYears(), profile.evidenceThreshold());
    if (profile.current()) {
      framework.makeCurrent();
    }
    if (profile.defaultFramework()) {
      framework.makeDefault();
    }
    for (LevelDefinition level : definition.levels()) {
      framework.addLevel(level.name());
    }

    Map<String, Competency> byId = new HashMap<>();
    Map<String, Competency> byCode = new HashMap<>();
    for (DomainDefinition domainDefinition : definition.domains()) {
      Domain domain =
          framework.addDomain(
              keys.apply(domainDefinition.id()),
              domainDefinition.code(),
              domainDefinition.title(),
              domainDefinition.uri());
      domain.keepCaseIdentifier(domainDefinition.id());
      for (CompetencyDefinition competencyDefinition : domainDefinition.competencies()) {
        Competency competency =
            domain.addCompetency(
                keys.apply(competencyDefinition.id()),
                competencyDefinition.code(),
                competencyDefinition.statement(),
                competencyDefinition.uri());
        competency.keepCaseIdentifier(competencyDefinition.id());
        competency.assignRubricCriterion(
            competencyDefinition.criterionId(), competencyDefinition.criterionUri());
        for (DescriptorDefinition descriptor : competencyDefinition.descriptors()) {
          competency
              .describe(
                  descriptor.level(),
                  keys.apply(descriptor.id()),
                  descriptor.uri(),
                  descriptor.text())
              .keepCaseIdentifier(descriptor.id());
        }
        byId.put(competencyDefinition.id(), competency);
        byCode.put(competency.getCode(), competency);
      }
    }

    for (StageDefinition stageDefinition : profile.stages()) {
      CareerStage stage =
          framework.addStage(stageDefinition.id(), stageDefinition.code(), stageDefinition.title());
      stageDefinition
          .requirements()
          .forEach((code, level) -> stage.require(byCode.get(code), level));
    }

    CodeOfPractice codeOfPractice = null;
    CodeOfPracticeDefinition code = bundle.codeOfPractice();
    if (code != null) {
      codeOfPractice =
          new CodeOfPractice(
              framework,
              code.id(),
              code.document().title(),
              code.document().version(),
              code.document().uri());
      for (StandardDefinition standardDefinition : code.standards()) {
        Standard standard =
            codeOfPractice.addStandard(
                standardDefinition.id(),
                standardDefinition.code(),
                standardDefinition.title(),
                standardDefinition.notes(),
                standardDefinition.uri());
        for (BehaviourDefinition behaviour : standardDefinition.behaviours()) {
          standard.expect(behaviour.id(), behaviour.code(), behaviour.text(), behaviour.uri());
        }
        standardDefinition.competencyIds().forEach(id -> standard.evidencedBy(byId.get(id)));
      }
    }
    return new AssembledFramework(framework, codeOfPractice);
  }
}
