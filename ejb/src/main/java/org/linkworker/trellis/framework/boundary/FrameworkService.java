package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
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
import org.linkworker.trellis.framework.control.CaseFrameworkWriter;
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
 * Reads frameworks: the list of versions, one version whole, and its CASE export.
 *
 * <p>Each call issues a fixed number of queries however large the framework: one per kind of row
 * (levels, domains, competencies, descriptors, stages, requirements, the code of practice, its
 * standards with their competencies, its behaviours), joined in memory. Parents are always loaded
 * before their children, so a child's reference to its parent is found in the persistence context
 * rather than fetched.
 */
@Stateless
public class FrameworkService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  private final CaseFrameworkWriter writer = new CaseFrameworkWriter();

  /** Every framework version, newest first within a code. */
  public List<FrameworkSummary> list() {
    List<Framework> frameworks =
        new ArrayList<>(em.createNamedQuery(Framework.FIND_ALL, Framework.class).getResultList());
    frameworks.sort(
        Comparator.comparing(Framework::getCode)
            .thenComparing(Framework::getVersion, VERSION_ORDER.reversed()));
    return frameworks.stream()
        .map(
            f ->
                new FrameworkSummary(
                    f.getCode(), f.getVersion(), f.getTitle(), f.getStatus(), f.isCurrent()))
        .toList();
  }

  /** The framework marked current, if one is loaded. */
  public Optional<FrameworkOutline> findCurrent() {
    return em.createNamedQuery(Framework.FIND_CURRENT, Framework.class)
        .getResultStream()
        .findFirst()
        .map(this::outline);
  }

  /** One framework version, whole. */
  public Optional<FrameworkOutline> find(
      @NotBlank(message = "{frameworkService.code.required}") String code,
      @NotBlank(message = "{frameworkService.version.required}") String version) {
    return findFramework(code, version).map(this::outline);
  }

  /**
   * One framework version as a CASE 1.1 CFPackage (the framework document, its items, associations
   * and rubric).
   */
  public Optional<JsonObject> exportCase(
      @NotBlank(message = "{frameworkService.code.required}") String code,
      @NotBlank(message = "{frameworkService.version.required}") String version) {
    return findFramework(code, version).map(this::content).map(writer::write);
  }

  /** How many frameworks, competencies, career stages and standards are stored. */
  public FrameworkCounts counts() {
    return new FrameworkCounts(
        count(Framework.COUNT),
        count(Competency.COUNT),
        count(CareerStage.COUNT),
        count(Standard.COUNT));
  }

  private long count(String namedQuery) {
    return em.createNamedQuery(namedQuery, Long.class).getSingleResult();
  }

  private Optional<Framework> findFramework(String code, String version) {
    return em.createNamedQuery(Framework.FIND_BY_CODE_AND_VERSION, Framework.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  private <T> List<T> byFramework(String namedQuery, Class<T> type, Framework framework) {
    return em.createNamedQuery(namedQuery, type)
        .setParameter("framework", framework)
        .getResultList();
  }

  private FrameworkContent content(Framework framework) {
    return new FrameworkContent(
        framework,
        byFramework(Level.FIND_BY_FRAMEWORK, Level.class, framework),
        byFramework(Domain.FIND_BY_FRAMEWORK, Domain.class, framework),
        byFramework(Competency.FIND_BY_FRAMEWORK, Competency.class, framework),
        byFramework(LevelDescriptor.FIND_BY_FRAMEWORK, LevelDescriptor.class, framework));
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

  /**
   * Versions compare by their dot-separated parts, numerically where both parts are numbers, so
   * that 10 comes after 9.
   */
  static final Comparator<String> VERSION_ORDER =
      (left, right) -> {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
          String x = i < a.length ? a[i] : "";
          String y = i < b.length ? b[i] : "";
          int order =
              x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                  ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
                  : x.compareTo(y);
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };
}
