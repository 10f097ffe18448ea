package org.linkworker.trellis.framework.boundary;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;
import org.linkworker.trellis.framework.control.FrameworkContent;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.CodeOfPractice;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.ExpectedBehaviour;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Level;
import org.linkworker.trellis.framework.entity.LevelDescriptor;
import org.linkworker.trellis.framework.entity.StageRequirement;
import org.linkworker.trellis.framework.entity.Standard;

/**
 * Builds the {@link FrameworkOutline} of one stored framework version in a fixed number of queries
 * however large the framework: one per kind of row (levels, domains, competencies, descriptors,
 * stages, requirements, the code of practice, its standards with their competencies, its
 * behaviours), joined in memory. Parents are always loaded before their children, so a child's
 * reference to its parent is found in the persistence context rather than fetched: call it inside a
 * transaction.
 */
final class OutlineReader {

  private final EntityManager em;

  OutlineReader(EntityManager em) {
    this.em = em;
  }

  FrameworkOutline read(Framework framework) {
    return outline(framework);
  }

  private <T> List<T> byFramework(String namedQuery, Class<T> type, Framework framework) {
    return em.createNamedQuery(namedQuery, type)
        .setParameter("framework", framework)
        .getResultList();
  }

  FrameworkContent content(Framework framework) {
    return new FrameworkContent(
        framework,
        byFramework(Level.FIND_BY_FRAMEWORK, Level.class, framework),
        byFramework(Domain.FIND_BY_FRAMEWORK, Domain.class, framework),
        byFramework(Competency.FIND_BY_FRAMEWORK, Competency.class, framework),
        byFramework(LevelDescriptor.FIND_BY_FRAMEWORK, LevelDescriptor.class, framework));
  }

  /** The content and, in one more statement, what each competency continues: for the export. */
  FrameworkContent contentToExport(Framework framework) {
    FrameworkContent content = content(framework);
    List<FrameworkContent.Continuation> continuations =
        em
            .createQuery(
                "select c, e from Competency c join c.continues e where c.framework = :framework"
                    + " order by c.domain.position, c.position, e.framework.version, e.code",
                Object[].class)
            .setParameter("framework", framework)
            .getResultList()
            .stream()
            .map(row -> new FrameworkContent.Continuation((Competency) row[0], (Competency) row[1]))
            .toList();
    return new FrameworkContent(
        content.framework(),
        content.levels(),
        content.domains(),
        content.competencies(),
        content.descriptors(),
        continuations);
  }

  private FrameworkOutline outline(Framework framework) {
    FrameworkContent content = content(framework);

    Map<String, SortedMap<Integer, String>> descriptors = new HashMap<>();
    for (LevelDescriptor descriptor : content.descriptors()) {
      descriptors
          .computeIfAbsent(descriptor.getCompetency().getId(), id -> new TreeMap<>())
          .put(descriptor.getLevelNumber(), descriptor.getText());
    }
    Map<String, List<CompetencyView>> competenciesByDomain = new HashMap<>();
    // Competencies come in framework order (domain, then position): codes listed later keep it.
    List<String> competencyOrder = new ArrayList<>();
    Map<String, String> codeById = new HashMap<>();
    for (Competency competency : content.competencies()) {
      competencyOrder.add(competency.getId());
      codeById.put(competency.getId(), competency.getCode());
      competenciesByDomain
          .computeIfAbsent(competency.getDomain().getId(), id -> new ArrayList<>())
          .add(
              new CompetencyView(
                  competency.getId(),
                  competency.getCode(),
                  competency.getStatement(),
                  Collections.unmodifiableSortedMap(
                      descriptors.getOrDefault(competency.getId(), new TreeMap<>()))));
    }
    List<DomainView> domains =
        content.domains().stream()
            .map(
                d ->
                    new DomainView(
                        d.getId(),
                        d.getCode(),
                        d.getTitle(),
                        List.copyOf(competenciesByDomain.getOrDefault(d.getId(), List.of()))))
            .toList();
    List<LevelView> levels =
        content.levels().stream().map(l -> new LevelView(l.getNumber(), l.getName())).toList();

    return new FrameworkOutline(
        framework.getId(),
        framework.getCode(),
        framework.getVersion(),
        framework.getTitle(),
        framework.getDescription(),
        framework.getStatus(),
        framework.isCurrent(),
        levels,
        domains,
        stages(framework, competencyOrder, codeById),
        codeOfPractice(framework, competencyOrder, codeById));
  }

  private List<StageView> stages(
      Framework framework, List<String> competencyOrder, Map<String, String> codeById) {
    List<CareerStage> stages =
        byFramework(CareerStage.FIND_BY_FRAMEWORK, CareerStage.class, framework);
    Map<String, Map<String, Integer>> levelsByStage = new HashMap<>();
    for (StageRequirement requirement :
        byFramework(StageRequirement.FIND_BY_FRAMEWORK, StageRequirement.class, framework)) {
      levelsByStage
          .computeIfAbsent(requirement.getStage().getId(), id -> new HashMap<>())
          .put(requirement.getCompetency().getId(), requirement.getRequiredLevel());
    }
    return stages.stream()
        .map(
            stage -> {
              Map<String, Integer> byCompetency =
                  levelsByStage.getOrDefault(stage.getId(), Map.of());
              Map<String, Integer> requirements = new LinkedHashMap<>();
              for (String competencyId : competencyOrder) {
                Integer level = byCompetency.get(competencyId);
                if (level != null) {
                  requirements.put(codeById.get(competencyId), level);
                }
              }
              return new StageView(
                  stage.getId(),
                  stage.getCode(),
                  stage.getTitle(),
                  stage.getPosition(),
                  Collections.unmodifiableMap(requirements));
            })
        .toList();
  }

  private CodeOfPracticeView codeOfPractice(
      Framework framework, List<String> competencyOrder, Map<String, String> codeById) {
    Optional<CodeOfPractice> found =
        byFramework(CodeOfPractice.FIND_BY_FRAMEWORK, CodeOfPractice.class, framework).stream()
            .findFirst();
    if (found.isEmpty()) {
      return null;
    }
    CodeOfPractice code = found.get();
    List<Standard> standards =
        new ArrayList<>(
            em.createNamedQuery(Standard.FIND_BY_CODE_OF_PRACTICE, Standard.class)
                .setParameter("codeOfPractice", code)
                .getResultList());
    standards.sort(Comparator.comparingInt(Standard::getPosition));
    Map<String, List<String>> behavioursByStandard = new HashMap<>();
    for (ExpectedBehaviour behaviour :
        em.createNamedQuery(ExpectedBehaviour.FIND_BY_CODE_OF_PRACTICE, ExpectedBehaviour.class)
            .setParameter("codeOfPractice", code)
            .getResultList()) {
      behavioursByStandard
          .computeIfAbsent(behaviour.getStandard().getId(), id -> new ArrayList<>())
          .add(behaviour.getText());
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int index = 0; index < competencyOrder.size(); index++) {
      rank.put(competencyOrder.get(index), index);
    }
    List<StandardView> views =
        standards.stream()
            .map(
                standard ->
                    new StandardView(
                        standard.getId(),
                        standard.getCode(),
                        standard.getTitle(),
                        List.copyOf(behavioursByStandard.getOrDefault(standard.getId(), List.of())),
                        standard.getCompetencies().stream()
                            .map(Competency::getId)
                            .sorted(
                                Comparator.comparing(
                                    id -> rank.getOrDefault(id, Integer.MAX_VALUE)))
                            .map(codeById::get)
                            .toList()))
            .toList();
    return new CodeOfPracticeView(code.getId(), code.getTitle(), code.getVersion(), views);
  }
}
